import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { usePresenceStore } from '../../../lib/realtime/presence-context';
import type { OtherAgentPresence } from '../../../lib/realtime/presence-store';
import { useSession } from '../../../lib/session-context';

const NOBODY: readonly OtherAgentPresence[] = [];
const noSubscription = () => () => undefined;

export interface TicketPresence {
  /** Other agents on the ticket (never the signed-in agent, even from another tab). */
  others: readonly OtherAgentPresence[];
  /** Call on every keystroke in the ticket's composer: the others see "X is replying". */
  reportTyping: () => void;
}

/**
 * Presence on one ticket while the calling component is mounted: announces `viewing` (repeated,
 * and `typing` after `reportTyping`) and `left` on unmount, and returns who else is there. Several
 * components of the page may call it; they share one announcement. Outside the signed-in layout
 * (no presence store) it announces nothing and returns nobody.
 */
export function useTicketPresence(ticketId: string): TicketPresence {
  const store = usePresenceStore();
  const me = useSession().agent.id;

  useEffect(() => store?.hold(ticketId), [store, ticketId]);

  const all = useSyncExternalStore(store ? store.subscribe : noSubscription, () =>
    store ? store.othersOn(ticketId) : NOBODY,
  );
  const others = useMemo(() => all.filter((p) => p.agent.id !== me), [all, me]);
  const reportTyping = useCallback(() => {
    store?.typed(ticketId);
  }, [store, ticketId]);

  return { others, reportTyping };
}
