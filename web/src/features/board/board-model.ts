import { PRIORITY_RANK, type Board, type BoardCard, type BoardColumn } from '@atiende/contracts';
import type { TFunction } from 'i18next';

/**
 * The cards of every column, in the server's order. Columns without cards get an empty list, and
 * a card whose column is not listed (stale data) is left out rather than shown in the wrong place.
 */
export function cardsByColumn(board: Board): Map<string, BoardCard[]> {
  const grouped = new Map<string, BoardCard[]>(board.columns.map((column) => [column.key, []]));
  for (const card of board.cards) grouped.get(card.columnKey)?.push(card);
  return grouped;
}

/** The column with `key`, if the board has one. */
export function findColumn(board: Board, key: string): BoardColumn | undefined {
  return board.columns.find((column) => column.key === key);
}

/**
 * The board after moving `ticketId` to `toColumnKey`, as the server will show it: columns are
 * sorted by priority, then most recently updated, so the card goes first among the cards of its
 * priority in the new column (it was just updated); both counts change by one, and
 * when the columns are statuses the card takes the new column's category. Returns the same object
 * when nothing moves (unknown card or column, or the card is already there), so callers can tell.
 */
export function applyMove(board: Board, ticketId: string, toColumnKey: string): Board {
  const card = board.cards.find((candidate) => candidate.id === ticketId);
  const target = findColumn(board, toColumnKey);
  if (card === undefined || target === undefined || card.columnKey === toColumnKey) return board;
  const moved: BoardCard = {
    ...card,
    columnKey: toColumnKey,
    status: board.groupBy === 'status' && target.category !== null ? target.category : card.status,
  };
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.key === card.columnKey) return { ...column, count: Math.max(0, column.count - 1) };
      if (column.key === toColumnKey) return { ...column, count: column.count + 1 };
      return column;
    }),
    cards: insertByPriority(
      board.cards.filter((candidate) => candidate.id !== ticketId),
      moved,
    ),
  };
}

/** `card` inserted before the first card of its column whose priority is not higher than its own. */
function insertByPriority(cards: BoardCard[], card: BoardCard): BoardCard[] {
  const rank = PRIORITY_RANK[card.priority];
  const before = cards.findIndex(
    (other) => other.columnKey === card.columnKey && PRIORITY_RANK[other.priority] >= rank,
  );
  const last = cards.findLastIndex((other) => other.columnKey === card.columnKey);
  const at = before >= 0 ? before : last >= 0 ? last + 1 : cards.length;
  return [...cards.slice(0, at), card, ...cards.slice(at)];
}

/**
 * Undoes one optimistic move on the board as it is now: `original` (the card before the move) goes
 * back to its column at `index` in the card list, and the counts are put back. Moves of other cards
 * made meanwhile are kept, unlike restoring a whole snapshot. Without the card (a refetch already
 * dropped it) the board is returned unchanged.
 */
export function undoMove(board: Board, original: BoardCard, index: number): Board {
  const current = board.cards.find((candidate) => candidate.id === original.id);
  if (current === undefined) return board;
  const rest = board.cards.filter((candidate) => candidate.id !== original.id);
  const at = Math.min(Math.max(0, index), rest.length);
  const movedFrom = current.columnKey;
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (movedFrom === original.columnKey) return column;
      if (column.key === movedFrom) return { ...column, count: Math.max(0, column.count - 1) };
      if (column.key === original.columnKey) return { ...column, count: column.count + 1 };
      return column;
    }),
    cards: [...rest.slice(0, at), original, ...rest.slice(at)],
  };
}

/**
 * True when a drop on `column` solves the ticket, so the agent must first say whether it was
 * finalized (or not, with a reason), exactly as when solving from the ticket view.
 */
export function dropNeedsResolution(board: Board, column: BoardColumn): boolean {
  return board.groupBy === 'status' && column.category === 'solved';
}

/**
 * A column's title: custom statuses and field options carry their own name; status categories are
 * translated; the "no value" column of a field grouping gets a translated label.
 */
export function columnTitle(t: TFunction, column: BoardColumn): string {
  if (column.name !== null) return column.name;
  if (column.category !== null) return t(`status.${column.category}`);
  return t('board.noValue');
}
