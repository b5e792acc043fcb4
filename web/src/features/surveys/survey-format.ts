import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** What a missing number (no answers yet) shows as. */
export const NO_VALUE = '—';

/** Locale-aware formatters for survey and SLA numbers; `null` (nothing measured) reads "—". */
export interface ScoreFormats {
  /** A whole count: "1.234". */
  count: (value: number) => string;
  /** A 0–1 share as a percentage with at most one decimal: "87,5 %". */
  share: (value: number | null) => string;
  /** An NPS (−100…100), signed and whole: "+42", "−8", "0". */
  nps: (value: number | null) => string;
  /** A CES mean with one decimal: "5,8". */
  mean: (value: number | null) => string;
}

/** The formatters for `language` (a BCP 47 tag such as `es`, `en`, `pt-BR`). */
export function scoreFormats(language: string): ScoreFormats {
  const count = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const share = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const nps = new Intl.NumberFormat(language, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const mean = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    count: (value) => count.format(value),
    share: (value) => (value === null ? NO_VALUE : share.format(value)),
    nps: (value) => (value === null ? NO_VALUE : nps.format(Math.round(value))),
    mean: (value) => (value === null ? NO_VALUE : mean.format(value)),
  };
}

/** `scoreFormats` for the UI language, rebuilt only when the language changes. */
export function useScoreFormats(): ScoreFormats {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => scoreFormats(language), [language]);
}

/**
 * The NPS bar's three segments as percentages of all NPS answers (0 when there are none), so the
 * promoters / passives / detractors widths always add up to 100 or to 0.
 */
export function npsSegments(nps: { promoters: number; passives: number; detractors: number }): {
  promoters: number;
  passives: number;
  detractors: number;
} {
  const total = nps.promoters + nps.passives + nps.detractors;
  if (total === 0) return { promoters: 0, passives: 0, detractors: 0 };
  return {
    promoters: (nps.promoters / total) * 100,
    passives: (nps.passives / total) * 100,
    detractors: (nps.detractors / total) * 100,
  };
}
