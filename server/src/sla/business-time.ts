import { DateTime, IANAZone } from 'luxon';
import type { Holiday, WorkingInterval } from '@atiende/contracts';

/** Business hours as SLA clocks need them: weekly working intervals and days off, in an IANA zone. */
export interface CalendarSpec {
  timeZone: string;
  hours: WorkingInterval[];
  holidays: Holiday[];
}

const DAY_MS = 86_400_000;
const QUARTER_MS = 900_000;
/** Beyond this many local days a target is treated as never reached (a calendar with almost no hours). */
const MAX_DAYS = 366 * 20;
/** Days kept per compiled calendar before its day cache starts over (bounds memory). */
const MAX_CACHED_DAYS = 20_000;

/** A compiled calendar: merged minutes per ISO weekday, holiday dates, and a cache of resolved days. */
interface CompiledCalendar {
  zone: IANAZone;
  /** Index 1–7 (ISO weekday): sorted, merged [startMinute, endMinute) pairs of the local day. */
  weekly: [number, number][][];
  holidays: Set<string>;
  /** Local day number (days since 1970-01-01 in the zone) → absolute [startMs, endMs) working stretches. */
  days: Map<number, [number, number][]>;
  /** UTC offset (minutes) per quarter hour: zone rules change offsets on quarter hours only. */
  offsets: Map<number, number>;
}

const compiledBySpec = new WeakMap<CalendarSpec, CompiledCalendar>();

function minutesOf(clock: string): number {
  const [h = '0', m = '0'] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

/** Sorted, merged working minutes per weekday: touching or overlapping stretches become one. */
function weeklyMinutes(hours: WorkingInterval[]): [number, number][][] {
  const weekly: [number, number][][] = Array.from({ length: 8 }, () => []);
  for (const interval of hours)
    weekly[interval.weekday]?.push([minutesOf(interval.start), minutesOf(interval.end)]);
  return weekly.map((list) => {
    const merged: [number, number][] = [];
    for (const [start, end] of [...list].sort((a, b) => a[0] - b[0])) {
      const last = merged[merged.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    return merged;
  });
}

/**
 * Compiles a calendar once per spec object (callers keep the same object for an unchanged
 * calendar, see `apply-sla.ts`), so repeated clocks reuse both the weekly table and resolved days.
 */
function compile(spec: CalendarSpec): CompiledCalendar {
  let compiled = compiledBySpec.get(spec);
  if (!compiled) {
    const zone = IANAZone.create(spec.timeZone);
    if (!zone.isValid) throw new Error(`Unknown time zone ${spec.timeZone}`);
    compiled = {
      zone,
      weekly: weeklyMinutes(spec.hours),
      holidays: new Set(spec.holidays.map((h) => h.date)),
      days: new Map(),
      offsets: new Map(),
    };
    compiledBySpec.set(spec, compiled);
  }
  return compiled;
}

/** The local day number of an instant in the calendar's zone. */
function localDayOf(cal: CompiledCalendar, ms: number): number {
  const quarter = Math.floor(ms / QUARTER_MS);
  let offset = cal.offsets.get(quarter);
  if (offset === undefined) {
    offset = cal.zone.offset(quarter * QUARTER_MS);
    if (cal.offsets.size >= MAX_CACHED_DAYS) cal.offsets.clear();
    cal.offsets.set(quarter, offset);
  }
  return Math.floor((ms + offset * 60_000) / DAY_MS);
}

/** The absolute instant of a local day's minute; DST gaps move forward, as luxon does. */
function instantOf(cal: CompiledCalendar, day: number, minute: number): number {
  const date = new Date(day * DAY_MS);
  return DateTime.fromObject(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: Math.floor(minute / 60),
      minute: minute % 60,
    },
    { zone: cal.zone },
  ).toMillis();
}

/**
 * The working stretches of one local day as absolute instants (empty on holidays and days off).
 * Computed through luxon so DST days are right (a 09:00–18:00 day is 9 real hours either way,
 * except across the change itself, where real elapsed time counts), then cached.
 */
function workingStretches(cal: CompiledCalendar, day: number): [number, number][] {
  let stretches = cal.days.get(day);
  if (stretches) return stretches;
  const iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
  const weekday = ((((day + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday (ISO 4)
  const minutes = cal.holidays.has(iso) ? [] : (cal.weekly[weekday] ?? []);
  stretches = minutes.map(([start, end]): [number, number] => {
    const startMs = instantOf(cal, day, start);
    // 24:00 is the next local midnight.
    const endMs = end === 1440 ? instantOf(cal, day + 1, 0) : instantOf(cal, day, end);
    return [startMs, Math.max(startMs, endMs)];
  });
  if (cal.days.size >= MAX_CACHED_DAYS) cal.days.clear();
  cal.days.set(day, stretches);
  return stretches;
}

/**
 * The instant `seconds` of working time after `from`: only the calendar's weekly hours count,
 * holidays count nothing, in the calendar's zone with correct DST. `null` calendar = 24×7. Cost is
 * proportional to the days spanned (days are resolved once per calendar and cached). A target the
 * calendar cannot reach within 20 years answers a date 20 years on (effectively never).
 */
export function addBusinessSeconds(calendar: CalendarSpec | null, from: Date, seconds: number): Date {
  const start = from.getTime();
  if (!calendar) return new Date(start + seconds * 1000);
  const cal = compile(calendar);
  let remainingMs = Math.max(0, seconds) * 1000;
  const firstDay = localDayOf(cal, start);
  for (let day = firstDay; day < firstDay + MAX_DAYS; day++) {
    for (const [stretchStart, stretchEnd] of workingStretches(cal, day)) {
      if (stretchEnd <= start) continue;
      const begin = Math.max(stretchStart, start);
      const available = stretchEnd - begin;
      // A zero target lands on `from` itself when it is working time, else on the next working minute.
      if (remainingMs <= available) return new Date(begin + remainingMs);
      remainingMs -= available;
    }
  }
  return new Date(start + MAX_DAYS * DAY_MS);
}

/**
 * Working seconds between two instants under the calendar (0 when `to` is not after `from`);
 * `null` calendar = elapsed seconds. Cost is proportional to the days spanned.
 */
export function businessSecondsBetween(calendar: CalendarSpec | null, from: Date, to: Date): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return 0;
  if (!calendar) return (end - start) / 1000;
  const cal = compile(calendar);
  const firstDay = localDayOf(cal, start);
  const lastDay = Math.min(localDayOf(cal, end), firstDay + MAX_DAYS);
  let totalMs = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    for (const [stretchStart, stretchEnd] of workingStretches(cal, day)) {
      const overlap = Math.min(stretchEnd, end) - Math.max(stretchStart, start);
      if (overlap > 0) totalMs += overlap;
    }
  }
  return totalMs / 1000;
}

/** Whether the runtime's time-zone database knows this IANA zone (e.g. America/Bogota). */
export function isKnownTimeZone(timeZone: string): boolean {
  return IANAZone.isValidZone(timeZone);
}
