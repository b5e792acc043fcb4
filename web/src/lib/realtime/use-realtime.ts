import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryKeys } from '../api/query-keys';
import { queryKeysForEvent } from './invalidation';
import { InvalidationBatcher } from './invalidation-batcher';
import type { PresenceStore } from './presence-store';
import { RealtimeClient, type RealtimeStatus } from './socket';

/**
 * Connects to /api/realtime while the signed-in app is mounted and turns every workspace event into
 * cache invalidations (see `queryKeysForEvent`), so lists, counts and open tickets update live;
 * bursts of events (a bulk action) are gathered so each cache refreshes once per 250 ms window.
 * After a reconnect everything is refetched, since events may have been missed while offline.
 * When given the app's `presence` store, the same socket carries presence both ways: the store
 * sends through it once it is ready, receives other agents' presence, and learns when the tab
 * is hidden. Returns the connection status for the header indicator.
 */
export function useRealtime(presence?: PresenceStore): RealtimeStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<RealtimeStatus>('connecting');

  useEffect(() => {
    const batcher = new InvalidationBatcher((queryKey) => {
      void queryClient.invalidateQueries({ queryKey });
    });
    const client = new RealtimeClient({
      onEvent: (event) => {
        batcher.add(queryKeysForEvent(event));
      },
      onReady: (reconnected) => {
        presence?.connect((message) => client.send(message));
        if (!reconnected) return;
        void queryClient.invalidateQueries({
          predicate: (query) => query.queryKey[0] !== queryKeys.session()[0],
        });
      },
      onStatus: (next) => {
        if (next !== 'open') presence?.disconnect();
        setStatus(next);
      },
      onPresence: (received) => {
        presence?.receive(received);
      },
    });
    client.start();
    return () => {
      client.stop();
      batcher.dispose();
    };
  }, [queryClient, presence]);

  useEffect(() => {
    if (!presence) return;
    const onVisibility = () => {
      presence.setHidden(document.visibilityState === 'hidden');
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      presence.dispose();
    };
  }, [presence]);

  return status;
}
