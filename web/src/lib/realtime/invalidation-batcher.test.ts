import type { QueryKey } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InvalidationBatcher } from './invalidation-batcher';

describe('InvalidationBatcher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refreshes each key once for a burst of events, one window after the first', () => {
    const invalidated: QueryKey[] = [];
    const batcher = new InvalidationBatcher((key) => invalidated.push(key), 250);
    for (let i = 0; i < 1000; i++) batcher.add([['tickets'], ['ticket', `t${String(i % 3)}`]]);
    expect(invalidated).toEqual([]);
    vi.advanceTimersByTime(249);
    expect(invalidated).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(invalidated).toEqual([['tickets'], ['ticket', 't0'], ['ticket', 't1'], ['ticket', 't2']]);
  });

  it('opens a new window for the next burst and drops what is queued on dispose', () => {
    const invalidated: QueryKey[] = [];
    const batcher = new InvalidationBatcher((key) => invalidated.push(key), 250);
    batcher.add([['tickets']]);
    vi.advanceTimersByTime(250);
    batcher.add([['contacts']]);
    vi.advanceTimersByTime(250);
    expect(invalidated).toEqual([['tickets'], ['contacts']]);
    batcher.add([['companies']]);
    batcher.dispose();
    vi.advanceTimersByTime(1000);
    expect(invalidated).toEqual([['tickets'], ['contacts']]);
  });
});
