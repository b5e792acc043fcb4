import type { SurveySummaryQuery } from '@atiende/contracts';
import { invalidField } from '../lib/app-error';

const DEFAULT_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * The [from, to) window of a summary request: both given, or `to` defaulting to now and `from` to
 * 30 days before `to`. `from` must come before `to` (400 naming `from`).
 */
export function summaryWindow(query: SurveySummaryQuery, now = new Date()): { from: Date; to: Date } {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
  if (from >= to) throw invalidField('from', '`from` must be before `to`');
  return { from, to };
}
