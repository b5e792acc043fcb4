import type { BulkActionInput, BulkOperation } from '@atiende/contracts';
import type { z } from 'zod';
import { api } from '../../../lib/api/client';
import { endpoints } from '../../../lib/api/endpoints';
import type { TicketListParams } from '../../../lib/api/query-string';
import { MAX_BULK_TICKETS, type SelectedTicket } from '../use-ticket-selection';

/** A bulk request as the client sends it. */
export type BulkActionBody = z.input<typeof BulkActionInput>;

/** The list endpoint's largest page. */
const PAGE_LIMIT = 200;

/** Starts a bulk action; the server answers 202 with the operation to poll. */
export function startBulkAction(input: BulkActionBody): Promise<BulkOperation> {
  return api.post<BulkOperation>('/tickets/bulk', input);
}

/** A bulk operation's progress. */
export function getBulkOperation(operationId: string): Promise<BulkOperation> {
  return api.get<BulkOperation>(`/bulk-operations/${encodeURIComponent(operationId)}`);
}

/** True once the server stopped working on the operation. */
export function isFinished(operation: BulkOperation): boolean {
  return operation.state === 'finished' || operation.state === 'failed';
}

/**
 * Every ticket matching `params`, up to the bulk limit, fetched with the list endpoint page by page
 * (200 at a time). `truncated` says more tickets matched than could be selected.
 */
export async function fetchMatchingTickets(
  params: TicketListParams,
  onProgress?: (loaded: number) => void,
): Promise<{ tickets: SelectedTicket[]; truncated: boolean }> {
  const tickets: SelectedTicket[] = [];
  let cursor: string | undefined;
  for (;;) {
    const limit = Math.min(PAGE_LIMIT, MAX_BULK_TICKETS - tickets.length);
    const page = await endpoints.listTickets({ ...params, limit, ...(cursor ? { cursor } : {}) });
    for (const ticket of page.items)
      tickets.push({ id: ticket.id, number: ticket.number, subject: ticket.subject });
    onProgress?.(tickets.length);
    if (page.nextCursor === null) return { tickets, truncated: false };
    if (tickets.length >= MAX_BULK_TICKETS) return { tickets, truncated: true };
    cursor = page.nextCursor;
  }
}
