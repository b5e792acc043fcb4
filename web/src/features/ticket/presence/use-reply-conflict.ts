import type { Message } from '@atiende/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api/api-error';
import { endpoints } from '../../../lib/api/endpoints';
import { queryKeys } from '../../../lib/api/query-keys';
import { useSession } from '../../../lib/session-context';

/** The messages that arrived, by others, after the one the agent had seen. */
export interface ReplyConflict {
  ticketId: string;
  newMessages: Message[];
}

/** True when the server refused a reply because the ticket got new messages (409 `ticket_changed`). */
export function isTicketChanged(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'ticket_changed';
}

/**
 * Which messages "the agent has seen" for collision detection, and the conflict after a refusal.
 * The newest message of the thread is captured when a draft starts (first keystroke); the thread
 * may refresh live while the agent writes, but what arrives then was not necessarily read, so the
 * capture is kept until the draft is sent, emptied, or the agent reviews a conflict (then the
 * newest message, which the conflict just showed, becomes the seen one).
 */
export function useReplyConflict(ticketId: string) {
  const queryClient = useQueryClient();
  const me = useSession().agent.id;
  const seen = useRef<{ ticketId: string; messageId: string | null } | null>(null);
  const [conflict, setConflict] = useState<ReplyConflict | null>(null);

  const newestCached = useCallback(
    (): string | null =>
      queryClient.getQueryData<Message[]>(queryKeys.ticketMessages(ticketId))?.at(-1)?.id ?? null,
    [queryClient, ticketId],
  );

  /** The id to send as `lastSeenMessageId`, capturing the thread's newest message if no draft had. */
  const lastSeen = useCallback((): string | null => {
    if (seen.current?.ticketId !== ticketId) seen.current = { ticketId, messageId: newestCached() };
    return seen.current.messageId;
  }, [newestCached, ticketId]);

  /** The draft changed: a new draft captures what is on screen now; an emptied one forgets it. */
  const draftChanged = useCallback(
    (empty: boolean) => {
      if (empty) seen.current = null;
      else lastSeen();
    },
    [lastSeen],
  );

  /** The reply went out: the next draft starts from the thread as it will then be. */
  const sent = useCallback(() => {
    seen.current = null;
    setConflict(null);
  }, []);

  /**
   * After a refusal: refreshes the thread (so the new messages show in it too) and returns the
   * messages by others after the seen one, which the composer lists above itself.
   */
  const refused = useCallback(async () => {
    const key = queryKeys.ticketMessages(ticketId);
    const thread = await queryClient
      .query({
        queryKey: key,
        queryFn: async (): Promise<Message[]> => (await endpoints.listMessages(ticketId)).items,
        staleTime: 0,
      })
      // Offline meanwhile: warn with what the cache has; the realtime refresh will catch up.
      .catch(() => queryClient.getQueryData<Message[]>(key) ?? []);
    const seenId = seen.current?.ticketId === ticketId ? seen.current.messageId : null;
    const seenIndex = seenId === null ? -1 : thread.findIndex((m) => m.id === seenId);
    const newMessages = thread
      .slice(seenIndex + 1)
      .filter((m) => !(m.author.type === 'agent' && m.author.id === me));
    setConflict({ ticketId, newMessages });
  }, [me, queryClient, ticketId]);

  /** The agent read the new messages: they now count as seen, and the warning goes away. */
  const review = useCallback(() => {
    seen.current = { ticketId, messageId: newestCached() };
    setConflict(null);
  }, [newestCached, ticketId]);

  return {
    /** The pending warning of this ticket (a warning never follows the composer to another ticket). */
    conflict: conflict?.ticketId === ticketId ? conflict : null,
    lastSeen,
    draftChanged,
    sent,
    refused,
    review,
  };
}
