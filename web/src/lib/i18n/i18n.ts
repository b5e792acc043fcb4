import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import type { Locale } from '@atiende/contracts';
import { en } from './locales/en';
import { es } from './locales/es';
import { ptBR } from './locales/pt-BR';
import {
  DEFAULT_LOCALE,
  LANGUAGE_STORAGE_KEY,
  SUPPORTED_LANGUAGES,
  matchLanguage,
  resolveLanguage,
} from './languages';

/** All UI strings, keyed by language, in i18next's single `translation` namespace. */
export const resources = {
  es: { translation: es },
  en: { translation: en },
  'pt-BR': { translation: ptBR },
} satisfies Record<Locale, { translation: unknown }>;

/**
 * Keeps what lives outside React in step with the UI language: `<html lang>`, which screen readers
 * and the browser's hyphenation and spell-checking use.
 */
function applyLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = resolveLanguage(language);
}

export interface CreateI18nOptions {
  /** Fixed language (tests); when omitted the browser detector picks it and localStorage persists it. */
  language?: Locale;
}

/**
 * Creates a ready-to-use i18next instance with the bundled es/en/pt-BR resources. Resources are
 * inline, so initialisation is synchronous. Without a fixed `language`, the initial language follows
 * localStorage, then the browser (`navigator.languages`), falling back to Spanish.
 */
export function createI18n(options: CreateI18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  if (options.language === undefined) instance.use(LanguageDetector);
  void instance.init({
    resources,
    ...(options.language === undefined ? {} : { lng: options.language }),
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    nonExplicitSupportedLngs: false,
    load: 'currentOnly',
    initAsync: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: (lng: string) => matchLanguage(lng) ?? lng,
    },
    react: { useSuspense: false },
  });
  applyLanguage(instance.resolvedLanguage ?? instance.language);
  instance.on('languageChanged', applyLanguage);
  return instance;
}

/** The language the UI is actually showing, as a supported `Locale`. */
export function currentLanguage(instance: I18n): Locale {
  return resolveLanguage(instance.resolvedLanguage ?? instance.language);
}
