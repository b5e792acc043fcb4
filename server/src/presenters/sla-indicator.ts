import type { SlaIndicator } from '@atiende/contracts';

/** A running clock due within this window shows the warning light. */
export const SLA_WARNING_MS = 60 * 60 * 1000;

/**
 * The SLA light from a ticket's denormalized SLA columns: past due → `breached`, due within the
 * hour → `warning`, later → `ok`; no running clock → `paused` when one is paused, else `none`.
 * Evaluated at read time because "overdue" depends on the clock, not on the last write.
 */
export function slaIndicatorOf(
  slaDueAt: Date | null,
  slaPaused: boolean,
  now: Date = new Date(),
): SlaIndicator {
  if (!slaDueAt) return slaPaused ? 'paused' : 'none';
  const left = slaDueAt.getTime() - now.getTime();
  if (left <= 0) return 'breached';
  return left <= SLA_WARNING_MS ? 'warning' : 'ok';
}
