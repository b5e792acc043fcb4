const DAY_MS = 86_400_000;

/** Adds `n` days to a YYYY-MM-DD date (calendar arithmetic, no time zone involved). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Every YYYY-MM-DD date from `from` through `through`, in order. */
export function daysBetween(from: string, through: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= through; day = addDays(day, 1)) out.push(day);
  return out;
}
