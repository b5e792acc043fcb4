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
  // The tick only forces a re-render; the time is measured afresh on every render.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => {
      setTick((tick) => tick + 1);
    }, TICK_MS);
    return () => {
      clearInterval(timer);
    };
  }, []);
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <time dateTime={iso} title={formatDateTime(iso, language)}>
      {formatRelative(iso, language)}
    </time>
  );
}
