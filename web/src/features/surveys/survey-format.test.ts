import { describe, expect, it } from 'vitest';
import { npsSegments, scoreFormats } from './survey-format';
import { scoreTone, UNHAPPY_MAX_SCORE } from './survey-scores';

const nbsp = (text: string) => text.replace(/\s/g, ' ');

describe('scoreFormats', () => {
  it('formats shares, NPS and CES means with the locale', () => {
    const es = scoreFormats('es');
    expect(nbsp(es.share(0.875))).toBe('87,5 %');
    expect(nbsp(es.share(1))).toBe('100 %');
    expect(es.nps(42)).toBe('+42');
    expect(es.nps(-8.4)).toBe('-8');
    expect(es.nps(0)).toBe('0');
    expect(es.mean(5.75)).toBe('5,8');
    expect(es.mean(6)).toBe('6,0');
    expect(es.count(12345)).toBe('12.345');

    const en = scoreFormats('en');
    expect(en.share(0.875)).toBe('87.5%');
    expect(en.mean(5.75)).toBe('5.8');
    expect(en.count(12345)).toBe('12,345');
    expect(nbsp(scoreFormats('pt-BR').share(0.5))).toBe('50%');
  });

  it('reads "—" when nothing was measured', () => {
    const es = scoreFormats('es');
    expect(es.share(null)).toBe('—');
    expect(es.nps(null)).toBe('—');
    expect(es.mean(null)).toBe('—');
  });
});

describe('npsSegments', () => {
  it('splits the answers into widths that add up to 100', () => {
    const segments = npsSegments({ promoters: 6, passives: 2, detractors: 2 });
    expect(segments).toEqual({ promoters: 60, passives: 20, detractors: 20 });
  });

  it('is all zero without answers (no division by zero)', () => {
    expect(npsSegments({ promoters: 0, passives: 0, detractors: 0 })).toEqual({
      promoters: 0,
      passives: 0,
      detractors: 0,
    });
  });
});

describe('scoreTone', () => {
  it('bands each kind like the summary counts it', () => {
    expect([1, 2, 3, 4, 5].map((s) => scoreTone('csat', s))).toEqual([
      'negative',
      'negative',
      'neutral',
      'positive',
      'positive',
    ]);
    expect([0, 6, 7, 8, 9, 10].map((s) => scoreTone('nps', s))).toEqual([
      'negative',
      'negative',
      'neutral',
      'neutral',
      'positive',
      'positive',
    ]);
    expect([1, 3, 4, 5, 7].map((s) => scoreTone('ces', s))).toEqual([
      'negative',
      'negative',
      'neutral',
      'positive',
      'positive',
    ]);
  });

  it('uses the agreed "unhappy" cut per kind', () => {
    expect(UNHAPPY_MAX_SCORE).toEqual({ csat: 2, ces: 3, nps: 6 });
  });
});
