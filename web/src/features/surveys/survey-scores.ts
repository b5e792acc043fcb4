import { SURVEY_SCALES, type SurveyKind } from '@atiende/contracts';

/** How an answer reads: good, middling or bad, whatever the kind's scale. */
export type ScoreTone = 'positive' | 'neutral' | 'negative';

/**
 * The highest score that counts as unhappy, per kind: CSAT 1–2 (of 5), NPS detractors 0–6 (of 10),
 * CES 1–3 (of 7). It is the `maxScore` the "only unhappy" filter sends, and the red band below.
 */
export const UNHAPPY_MAX_SCORE: Record<SurveyKind, number> = { csat: 2, ces: 3, nps: 6 };

/** The lowest score that counts as happy: CSAT 4–5 satisfied, NPS 9–10 promoters, CES 5–7 easy. */
const HAPPY_MIN_SCORE: Record<SurveyKind, number> = { csat: 4, ces: 5, nps: 9 };

/** Where `score` falls on its kind's scale; the bands match how the summary counts them. */
export function scoreTone(kind: SurveyKind, score: number): ScoreTone {
  if (score <= UNHAPPY_MAX_SCORE[kind]) return 'negative';
  if (score >= HAPPY_MIN_SCORE[kind]) return 'positive';
  return 'neutral';
}

/** The Mantine colour of each tone (always shown with a text label too, never colour alone). */
export const TONE_COLOR: Record<ScoreTone, string> = {
  positive: 'green',
  neutral: 'yellow',
  negative: 'red',
};

/** The best possible score of a kind ("4/5"). */
export function scaleMax(kind: SurveyKind): number {
  return SURVEY_SCALES[kind].max;
}

/** The survey kinds in the order the UI lists them. */
export const SURVEY_KINDS: readonly SurveyKind[] = ['csat', 'ces', 'nps'];
