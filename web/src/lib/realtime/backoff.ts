/**
 * Delay before reconnect attempt number `attempt` (0-based): exponential from `baseMs`, capped at
 * `maxMs`, with "full jitter" (`random` in [0,1)) so many browsers do not reconnect in lockstep
 * after a server restart. Never returns less than half the un-jittered delay.
 */
export function reconnectDelay(attempt: number, baseMs = 1000, maxMs = 30_000, random = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}
