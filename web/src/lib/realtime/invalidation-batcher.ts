import type { QueryKey } from '@tanstack/react-query';

/** How long a burst of events is gathered before the caches they touch are refreshed, once each. */
export const INVALIDATION_BATCH_MS = 250;

/**
 * Gathers the query keys of realtime events that arrive close together and invalidates each key
 * once per window. A bulk action on 1,000 tickets sends 1,000 events; refetching the inbox, the
 * board and the view counts for every one of them would flood the server from every open browser.
 * The first key of a burst opens the window, so no change waits longer than one window.
 */
export class InvalidationBatcher {
  private readonly pending = new Map<string, QueryKey>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly invalidate: (queryKey: QueryKey) => void,
    private readonly windowMs = INVALIDATION_BATCH_MS,
  ) {}

  /** Queues keys for the current window (duplicates collapse). */
  add(keys: readonly QueryKey[]): void {
    for (const key of keys) this.pending.set(JSON.stringify(key), key);
    if (this.timer === null && this.pending.size > 0) {
      this.timer = setTimeout(() => {
        this.flush();
      }, this.windowMs);
    }
  }

  /** Invalidates everything queued now and closes the window. */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const keys = [...this.pending.values()];
    this.pending.clear();
    for (const key of keys) this.invalidate(key);
  }

  /** Drops what is queued (the app is unmounting). */
  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }
}
