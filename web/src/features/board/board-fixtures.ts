import type { Board, BoardCard, BoardColumn } from '@atiende/contracts';
import { ids } from '../../test/fixtures';

/** Test data for the board: a card, a status column, and a small three-column board. */
export function makeBoardCard(overrides: Partial<BoardCard> = {}): BoardCard {
  return {
    id: ids.ticket,
    number: 1042,
    subject: 'No puedo descargar mi factura',
    columnKey: 'new',
    status: 'new',
    priority: 'high',
    type: 'billing',
    requester: { id: ids.contact, name: 'Carlos Pérez' },
    assignee: { id: ids.me, name: 'Ana Beltrán' },
    team: null,
    tags: ['factura'],
    activityIndicator: 'none',
    nextActivityDueAt: null,
    slaDueAt: null,
    slaIndicator: 'none',
    updatedAt: '2025-11-20T10:00:00.000Z',
    ...overrides,
  };
}

export function makeBoardColumn(overrides: Partial<BoardColumn> = {}): BoardColumn {
  return { key: 'new', name: null, category: 'new', count: 0, ...overrides };
}

/** New (2 cards), Open (1 card), Solved (empty), grouped by status. */
export function makeBoard(): Board {
  return {
    groupBy: 'status',
    columns: [
      makeBoardColumn({ key: 'new', category: 'new', count: 2 }),
      makeBoardColumn({ key: 'open', category: 'open', count: 1 }),
      makeBoardColumn({ key: 'solved', category: 'solved', count: 0 }),
    ],
    cards: [
      makeBoardCard(),
      makeBoardCard({ id: ids.ticket2, number: 1043, subject: 'Error al iniciar sesión', tags: [] }),
      makeBoardCard({
        id: '0b6c1a4e-8f1d-4a51-9d0c-0000000000e3',
        number: 1044,
        subject: 'Cambio de plan',
        columnKey: 'open',
        status: 'open',
        priority: 'normal',
        assignee: null,
        tags: ['plan', 'ventas', 'urgente'],
      }),
    ],
  };
}
