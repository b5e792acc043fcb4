import type { Ticket } from '@atiende/contracts';
import { useCallback, useMemo, useState } from 'react';

/** What the selection remembers of a ticket: enough to name it in forms and failure lists. */
export interface SelectedTicket {
  id: string;
  number: number;
  subject: string;
}

/** Bulk actions accept at most this many tickets per request. */
export const MAX_BULK_TICKETS = 1000;

function entry(ticket: Pick<Ticket, 'id' | 'number' | 'subject'>): SelectedTicket {
  return { id: ticket.id, number: ticket.number, subject: ticket.subject };
}

/**
 * The tickets checked for a bulk action, in selection order. It empties itself when `resetKey`
 * changes (another filter or view), so a bulk action never touches tickets the agent no longer sees.
 */
export function useTicketSelection(resetKey: string, pageTickets: readonly Ticket[]) {
  const [selected, setSelected] = useState<ReadonlyMap<string, SelectedTicket>>(new Map());
  const [key, setKey] = useState(resetKey);
  if (key !== resetKey) {
    setKey(resetKey);
    setSelected(new Map());
  }

  const toggle = useCallback((ticket: Ticket) => {
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(ticket.id)) next.delete(ticket.id);
      else if (next.size < MAX_BULK_TICKETS) next.set(ticket.id, entry(ticket));
      return next;
    });
  }, []);

  const onPage = pageTickets.filter((ticket) => selected.has(ticket.id)).length;
  const pageState: 'none' | 'some' | 'all' =
    onPage === 0 ? 'none' : onPage === pageTickets.length ? 'all' : 'some';

  /** Checks every ticket shown, or unchecks them when all already are. */
  const togglePage = useCallback(() => {
    setSelected((current) => {
      const next = new Map(current);
      const allOn = pageTickets.length > 0 && pageTickets.every((ticket) => next.has(ticket.id));
      for (const ticket of pageTickets) {
        if (allOn) next.delete(ticket.id);
        else if (next.size < MAX_BULK_TICKETS) next.set(ticket.id, entry(ticket));
      }
      return next;
    });
  }, [pageTickets]);

  const replace = useCallback((tickets: readonly SelectedTicket[]) => {
    setSelected(new Map(tickets.slice(0, MAX_BULK_TICKETS).map((ticket) => [ticket.id, ticket])));
  }, []);

  const clear = useCallback(() => {
    setSelected(new Map());
  }, []);

  return useMemo(
    () => ({
      selected,
      count: selected.size,
      isSelected: (ticketId: string) => selected.has(ticketId),
      toggle,
      togglePage,
      pageState,
      replace,
      clear,
    }),
    [selected, toggle, togglePage, pageState, replace, clear],
  );
}

/** The selection state and actions returned by `useTicketSelection`. */
export type TicketSelection = ReturnType<typeof useTicketSelection>;
