import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import relativeTime from 'dayjs/plugin/relativeTime';
import 'dayjs/locale/es';
import 'dayjs/locale/pt-br';
import type { Locale } from '@atiende/contracts';
import { resolveLanguage } from './languages';

dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);

const DAYJS_LOCALES: Record<Locale, string> = { es: 'es', en: 'en', 'pt-BR': 'pt-br' };

/** The dayjs locale name for a UI language (`pt-BR` → `pt-br`). */
export function dayjsLocale(language: string): string {
  return DAYJS_LOCALES[resolveLanguage(language)];
}

/**
 * "hace 5 minutos" / "5 minutes ago" / "há 5 minutos", relative to `now`, in `language`. Times
 * slightly in the future (server clock ahead of the browser's) read as "a few seconds ago" instead
 * of "in a few seconds".
 */
export function formatRelative(iso: string, language: string, now: Date = new Date()): string {
  const reference = dayjs(now);
  const time = dayjs(iso);
  return (time.isAfter(reference) ? reference : time).locale(dayjsLocale(language)).from(reference);
}

/** Full localized date and time (dayjs `LLL`), e.g. for tooltips and history entries. */
export function formatDateTime(iso: string, language: string): string {
  return dayjs(iso).locale(dayjsLocale(language)).format('LLL');
}

/** Localized date only (dayjs `LL`). */
export function formatDate(iso: string, language: string): string {
  return dayjs(iso).locale(dayjsLocale(language)).format('LL');
}

/** Human file size with the locale's number format, e.g. "1,2 MB" in Spanish. */
export function formatFileSize(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(resolveLanguage(language), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
