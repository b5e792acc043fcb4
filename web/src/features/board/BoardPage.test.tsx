import type { Board, BoardMoveInput, TicketConfig } from '@atiende/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubFetch, type StubResponse } from '../../test/fetch-stub';
import { ids, makeAgent, makeSession, makeTeam, makeTicket } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { makeBoard, makeBoardCard } from './board-fixtures';
import { BoardPage } from './BoardPage';

const reasonId = '0b6c1a4e-8f1d-4a51-9d0c-0000000000c9';
const fieldId = '0b6c1a4e-8f1d-4a51-9d0c-0000000000ff';

const config: TicketConfig = {
  types: [],
  statuses: [],
  resolutionReasons: [{ id: reasonId, name: 'El cliente nunca respondió', position: 0, archived: false }],
  customFields: [
    {
      id: fieldId,
      name: 'Módulo',
      kind: 'dropdown',
      options: [{ value: 'portal', label: 'Portal de pedidos' }],
      requiredOnSolve: true,
      position: 0,
      archived: false,
    },
  ],
  settings: { autoCloseAfterDays: 4, trashRetentionDays: 30 },
};

/** The board the fake server holds; a successful move in a test changes it, as the real server would. */
let serverBoard: Board = makeBoard();

function setup(
  move: (body: BoardMoveInput) => StubResponse | Promise<StubResponse>,
  session = makeSession(),
  initialBoard = makeBoard(),
) {
  serverBoard = initialBoard;
  const stub = stubFetch({
    'GET /api/tickets/board': () => ({ body: serverBoard }),
    'GET /api/ticket-config': { body: config },
    'GET /api/agents': { body: { items: [makeAgent()] } },
    'GET /api/teams': { body: { items: [makeTeam()] } },
    [`POST /api/tickets/${ids.ticket}/move`]: (request) => move(request.body as BoardMoveInput),
  });
  renderWithApp(<BoardPage />, { route: '/board', path: '/board', session });
  const moves = () => stub.requests.filter((request) => request.url.pathname.endsWith('/move'));
  return { ...stub, moves };
}

function column(key: string): HTMLElement {
  const found = screen.getAllByTestId('board-column').find((node) => node.dataset.columnKey === key);
  if (found === undefined) throw new Error(`no column ${key}`);
  return found;
}

function cardNumbers(key: string): string[] {
  return within(column(key))
    .queryAllByTestId('board-card')
    .map((card) => within(card).getByText(/^#\d+$/).textContent);
}

async function openMoveMenu(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Acciones del ticket #1042' }));
}

describe('BoardPage', () => {
  // jsdom has no layout: give the columns' scroll areas a size so the virtualized lists render cards.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the columns with their counts and cards', async () => {
    setup(() => ({ status: 500 }));
    expect(await screen.findAllByTestId('board-column')).toHaveLength(3);
    expect(within(column('new')).getByRole('heading', { name: 'Nuevo' })).toBeInTheDocument();
    expect(within(column('solved')).getByText('Sin tickets')).toBeInTheDocument();
    expect(cardNumbers('new')).toEqual(['#1042', '#1043']);
    expect(cardNumbers('open')).toEqual(['#1044']);
    const card = within(column('open')).getByTestId('board-card');
    expect(within(card).getByText('Cambio de plan')).toBeInTheDocument();
    expect(within(card).getByText('+1')).toBeInTheDocument();
    expect(within(card).getByRole('img', { name: 'Sin asignar' })).toBeInTheDocument();
    expect(screen.getAllByRole('img', { name: 'Asignado a Ana Beltrán' })[0]).toHaveTextContent('AB');
  });

  it('moves a card optimistically and puts it back with the server message when the move is refused', async () => {
    const user = userEvent.setup();
    let refuse: (response: StubResponse) => void = () => undefined;
    const { moves } = setup(
      () =>
        new Promise<StubResponse>((resolve) => {
          refuse = resolve;
        }),
    );
    await openMoveMenu(user);
    await user.click(screen.getByRole('menuitem', { name: 'Abierto' }));

    // While the server thinks, the card is already in its new column.
    await waitFor(() => {
      expect(cardNumbers('open')).toEqual(['#1042', '#1044']);
    });
    expect(moves()[0]?.body).toEqual({ groupBy: 'status', toColumnKey: 'open' });

    refuse({
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: 'No se puede mover',
          issues: [{ path: `customFields.${fieldId}`, message: '"Módulo" is required to solve the ticket' }],
        },
      },
    });

    // The server's English message becomes the agent's language, naming the field from the config.
    expect(await screen.findByText('Para resolver, completa: Módulo')).toBeInTheDocument();
    expect(screen.getByText('No se pudo mover el ticket')).toBeInTheDocument();
    expect(cardNumbers('new')).toEqual(['#1042', '#1043']);
    expect(cardNumbers('open')).toEqual(['#1044']);
  });

  it('asks how the ticket ended before moving it to solved, and sends the reason', async () => {
    const user = userEvent.setup();
    const { moves } = setup(() => {
      const solved = makeBoard();
      solved.cards = solved.cards.map((card) =>
        card.id === ids.ticket ? { ...card, columnKey: 'solved', status: 'solved' } : card,
      );
      solved.columns = solved.columns.map((column) => ({ ...column, count: 1 }));
      serverBoard = solved;
      return { body: makeTicket({ status: 'solved' }) };
    });
    await openMoveMenu(user);
    await user.click(screen.getByRole('menuitem', { name: 'Resuelto' }));

    const dialog = await screen.findByRole('dialog', { name: 'Resolver el ticket #1042' });
    expect(moves()).toHaveLength(0);
    await user.click(within(dialog).getByRole('radio', { name: 'No finalizado' }));
    await user.click(within(dialog).getByRole('button', { name: 'Resolver' }));
    expect(within(dialog).getByText('Elige el motivo por el que no se finalizó.')).toBeInTheDocument();
    expect(moves()).toHaveLength(0);

    await user.click(within(dialog).getByRole('textbox', { name: 'Motivo' }));
    await user.click(screen.getByRole('option', { name: 'El cliente nunca respondió' }));
    await user.click(within(dialog).getByRole('button', { name: 'Resolver' }));

    await waitFor(() => {
      expect(moves()).toHaveLength(1);
    });
    expect(moves()[0]?.body).toEqual({
      groupBy: 'status',
      toColumnKey: 'solved',
      resolution: 'not_finalized',
      resolutionReasonId: reasonId,
    });
    await waitFor(() => {
      expect(cardNumbers('solved')).toEqual(['#1042']);
    });
  }, 30_000);

  it('offers no moves to an agent who may not edit tickets', async () => {
    const user = userEvent.setup();
    setup(() => ({ status: 500 }), makeSession({ abilities: ['tickets.read'] }));
    expect(
      await screen.findByText('Solo lectura: no tienes permiso para mover tickets.'),
    ).toBeInTheDocument();
    await openMoveMenu(user);
    expect(screen.getByRole('menuitem', { name: 'Abrir ticket' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Abierto' })).not.toBeInTheDocument();
    expect(screen.getAllByTestId('board-card')[0]?.querySelector('[aria-roledescription]')).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('renders only the cards in view of a 2,000-card column, and says when the server sent fewer than the count', async () => {
    const many = makeBoard();
    many.columns = many.columns.map((c) => (c.key === 'open' ? { ...c, count: 2500 } : c));
    many.cards = Array.from({ length: 2000 }, (_, index) =>
      makeBoardCard({
        id: `0b6c1a4e-8f1d-4a51-9d0c-${String(index).padStart(12, '0')}`,
        number: 5000 + index,
        columnKey: 'open',
        status: 'open',
      }),
    );
    // Each measured card is 132 px tall (jsdom has no layout: every element measures 0).
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(132);
    setup(() => ({ status: 500 }), makeSession(), many);
    const open = await screen.findAllByTestId('board-column').then(() => column('open'));
    await waitFor(() => {
      expect(within(open).getAllByTestId('board-card').length).toBeGreaterThan(0);
    });
    const rendered = within(open).getAllByTestId('board-card').length;
    expect(rendered).toBeLessThan(40);
    expect(within(open).getByText('Mostrando 2000 de 2500')).toBeInTheDocument();
    expect(within(open).getByLabelText('Columna Abierto: 2500 tickets')).toHaveTextContent('2500');
    expect(within(open).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '2000');
  });

  it('keeps filters and grouping in the URL and sends them to the server', async () => {
    const user = userEvent.setup();
    const { requests } = setup(() => ({ status: 500 }));
    await screen.findAllByTestId('board-column');
    const boardQueries = () =>
      requests.filter((r) => r.url.pathname === '/api/tickets/board').map((r) => r.url.searchParams);

    await user.click(screen.getByRole('textbox', { name: 'Prioridad' }));
    await user.click(screen.getByRole('option', { name: 'Alta' }));
    await waitFor(() => {
      expect(boardQueries().at(-1)?.get('priority')).toBe('high');
    });
    expect(screen.getByTestId('location')).toHaveTextContent('/board?priority=high');

    await user.click(screen.getByRole('textbox', { name: 'Columnas' }));
    await user.click(screen.getByRole('option', { name: 'Módulo' }));
    await waitFor(() => {
      expect(boardQueries().at(-1)?.get('groupBy')).toBe(`field:${fieldId}`);
    });
    expect(boardQueries().at(-1)?.get('priority')).toBe('high');
    expect(screen.getByTestId('location')).toHaveTextContent(`groupBy=field%3A${fieldId}`);
  }, 30_000);
});
