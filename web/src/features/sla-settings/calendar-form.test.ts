import type { BusinessCalendar } from '@atiende/contracts';
import { describe, expect, it } from 'vitest';
import {
  calendarIssueField,
  calendarToDraft,
  copyMondayToWeekdays,
  draftToCalendarBody,
  type CalendarDraft,
} from './calendar-form';

const saved: BusinessCalendar = {
  id: '0b6c1a4e-8f1d-4a51-9d0c-0000000005c1',
  name: 'Bogotá',
  timeZone: 'America/Bogota',
  hours: [
    { weekday: 1, start: '13:00', end: '18:00' },
    { weekday: 1, start: '08:00', end: '12:00' },
    { weekday: 6, start: '20:00', end: '24:00' },
  ],
  holidays: [{ date: '2026-07-20', name: 'Independencia' }],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

function bodyOf(draft: CalendarDraft) {
  const built = draftToCalendarBody(draft);
  if (!('body' in built)) throw new Error(`unexpected problems ${JSON.stringify(built.problems)}`);
  return built;
}

describe('calendar form', () => {
  it('starts a new calendar Monday to Friday 09:00–18:00 in the workspace zone', () => {
    const { body } = bodyOf({ ...calendarToDraft(undefined, 'America/Lima'), name: 'Oficina' });
    expect(body.timeZone).toBe('America/Lima');
    expect(body.hours).toEqual([1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '18:00' })));
  });

  it('round-trips a saved calendar, sorting intervals and showing midnight as 00:00', () => {
    const draft = calendarToDraft(saved, 'UTC');
    expect(draft.days[0]?.intervals).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '18:00' },
    ]);
    expect(draft.days[5]?.intervals).toEqual([{ start: '20:00', end: '00:00' }]);
    expect(draft.days[1]?.open).toBe(false);
    const { body, hoursIndex } = bodyOf(draft);
    expect(body.hours).toEqual([
      { weekday: 1, start: '08:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '18:00' },
      { weekday: 6, start: '20:00', end: '24:00' },
    ]);
    expect(hoursIndex).toEqual(['day.1.0', 'day.1.1', 'day.6.0']);
    expect(body.holidays).toEqual(saved.holidays);
  });

  it('copies Monday (with its split shift) to Tuesday–Friday only', () => {
    const days = copyMondayToWeekdays(calendarToDraft(saved, 'UTC').days);
    for (const index of [1, 2, 3, 4]) expect(days[index]?.intervals).toHaveLength(2);
    expect(days[5]?.intervals).toEqual([{ start: '20:00', end: '00:00' }]);
    expect(days[6]?.open).toBe(false);
  });

  it('reports bad intervals, overlaps, closed weeks and holiday problems per row', () => {
    const draft = calendarToDraft(saved, 'UTC');
    draft.name = ' ';
    draft.days[0] = {
      weekday: 1,
      open: true,
      intervals: [
        { start: '08:00', end: '12:00' },
        { start: '11:00', end: '14:00' },
        { start: '18:00', end: '17:00' },
        { start: '09:00', end: '' },
      ],
    };
    draft.holidays = [
      { date: '2026-07-20', name: 'A' },
      { date: '2026-07-20', name: '' },
      { date: '', name: 'B' },
    ];
    expect(draftToCalendarBody(draft)).toEqual({
      problems: {
        name: 'required',
        'day.1.1': 'overlap',
        'day.1.2': 'endBeforeStart',
        'day.1.3': 'timeFormat',
        'holidays.1.date': 'duplicateHoliday',
        'holidays.1.name': 'required',
        'holidays.2.date': 'holidayDate',
      },
    });
    const closed = calendarToDraft(saved, 'UTC');
    closed.days = closed.days.map((day) => ({ ...day, open: false }));
    expect(draftToCalendarBody(closed)).toEqual({ problems: { hours: 'noHours' } });
  });

  it('maps server issue paths back to the row they came from', () => {
    const index = ['day.1.0', 'day.1.1', 'day.6.0'] as const;
    expect(calendarIssueField('hours.2.end', [...index])).toBe('day.6.0');
    expect(calendarIssueField('hours.9.start', [...index])).toBe('hours');
    expect(calendarIssueField('hours', [...index])).toBe('hours');
    expect(calendarIssueField('holidays.3.name', [])).toBe('holidays.3.name');
    expect(calendarIssueField('timeZone', [])).toBe('timeZone');
    expect(calendarIssueField('other', [])).toBeNull();
  });
});
