import type { Board, BoardMoveInput, BoardQuery, Ticket } from '@atiende/contracts';
import { api } from '../../lib/api/client';
import { toSearchParams } from '../../lib/api/query-string';

/** The board request as the client holds it: every field optional, the server applies defaults. */
export type BoardParams = Partial<BoardQuery>;

/**
 * `GET /api/tickets/board`: the columns (with full counts) and at most `perColumn` cards per
 * column. Arrays go comma-separated (`priority=high,critical`), as the contracts' `csvArray` parses them.
 */
export function fetchBoard(params: BoardParams, signal?: AbortSignal): Promise<Board> {
  const query = toSearchParams({ ...params });
  return api.get<Board>('/tickets/board', signal ? { query, signal } : { query });
}

/**
 * `POST /api/tickets/:id/move`: moves one ticket to another column. The server enforces
 * permissions and lifecycle rules (required-on-solve fields, reasons) and answers 400/409 with a
 * message when it refuses, in which case the caller puts the card back.
 */
export function moveTicket(ticketId: string, input: BoardMoveInput): Promise<Ticket> {
  return api.post<Ticket>(`/tickets/${encodeURIComponent(ticketId)}/move`, input);
}
