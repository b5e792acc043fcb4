import type { TFunction } from 'i18next';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A duration in seconds as the two largest units an agent cares about: "2 d 3 h", "5 h 12 min",
 * "45 min", or "< 1 min". Truncates (never rounds up), so a stretch never looks longer than it was.
 */
export function formatDuration(t: TFunction, seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  if (total < MINUTE) return t('duration.lessThanMinute');
  const d = Math.floor(total / DAY);
  const h = Math.floor((total % DAY) / HOUR);
  const m = Math.floor((total % HOUR) / MINUTE);
  if (d > 0) return t('duration.days', { d, h });
  if (h > 0) return t('duration.hours', { h, m });
  return t('duration.minutes', { m });
}
