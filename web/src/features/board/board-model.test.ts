import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ids } from '../../test/fixtures';
import { makeBoard, makeBoardColumn } from './board-fixtures';
import { applyMove, cardsByColumn, columnTitle, dropNeedsResolution, undoMove } from './board-model';

describe('cardsByColumn', () => {
  it('groups cards by column in server order, with empty lists for empty columns', () => {
    const grouped = cardsByColumn(makeBoard());
    expect(grouped.get('new')?.map((card) => card.number)).toEqual([1042, 1043]);
    expect(grouped.get('open')?.map((card) => card.number)).toEqual([1044]);
    expect(grouped.get('solved')).toEqual([]);
  });

  it('leaves out cards whose column is not on the board', () => {
    const board = makeBoard();
    const stray = board.cards[0];
    if (stray === undefined) throw new Error('fixture');
    board.cards = [{ ...stray, columnKey: 'status:gone' }];
    expect([...cardsByColumn(board).values()].flat()).toEqual([]);
  });
});

describe('applyMove', () => {
  it('moves the card ahead of lower priorities in the target column, adjusts counts and status', () => {
    const board = makeBoard();
    const moved = applyMove(board, ids.ticket2, 'open');
    const grouped = cardsByColumn(moved);
    expect(grouped.get('open')?.map((card) => card.number)).toEqual([1043, 1044]);
    expect(grouped.get('new')?.map((card) => card.number)).toEqual([1042]);
    expect(moved.columns.map((column) => column.count)).toEqual([1, 2, 0]);
    expect(moved.cards.find((card) => card.id === ids.ticket2)?.status).toBe('open');
    // The original board is untouched (the cache keeps it for nothing, but React needs new objects).
    expect(board.columns.map((column) => column.count)).toEqual([2, 1, 0]);
  });

  it('keeps the status when the columns are field options', () => {
    const board = {
      ...makeBoard(),
      groupBy: 'field:0b6c1a4e-8f1d-4a51-9d0c-0000000000ff' as const,
      columns: [
        makeBoardColumn({ key: 'new', category: null, name: 'A', count: 2 }),
        makeBoardColumn({ key: 'option:b', category: null, name: 'B', count: 1 }),
      ],
    };
    const moved = applyMove(board, ids.ticket, 'option:b');
    expect(moved.cards.find((card) => card.id === ids.ticket)).toMatchObject({
      columnKey: 'option:b',
      status: 'new',
    });
  });

  it('returns the same board when nothing moves', () => {
    const board = makeBoard();
    expect(applyMove(board, ids.ticket, 'new')).toBe(board);
    expect(applyMove(board, ids.ticket, 'status:unknown')).toBe(board);
    expect(applyMove(board, ids.company, 'open')).toBe(board);
  });
  it('puts the card after higher priorities and first among its own (it was just updated)', () => {
    const board = makeBoard();
    const critical = board.cards[2];
    if (critical === undefined) throw new Error('fixture');
    board.cards[2] = { ...critical, priority: 'critical' };
    board.cards.push({ ...critical, id: ids.company, number: 1045, priority: 'high' });
    const moved = applyMove(board, ids.ticket2, 'open');
    expect(
      cardsByColumn(moved)
        .get('open')
        ?.map((card) => card.number),
    ).toEqual([1044, 1043, 1045]);
    const low = applyMove(
      { ...board, cards: board.cards.map((c) => ({ ...c, priority: 'high' as const })) },
      ids.ticket,
      'solved',
    );
    expect(
      cardsByColumn(low)
        .get('solved')
        ?.map((card) => card.number),
    ).toEqual([1042]);
  });
});

describe('undoMove', () => {
  it('puts the card back where it was, with the counts of before', () => {
    const board = makeBoard();
    const original = board.cards[1];
    if (original === undefined) throw new Error('fixture');
    expect(undoMove(applyMove(board, original.id, 'solved'), original, 1)).toEqual(board);
  });

  it('keeps other moves made while the refused one was in flight', () => {
    const board = makeBoard();
    const first = board.cards[0];
    if (first === undefined) throw new Error('fixture');
    const afterBoth = applyMove(applyMove(board, first.id, 'open'), ids.ticket2, 'solved');
    const undone = undoMove(afterBoth, first, 0);
    const grouped = cardsByColumn(undone);
    expect(grouped.get('new')?.map((card) => card.number)).toEqual([1042]);
    expect(grouped.get('solved')?.map((card) => card.number)).toEqual([1043]);
    expect(undone.columns.map((column) => column.count)).toEqual([1, 1, 1]);
  });

  it('leaves the board alone when a refetch already dropped the card', () => {
    const board = makeBoard();
    const gone = { ...board, cards: board.cards.slice(1) };
    const original = board.cards[0];
    if (original === undefined) throw new Error('fixture');
    expect(undoMove(gone, original, 0)).toBe(gone);
  });
});

describe('dropNeedsResolution and columnTitle', () => {
  const t = ((key: string) => `t:${key}`) as unknown as TFunction;

  it('asks for a resolution only when a status board drops on a solved column', () => {
    const board = makeBoard();
    expect(dropNeedsResolution(board, makeBoardColumn({ key: 'solved', category: 'solved' }))).toBe(true);
    expect(
      dropNeedsResolution(
        board,
        makeBoardColumn({ key: 'status:x', name: 'Resuelto OK', category: 'solved' }),
      ),
    ).toBe(true);
    expect(dropNeedsResolution(board, makeBoardColumn({ key: 'open', category: 'open' }))).toBe(false);
    expect(
      dropNeedsResolution(
        { ...board, groupBy: 'field:0b6c1a4e-8f1d-4a51-9d0c-0000000000ff' },
        makeBoardColumn({ key: 'option:solved', category: null, name: 'solved' }),
      ),
    ).toBe(false);
  });

  it('uses the custom name, else the translated category, else "no value"', () => {
    expect(columnTitle(t, makeBoardColumn({ name: 'Esperando banco', category: 'on_hold' }))).toBe(
      'Esperando banco',
    );
    expect(columnTitle(t, makeBoardColumn({ category: 'pending' }))).toBe('t:status.pending');
    expect(columnTitle(t, makeBoardColumn({ key: 'none', category: null }))).toBe('t:board.noValue');
  });
});
