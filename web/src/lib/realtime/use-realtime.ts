import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryKeys } from '../api/query-keys';
import { queryKeysForEvent } from './invalidation';
import { RealtimeClient, type RealtimeStatus } from './socket';

/**
 * Connects to /api/realtime while the signed-in app is mounted and turns every workspace event into
 * cache invalidations (see `queryKeysForEvent`), so lists, counts and open tickets update live.
 * After a reconnect everything is refetched, since events may have been missed while offline.
 * Returns the connection status for the header indicator.
 */
export function useRealtime(): RealtimeStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<RealtimeStatus>('connecting');

  useEffect(() => {
    const client = new RealtimeClient({
      onEvent: (event) => {
        for (const queryKey of queryKeysForEvent(event)) void queryClient.invalidateQueries({ queryKey });
      },
      onReady: (reconnected) => {
        if (!reconnected) return;
        void queryClient.invalidateQueries({
          predicate: (query) => query.queryKey[0] !== queryKeys.session()[0],
        });
      },
      onStatus: setStatus,
    });
    client.start();
    return () => {
      client.stop();
    };
  }, [queryClient]);

  return status;
}
