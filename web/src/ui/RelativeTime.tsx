import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../lib/i18n/dates';

/** How often relative times ("hace 3 minutos") refresh while on screen. */
const TICK_MS = 60_000;

/**
 * A timestamp shown relative to now in the UI language, with the full date in a tooltip and a
 * machine-readable `dateTime`. Re-renders every minute and when the language changes.
 */
export function RelativeTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(new Date());
    }, TICK_MS);
    return () => {
      clearInterval(timer);
    };
  }, []);
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <time dateTime={iso} title={formatDateTime(iso, language)}>
      {formatRelative(iso, language, now)}
    </time>
  );
}
