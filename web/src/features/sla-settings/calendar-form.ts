import type { BusinessCalendar } from '@atiende/contracts';
import type { CalendarBody } from '../sla/sla-api';

/** ISO weekdays, Monday (1) to Sunday (7), the order the weekly grid shows. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One working stretch as typed in two `<input type="time">` (end "00:00" means midnight, 24:00). */
export interface IntervalDraft {
  start: string;
  end: string;
}

export interface DayDraft {
  weekday: Weekday;
  open: boolean;
  intervals: IntervalDraft[];
}

export interface HolidayDraft {
  date: string;
  name: string;
}

/** The calendar form as typed. */
export interface CalendarDraft {
  name: string;
  timeZone: string;
  days: DayDraft[];
  holidays: HolidayDraft[];
}

/** Where an error shows: a plain field, one interval (`day.<weekday>.<index>`) or one holiday cell. */
export type CalendarField =
  | 'name'
  | 'timeZone'
  | 'hours'
  | 'holidays'
  | `day.${number}.${number}`
  | `holidays.${number}.date`
  | `holidays.${number}.name`;

/** A local problem with the form, translated by the component. */
export type CalendarProblem =
  'required' | 'timeFormat' | 'endBeforeStart' | 'overlap' | 'noHours' | 'holidayDate' | 'duplicateHoliday';

/** The form field of the n-th entry of `hours` in the body sent, so issues on `hours.3.end` find their row. */
export type HoursIndex = CalendarField[];

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DEFAULT_INTERVAL: IntervalDraft = { start: '09:00', end: '18:00' };

/** The end as the time input shows it: midnight (24:00) reads 00:00. */
const toInputEnd = (end: string) => (end === '24:00' ? '00:00' : end);
/** An end of 00:00 is the end of the day, as the contract writes it. */
const fromInputEnd = (end: string) => (end === '00:00' ? '24:00' : end);

/** The form for `calendar`, or a new one: Monday to Friday 09:00–18:00 in `defaultZone`. */
export function calendarToDraft(calendar: BusinessCalendar | undefined, defaultZone: string): CalendarDraft {
  if (calendar === undefined) {
    return {
      name: '',
      timeZone: defaultZone,
      days: WEEKDAYS.map((weekday) => ({
        weekday,
        open: weekday <= 5,
        intervals: [{ ...DEFAULT_INTERVAL }],
      })),
      holidays: [],
    };
  }
  return {
    name: calendar.name,
    timeZone: calendar.timeZone,
    days: WEEKDAYS.map((weekday) => {
      const intervals = calendar.hours
        .filter((interval) => interval.weekday === weekday)
        .sort((a, b) => a.start.localeCompare(b.start))
        .map((interval) => ({ start: interval.start, end: toInputEnd(interval.end) }));
      return {
        weekday,
        open: intervals.length > 0,
        intervals: intervals.length > 0 ? intervals : [{ ...DEFAULT_INTERVAL }],
      };
    }),
    holidays: [...calendar.holidays].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/** Monday's hours (open or closed, every interval) copied to Tuesday–Friday. */
export function copyMondayToWeekdays(days: readonly DayDraft[]): DayDraft[] {
  const monday = days.find((day) => day.weekday === 1);
  if (monday === undefined) return [...days];
  return days.map((day) =>
    day.weekday >= 2 && day.weekday <= 5
      ? { ...day, open: monday.open, intervals: monday.intervals.map((interval) => ({ ...interval })) }
      : day,
  );
}

/** Checks one open day's intervals: format, end after start, no overlaps. */
function dayProblems(day: DayDraft, problems: Partial<Record<CalendarField, CalendarProblem>>): void {
  const parsed = day.intervals.map((interval, index) => ({
    index,
    start: interval.start,
    end: fromInputEnd(interval.end),
  }));
  for (const interval of parsed) {
    const field: CalendarField = `day.${day.weekday}.${interval.index}`;
    if (!CLOCK.test(interval.start) || !(CLOCK.test(interval.end) || interval.end === '24:00')) {
      problems[field] = 'timeFormat';
    } else if (interval.end <= interval.start) problems[field] = 'endBeforeStart';
  }
  const valid = parsed
    .filter((interval) => problems[`day.${day.weekday}.${interval.index}`] === undefined)
    .sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < valid.length; i += 1) {
    const previous = valid[i - 1];
    const current = valid[i];
    if (previous !== undefined && current !== undefined && current.start < previous.end) {
      problems[`day.${day.weekday}.${current.index}`] = 'overlap';
    }
  }
}

/**
 * Checks the form and builds the request body (open days' intervals flattened into `hours`), plus
 * which form row each `hours` entry came from so server issues land on that row.
 */
export function draftToCalendarBody(
  draft: CalendarDraft,
):
  | { body: CalendarBody; hoursIndex: HoursIndex }
  | { problems: Partial<Record<CalendarField, CalendarProblem>> } {
  const problems: Partial<Record<CalendarField, CalendarProblem>> = {};
  const name = draft.name.trim();
  if (name === '') problems.name = 'required';
  if (draft.timeZone.trim() === '') problems.timeZone = 'required';
  const open = draft.days.filter((day) => day.open && day.intervals.length > 0);
  if (open.length === 0) problems.hours = 'noHours';
  for (const day of open) dayProblems(day, problems);
  const seen = new Set<string>();
  draft.holidays.forEach((holiday, index) => {
    if (!DAY.test(holiday.date) || Number.isNaN(Date.parse(holiday.date))) {
      problems[`holidays.${index}.date`] = 'holidayDate';
    } else if (seen.has(holiday.date)) problems[`holidays.${index}.date`] = 'duplicateHoliday';
    seen.add(holiday.date);
    if (holiday.name.trim() === '') problems[`holidays.${index}.name`] = 'required';
  });
  if (Object.keys(problems).length > 0) return { problems };

  const hours: CalendarBody['hours'] = [];
  const hoursIndex: HoursIndex = [];
  for (const day of open) {
    day.intervals.forEach((interval, index) => {
      hours.push({ weekday: day.weekday, start: interval.start, end: fromInputEnd(interval.end) });
      hoursIndex.push(`day.${day.weekday}.${index}`);
    });
  }
  return {
    body: {
      name,
      timeZone: draft.timeZone.trim(),
      hours,
      holidays: draft.holidays.map((holiday) => ({ date: holiday.date, name: holiday.name.trim() })),
    },
    hoursIndex,
  };
}

/**
 * Where a server issue path shows: `hours.3.end` → the form row that became `hours[3]`,
 * `holidays.2.name` → that holiday's cell, `name`/`timeZone` → their inputs; else null (general alert).
 */
export function calendarIssueField(path: string, hoursIndex: HoursIndex): CalendarField | null {
  const [head, index, leaf] = path.split('.');
  if (head === 'name' || head === 'timeZone') return head;
  if (head === 'hours') {
    const row = index === undefined ? undefined : hoursIndex[Number(index)];
    return row ?? 'hours';
  }
  if (head === 'holidays') {
    if (index !== undefined && /^\d+$/.test(index) && (leaf === 'date' || leaf === 'name')) {
      return `holidays.${Number(index)}.${leaf}`;
    }
    return 'holidays';
  }
  return null;
}
