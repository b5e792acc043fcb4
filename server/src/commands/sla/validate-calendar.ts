import type { WorkingInterval } from '@atiende/contracts';
import { invalidField } from '../../lib/app-error';
import { isKnownTimeZone } from '../../sla/business-time';

/** Rejects a time zone the runtime's zone database does not know, naming `timeZone`. */
export function assertTimeZone(timeZone: string): void {
  if (!isKnownTimeZone(timeZone)) {
    throw invalidField(
      'timeZone',
      `Unknown time zone "${timeZone}"; use an IANA name such as America/Bogota`,
    );
  }
}

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Rejects working intervals that overlap on the same weekday (touching is fine: 08:00–12:00 and
 * 12:00–18:00), naming `hours`: overlapping hours are almost always a typo, and the admin should
 * see which day.
 */
export function assertNoOverlappingHours(hours: readonly WorkingInterval[]): void {
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (current && previous?.weekday === current.weekday && current.start < previous.end) {
      throw invalidField(
        'hours',
        `Working hours overlap on ${WEEKDAYS[current.weekday] ?? 'the same day'}: ${previous.start}–${previous.end} and ${current.start}–${current.end}`,
      );
    }
  }
}
