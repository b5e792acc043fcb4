/**
 * Latin American zones, offered first (Atiende's customers are there). Only those the browser knows
 * are shown; aliases the browser does not list are simply skipped.
 */
const LATIN_AMERICA = [
  'America/Mexico_City',
  'America/Monterrey',
  'America/Cancun',
  'America/Tijuana',
  'America/Guatemala',
  'America/El_Salvador',
  'America/Tegucigalpa',
  'America/Managua',
  'America/Costa_Rica',
  'America/Panama',
  'America/Havana',
  'America/Santo_Domingo',
  'America/Puerto_Rico',
  'America/Bogota',
  'America/Caracas',
  'America/Guayaquil',
  'America/Lima',
  'America/La_Paz',
  'America/Santiago',
  'America/Argentina/Buenos_Aires',
  'America/Buenos_Aires',
  'America/Asuncion',
  'America/Montevideo',
  'America/Sao_Paulo',
  'America/Manaus',
  'America/Fortaleza',
  'America/Recife',
  'America/Belem',
] as const;

/** Options for a grouped select: the Latin American zones, then every other zone alphabetically. */
export interface TimeZoneGroups {
  latinAmerica: string[];
  others: string[];
}

/** Every IANA zone the browser supports (plus UTC), or just the given ones when it cannot list them. */
function supportedZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/**
 * The zones to offer, Latin America first. `current` (a saved calendar's zone) is always included,
 * even if this browser does not list it, so editing never silently changes it.
 */
export function timeZoneGroups(current: string | null): TimeZoneGroups {
  const all = new Set(supportedZones());
  all.add('UTC');
  if (current !== null && current !== '') all.add(current);
  const latinAmerica = LATIN_AMERICA.filter((zone) => all.has(zone));
  const first = new Set<string>(latinAmerica);
  const others = [...all].filter((zone) => !first.has(zone)).sort((a, b) => a.localeCompare(b));
  return { latinAmerica, others };
}

/** "America/Argentina/Buenos_Aires" → "America/Argentina/Buenos Aires (GMT-3)": searchable and with today's offset. */
export function zoneLabel(zone: string, at: Date = new Date()): string {
  const name = zone.replaceAll('_', ' ');
  try {
    const offset = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
    return offset === undefined ? name : `${name} (${offset})`;
  } catch {
    return name;
  }
}
