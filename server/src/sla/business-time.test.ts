import { describe, expect, it } from 'vitest';
import { addBusinessSeconds, businessSecondsBetween, type CalendarSpec } from './business-time';

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

const bogota: CalendarSpec = {
  timeZone: 'America/Bogota',
  hours: [...weekdays('08:00', '18:00'), { weekday: 6, start: '09:00', end: '13:00' }],
  holidays: [{ date: '2026-12-08', name: 'Inmaculada Concepción' }],
};

const HOUR = 3600;
const at = (iso: string) => new Date(iso);

describe('business time in Bogotá (UTC-5, weekdays, Saturday morning, holidays)', () => {
  it('carries a target over the evening into Saturday morning', () => {
    // Friday 2026-12-04 17:00 local = 22:00Z; 1 h on Friday, 3 h on Saturday from 09:00.
    expect(addBusinessSeconds(bogota, at('2026-12-04T22:00:00Z'), 4 * HOUR).toISOString()).toBe(
      '2026-12-05T17:00:00.000Z',
    );
  });

  it('skips Sunday', () => {
    // Saturday 12:00 local: 1 h until 13:00, then Monday 08:00 + 1 h.
    expect(addBusinessSeconds(bogota, at('2026-12-05T17:00:00Z'), 2 * HOUR).toISOString()).toBe(
      '2026-12-07T14:00:00.000Z',
    );
  });

  it('skips a holiday', () => {
    // Monday 2026-12-07 17:00 local: 1 h, Tuesday 8 December is a holiday, Wednesday 08:00 + 1 h.
    expect(addBusinessSeconds(bogota, at('2026-12-07T22:00:00Z'), 2 * HOUR).toISOString()).toBe(
      '2026-12-09T14:00:00.000Z',
    );
    expect(businessSecondsBetween(bogota, at('2026-12-07T22:00:00Z'), at('2026-12-09T14:00:00Z'))).toBe(
      2 * HOUR,
    );
  });

  it('starts counting at the next working minute when created out of hours', () => {
    // Sunday 10:00 local + 30 min → Monday 08:30 local.
    expect(addBusinessSeconds(bogota, at('2026-12-06T15:00:00Z'), 30 * 60).toISOString()).toBe(
      '2026-12-07T13:30:00.000Z',
    );
  });

  it('counts only working time between two instants', () => {
    // Friday 17:00 → Monday 09:00 local: 1 h + 4 h + 1 h.
    expect(businessSecondsBetween(bogota, at('2026-12-04T22:00:00Z'), at('2026-12-07T14:00:00Z'))).toBe(
      6 * HOUR,
    );
    expect(businessSecondsBetween(bogota, at('2026-12-07T14:00:00Z'), at('2026-12-04T22:00:00Z'))).toBe(0);
  });

  it('is consistent: the time between from and from + s is s', () => {
    let from = Date.parse('2026-12-01T03:17:00Z');
    for (let i = 0; i < 200; i++) {
      const seconds = ((i * 7919) % (60 * HOUR)) + 1;
      const due = addBusinessSeconds(bogota, new Date(from), seconds);
      expect(businessSecondsBetween(bogota, new Date(from), due)).toBe(seconds);
      from += 3_779_000;
    }
  });
});

describe('business time across daylight saving changes (Europe/Madrid)', () => {
  const madrid: CalendarSpec = { timeZone: 'Europe/Madrid', hours: weekdays('09:00', '18:00'), holidays: [] };
  const allDay: CalendarSpec = {
    timeZone: 'Europe/Madrid',
    hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
    holidays: [],
  };

  it('keeps local opening hours after the clocks go back', () => {
    // Friday 2026-10-23 17:00 CEST (UTC+2) + 2 h → Monday 26 10:00 CET (UTC+1) = 09:00Z.
    expect(addBusinessSeconds(madrid, at('2026-10-23T15:00:00Z'), 2 * HOUR).toISOString()).toBe(
      '2026-10-26T09:00:00.000Z',
    );
  });

  it('counts the real length of the days of the change', () => {
    // 25 October 2026 has 25 hours, 29 March 2026 has 23.
    expect(businessSecondsBetween(allDay, at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z'))).toBe(
      25 * HOUR,
    );
    expect(businessSecondsBetween(allDay, at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'))).toBe(
      23 * HOUR,
    );
  });

  it('keeps local opening hours after the clocks go forward', () => {
    // Friday 2026-03-27 17:00 CET (16:00Z) + 2 h → Monday 30 10:00 CEST = 08:00Z.
    expect(addBusinessSeconds(madrid, at('2026-03-27T16:00:00Z'), 2 * HOUR).toISOString()).toBe(
      '2026-03-30T08:00:00.000Z',
    );
  });
});

describe('a zone whose clocks skip midnight (America/Santiago)', () => {
  it('counts the 23-hour day that starts at 01:00', () => {
    // 2026-09-06 00:00 does not exist in Santiago: the clocks jump from 24:00 (UTC-4) to 01:00 (UTC-3).
    const allDay: CalendarSpec = {
      timeZone: 'America/Santiago',
      hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
      holidays: [],
    };
    expect(businessSecondsBetween(allDay, at('2026-09-05T04:00:00Z'), at('2026-09-07T03:00:00Z'))).toBe(
      47 * HOUR,
    );
    expect(addBusinessSeconds(allDay, at('2026-09-05T04:00:00Z'), 47 * HOUR).toISOString()).toBe(
      '2026-09-07T03:00:00.000Z',
    );
  });
});

describe('24×7 (no calendar)', () => {
  it('is plain elapsed time', () => {
    expect(addBusinessSeconds(null, at('2026-12-05T17:00:00Z'), 90).toISOString()).toBe(
      '2026-12-05T17:01:30.000Z',
    );
    expect(businessSecondsBetween(null, at('2026-12-05T17:00:00Z'), at('2026-12-06T17:00:00Z'))).toBe(
      24 * HOUR,
    );
  });
});
