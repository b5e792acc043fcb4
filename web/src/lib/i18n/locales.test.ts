import { EventType } from '@atiende/contracts';
import { describe, expect, it } from 'vitest';
import { resources } from './i18n';

type Tree = Record<string, unknown>;

/** Every leaf of a resource as `dotted.key → value`. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value as Tree, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const locales = Object.entries(resources).map(([language, { translation }]) => ({
  language,
  entries: flatten(translation as Tree),
}));
const reference = locales.find((l) => l.language === 'es');

describe('locale resources', () => {
  it('has Spanish, English and Brazilian Portuguese', () => {
    expect(locales.map((l) => l.language).sort()).toEqual(['en', 'es', 'pt-BR']);
  });

  it.each(locales)('$language has exactly the same keys as es', ({ entries }) => {
    expect([...entries.keys()].sort()).toEqual([...(reference?.entries.keys() ?? [])].sort());
  });

  it.each(locales)('$language has no empty or non-string values', ({ entries }) => {
    for (const [key, value] of entries) {
      expect(typeof value, key).toBe('string');
      expect(String(value).trim(), key).not.toBe('');
    }
  });

  it.each(locales)('$language uses the same {{placeholders}} as es', ({ entries }) => {
    for (const [key, value] of entries) {
      const spanish = reference?.entries.get(key);
      expect(placeholders(String(value)), key).toEqual(placeholders(String(spanish)));
    }
  });

  it('translates every event type of the contracts (history shows them)', () => {
    for (const type of EventType.options) {
      expect(reference?.entries.has(`history.events.${type}`), type).toBe(true);
    }
  });

  it('uses the agreed Spanish wording for key product terms', () => {
    const es = reference?.entries;
    expect(es?.get('nav.inbox')).toBe('Bandeja de entrada');
    expect(es?.get('status.pending')).toBe('Pendiente del cliente');
    expect(es?.get('status.on_hold')).toBe('En espera');
    expect(es?.get('composer.note')).toBe('Nota interna');
    expect(es?.get('composer.reply')).toBe('Respuesta pública');
    expect(es?.get('auth.email')).toBe('Correo electrónico');
    expect(es?.get('auth.password')).toBe('Contraseña');
    expect(es?.get('auth.submit')).toBe('Ingresar');
    expect(es?.get('composer.label')).toBe('Escribe tu respuesta');
    expect(es?.get('composer.send')).toBe('Enviar');
  });
});
