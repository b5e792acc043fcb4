import { SURVEY_SCALES, type SurveyKind } from '@atiende/contracts';
import type { SurveyErrors, SurveyScores } from './survey-page';
import type { SurveyTexts } from './survey-texts';

/** Longest comment kept. */
export const MAX_SURVEY_COMMENT = 2000;

/** A submitted survey, validated: or the messages to show next to each question. */
export type ParsedSurveyForm =
  | { ok: true; scores: SurveyScores; comment: string | null }
  | { ok: false; scores: SurveyScores; comment: string; errors: SurveyErrors };

/** A score from a form or query value: an integer within the kind's scale, or null. */
export function scoreFrom(kind: SurveyKind, raw: unknown): number | null {
  if (typeof raw !== 'string' || !/^\d{1,2}$/.test(raw.trim())) return null;
  const score = Number(raw.trim());
  const { min, max } = SURVEY_SCALES[kind];
  return score >= min && score <= max ? score : null;
}

/**
 * Validates a posted survey (application/x-www-form-urlencoded) against the invitation's kinds:
 * each question may be skipped, but a given score must be in its range, at least one question
 * must be answered, and the comment is at most 2000 characters. Fields of questions not asked
 * are ignored. Error messages come in the customer's language.
 */
export function parseSurveyForm(
  body: unknown,
  kinds: readonly SurveyKind[],
  t: SurveyTexts,
): ParsedSurveyForm {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const scores: SurveyScores = {};
  const errors: SurveyErrors = {};
  for (const kind of kinds) {
    const raw = fields[kind];
    if (raw === undefined || raw === '') continue;
    const score = scoreFrom(kind, raw);
    if (score === null) errors[kind] = t.errorScore;
    else scores[kind] = score;
  }
  const rawComment = fields.comment;
  const comment = typeof rawComment === 'string' ? rawComment.replace(/\r\n/g, '\n').trim() : '';
  if (rawComment !== undefined && typeof rawComment !== 'string') errors.comment = t.errorComment;
  if (comment.length > MAX_SURVEY_COMMENT) errors.comment = t.errorComment;
  const first = kinds[0];
  if (Object.keys(errors).length === 0 && Object.keys(scores).length === 0 && first) {
    errors.form = t.errorNone;
    errors[first] = t.errorNone;
  }
  if (Object.keys(errors).length > 0) return { ok: false, scores, comment, errors };
  return { ok: true, scores, comment: comment === '' ? null : comment };
}
