import type { WorkingInterval } from '@atiende/contracts';

/** The short weekday name in `language` ("lun", "Mon"); 2024-01-01 was a Monday. */
function shortWeekday(weekday: number, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' })
    .format(new Date(Date.UTC(2024, 0, weekday)))
    .replace(/\.$/, '');
}

/**
 * The weekly hours in one line, consecutive days with the same intervals grouped:
 * "lun–vie 09:00–18:00 · sáb 09:00–13:00". Empty when no day has hours.
 */
export function hoursSummary(hours: readonly WorkingInterval[], language: string): string {
  const byDay = new Map<number, string>();
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    const text = hours
      .filter((interval) => interval.weekday === weekday)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((interval) => `${interval.start}–${interval.end}`)
      .join(', ');
    if (text !== '') byDay.set(weekday, text);
  }
  const parts: string[] = [];
  let weekday = 1;
  while (weekday <= 7) {
    const text = byDay.get(weekday);
    if (text === undefined) {
      weekday += 1;
      continue;
    }
    let last = weekday;
    while (last < 7 && byDay.get(last + 1) === text) last += 1;
    const days =
      last === weekday
        ? shortWeekday(weekday, language)
        : `${shortWeekday(weekday, language)}–${shortWeekday(last, language)}`;
    parts.push(`${days} ${text}`);
    weekday = last + 1;
  }
  return parts.join(' · ');
}
