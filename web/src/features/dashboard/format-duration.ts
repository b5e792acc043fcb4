/**
 * A duration in seconds as the two largest units, localized with Intl ("2 d 3 h", "45 min"); the
 * dashboard shows averages that range from minutes to days.
 */
export function formatDuration(seconds: number, language: string): string {
  const units: [Intl.NumberFormatOptions['unit'], number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  const parts: string[] = [];
  let rest = Math.max(0, Math.round(seconds));
  for (const [unit, size] of units) {
    const n = Math.floor(rest / size);
    if (n > 0 || (parts.length === 0 && unit === 'minute')) {
      parts.push(new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'narrow' }).format(n));
      rest -= n * size;
    }
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}
