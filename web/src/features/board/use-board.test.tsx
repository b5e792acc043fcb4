import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../../lib/api/query-keys';
import { stubFetch } from '../../test/fetch-stub';
import { makeBoard } from './board-fixtures';
import { useBoard } from './use-board';

describe('useBoard', () => {
  it('holds realtime refreshes while paused (a drag or a move in flight) and catches up afterwards', async () => {
    const { requests } = stubFetch({ 'GET /api/tickets/board': () => ({ body: makeBoard() }) });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const boardRequests = () => requests.filter((r) => r.url.pathname === '/api/tickets/board');
    const { result, rerender } = renderHook(({ paused }) => useBoard({ groupBy: 'status' }, paused), {
      wrapper,
      initialProps: { paused: false },
    });
    await waitFor(() => {
      expect(result.current.data?.cards).toHaveLength(3);
    });
    expect(boardRequests()).toHaveLength(1);
    expect(boardRequests()[0]?.url.searchParams.get('groupBy')).toBe('status');

    rerender({ paused: true });
    // What a realtime ticket event does:
    await client.invalidateQueries({ queryKey: queryKeys.tickets() });
    expect(boardRequests()).toHaveLength(1);
    expect(result.current.data?.cards).toHaveLength(3);

    rerender({ paused: false });
    await waitFor(() => {
      expect(boardRequests()).toHaveLength(2);
    });
  });
});
