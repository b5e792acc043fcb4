import dayjs from 'dayjs';

/** The first instant of a calendar day (`YYYY-MM-DD`) in the browser's time zone, as ISO-8601. */
export function startOfLocalDay(day: string): string {
  return dayjs(day).startOf('day').toISOString();
}

/** The last instant of a calendar day (`YYYY-MM-DD`) in the browser's time zone, as ISO-8601. */
export function endOfLocalDay(day: string): string {
  return dayjs(day).endOf('day').toISOString();
}

/** The calendar day (`YYYY-MM-DD`, browser time zone) an ISO-8601 instant falls on. */
export function localDayOf(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD');
}
