import { DEFAULT_LOCALE, Locale } from '@atiende/contracts';

/** UI languages, straight from the contracts' `Locale` enum. */
export const SUPPORTED_LANGUAGES: readonly Locale[] = Locale.options;

export { DEFAULT_LOCALE };

/** localStorage key where the chosen language is persisted (read by the detector on next visit). */
export const LANGUAGE_STORAGE_KEY = 'atiende.language';

/**
 * Language names shown in the switcher. They are endonyms (each in its own language) on purpose:
 * a user who landed in the wrong language must still recognise theirs, so they are not translated.
 */
export const LANGUAGE_ENDONYMS: Record<Locale, string> = {
  es: 'Español',
  en: 'English',
  'pt-BR': 'Português (Brasil)',
};

/**
 * Matches a language tag (browser value, stored value, i18next's current language) to a supported
 * locale: exact match first, then by primary subtag (`es-MX` → `es`, `pt-PT` → `pt-BR`); `null`
 * when nothing matches, so the detector can try the browser's next preferred language.
 */
export function matchLanguage(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const exact = SUPPORTED_LANGUAGES.find((lng) => lng.toLowerCase() === lower);
  if (exact) return exact;
  const primary = lower.split(/[-_]/)[0];
  return SUPPORTED_LANGUAGES.find((lng) => lng.toLowerCase().split('-')[0] === primary) ?? null;
}

/** Like `matchLanguage`, but falls back to Spanish: for places that always need a locale. */
export function resolveLanguage(tag: string | null | undefined): Locale {
  return matchLanguage(tag) ?? DEFAULT_LOCALE;
}
