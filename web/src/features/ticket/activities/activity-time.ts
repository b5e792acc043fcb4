import dayjs from 'dayjs';
import { dayjsLocale } from '../../../lib/i18n/dates';

/** An ISO timestamp as the value of an `<input type="datetime-local">` (browser's time zone). */
export function toLocalInput(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DDTHH:mm');
}

/** A `datetime-local` value back to an ISO timestamp, or null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (value.trim() === '') return null;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.toISOString() : null;
}

/** A sensible default due time for a new activity: tomorrow at the next full hour. */
export function defaultDueAt(now: Date = new Date()): string {
  return dayjs(now).add(1, 'day').add(1, 'hour').startOf('hour').toISOString();
}

/** True when a pending activity is past due (or due within the hour, as the red indicator). */
export function isDueSoon(dueAt: string, now: Date = new Date()): boolean {
  return dayjs(dueAt).isBefore(dayjs(now).add(1, 'hour'));
}

/** "en 3 días" / "hace 2 horas": relative in both directions (unlike the "time ago" helper). */
export function relativeDue(dueAt: string, language: string, now: Date = new Date()): string {
  return dayjs(dueAt).locale(dayjsLocale(language)).from(dayjs(now));
}
