import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import { LANGUAGE_STORAGE_KEY, matchLanguage, resolveLanguage } from './languages';
import { formatRelative } from './dates';

describe('matchLanguage', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es_AR', 'es'],
    ['en-US', 'en'],
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt', 'pt-BR'],
  ])('maps %s to %s', (tag, expected) => {
    expect(matchLanguage(tag)).toBe(expected);
  });

  it('returns null for unsupported languages so the next preference is tried', () => {
    expect(matchLanguage('fr-FR')).toBeNull();
    expect(resolveLanguage('fr-FR')).toBe('es');
  });
});

describe('createI18n', () => {
  it('follows a stored choice over the browser language and keeps <html lang> in step', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'pt-BR');
    const i18n = createI18n();
    expect(i18n.resolvedLanguage).toBe('pt-BR');
    expect(i18n.t('composer.send')).toBe('Enviar');
    expect(document.documentElement.lang).toBe('pt-BR');

    await i18n.changeLanguage('en');
    expect(i18n.t('auth.submit')).toBe('Sign in');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('formatRelative', () => {
  it('localizes relative times with the dayjs locales', () => {
    const now = new Date('2025-11-20T12:00:00Z');
    expect(formatRelative('2025-11-20T10:00:00Z', 'es', now)).toBe('hace 2 horas');
    expect(formatRelative('2025-11-20T10:00:00Z', 'en', now)).toBe('2 hours ago');
    expect(formatRelative('2025-11-20T10:00:00Z', 'pt-BR', now)).toBe('há 2 horas');
  });

  it('never shows a future time for a timestamp slightly ahead of the browser clock', () => {
    const now = new Date('2025-11-20T12:00:00Z');
    expect(formatRelative('2025-11-20T12:00:05Z', 'es', now)).toBe('hace unos segundos');
  });
});
