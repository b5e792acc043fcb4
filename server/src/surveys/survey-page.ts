import { SURVEY_SCALES, type Locale, type SurveyKind } from '@atiende/contracts';
import { escapeHtml } from './html';
import { surveyDocument } from './survey-page-layout';
import { fill, formatSurveyDate, surveyTexts, type SurveyTexts } from './survey-texts';

/** Answers keyed by kind, as shown or submitted. */
export type SurveyScores = Partial<Record<SurveyKind, number>>;
/** Validation messages keyed by question (`comment`, or `form` when nothing was chosen). */
export type SurveyErrors = Partial<Record<SurveyKind | 'comment' | 'form', string>>;

/** What the survey page shows: the invitation, current choices and any errors. */
export interface SurveyPageModel {
  locale: Locale;
  timeZone: string;
  token: string;
  ticket: { number: number; subject: string };
  kinds: readonly SurveyKind[];
  expiresAt: Date;
  scores: SurveyScores;
  comment: string;
  errors: SurveyErrors;
  /** The customer answered before: say that they are changing their answer. */
  answeredBefore: boolean;
}

/** The label of one score: words for every CSAT score, for the ends of the CES and NPS scales. */
export function scoreLabel(t: SurveyTexts, kind: SurveyKind, score: number): string {
  if (kind === 'csat') return `${score} – ${t.csatWords[score - 1] ?? ''}`;
  const { min, max } = SURVEY_SCALES[kind];
  const [low, high] = kind === 'ces' ? [t.cesLow, t.cesHigh] : [t.npsLow, t.npsHigh];
  if (score === min) return `${score} – ${low}`;
  if (score === max) return `${score} – ${high}`;
  return String(score);
}

/** A score's visible text and, at the ends of the CES/NPS scales, words for screen readers only. */
function optionText(t: SurveyTexts, kind: SurveyKind, score: number): string {
  if (kind === 'csat') return escapeHtml(scoreLabel(t, kind, score));
  const label = scoreLabel(t, kind, score);
  const words = label.slice(String(score).length);
  return words ? `${score}<span class="sr-only">${escapeHtml(words)}</span>` : String(score);
}

function question(t: SurveyTexts, kind: SurveyKind, model: SurveyPageModel): string {
  const { min, max } = SURVEY_SCALES[kind];
  const error = model.errors[kind];
  const errorId = `error-${kind}`;
  const options: string[] = [];
  for (let score = min; score <= max; score += 1) {
    const checked = model.scores[kind] === score ? ' checked' : '';
    options.push(
      `<label class="option"><input type="radio" name="${kind}" value="${score}"${checked}${error ? ' aria-invalid="true"' : ''}> ${optionText(t, kind, score)}</label>`,
    );
  }
  const [low, high] = kind === 'ces' ? [t.cesLow, t.cesHigh] : [t.npsLow, t.npsHigh];
  const ends =
    kind === 'csat'
      ? ''
      : `<p class="ends" aria-hidden="true"><span>${min} = ${escapeHtml(low)}</span><span>${max} = ${escapeHtml(high)}</span></p>`;
  return [
    `<fieldset id="q-${kind}"${error ? ` class="invalid" aria-describedby="${errorId}"` : ''}>`,
    `<legend>${escapeHtml(t.question[kind])}</legend>`,
    error ? `<p class="error" id="${errorId}">${escapeHtml(error)}</p>` : '',
    ends,
    `<div class="options${kind === 'csat' ? '' : ' scale'}">${options.join('')}</div>`,
    '</fieldset>',
  ].join('');
}

function errorSummary(t: SurveyTexts, model: SurveyPageModel): string {
  const first = [...model.kinds, 'comment' as const].find((key) => model.errors[key]);
  if (!first && !model.errors.form) return '';
  const target = first === 'comment' ? 'comment' : `q-${first ?? model.kinds[0] ?? 'csat'}`;
  const message = model.errors.form ?? t.errorSummary;
  return `<div class="summary" role="alert"><a href="#${target}">${escapeHtml(message)}</a></div>`;
}

const dateOf = (model: { expiresAt: Date; locale: Locale; timeZone: string }) =>
  formatSurveyDate(model.expiresAt, model.locale, model.timeZone);

/**
 * The survey form: one fieldset of radio buttons per question (CSAT 1–5 with words, CES 1–7 and
 * NPS 0–10 with words at the ends), an optional comment and a submit button. Errors sit next to
 * their question (linked with aria-describedby) and in a summary at the top. No JavaScript.
 */
export function renderSurveyForm(model: SurveyPageModel): string {
  const t = surveyTexts(model.locale);
  const commentError = model.errors.comment;
  const body = [
    `<h1>${escapeHtml(t.pageTitle)}</h1>`,
    `<p class="ticket">${escapeHtml(fill(t.pageIntro, model.ticket))}</p>`,
    errorSummary(t, model),
    model.answeredBefore
      ? `<p class="note">${escapeHtml(fill(t.alreadyAnswered, { date: dateOf(model) }))}</p>`
      : '',
    `<form method="post" action="/s/${encodeURIComponent(model.token)}" novalidate>`,
    ...model.kinds.map((kind) => question(t, kind, model)),
    `<label class="block" for="comment">${escapeHtml(t.commentLabel)}</label>`,
    `<p class="hint" id="comment-hint">${escapeHtml(t.commentHint)}</p>`,
    commentError ? `<p class="error" id="error-comment">${escapeHtml(commentError)}</p>` : '',
    `<textarea id="comment" name="comment" maxlength="2000" aria-describedby="comment-hint${commentError ? ' error-comment' : ''}"${commentError ? ' aria-invalid="true"' : ''}>${escapeHtml(model.comment)}</textarea>`,
    `<p><button type="submit">${escapeHtml(t.submit)}</button></p>`,
    '</form>',
  ].join('');
  return surveyDocument(model.locale, `${t.pageTitle} – #${model.ticket.number}`, body);
}

/** What the thank-you page repeats back to the customer. */
export interface SurveyThanksModel {
  locale: Locale;
  timeZone: string;
  token: string;
  ticket: { number: number; subject: string };
  kinds: readonly SurveyKind[];
  expiresAt: Date;
  scores: SurveyScores;
  comment: string;
}

/** The thank-you page: the answers as recorded and a link to change them until the link expires. */
export function renderSurveyThanks(model: SurveyThanksModel): string {
  const t = surveyTexts(model.locale);
  const answers = model.kinds
    .filter((kind) => model.scores[kind] !== undefined)
    .map(
      (kind) =>
        `<dt>${escapeHtml(t.question[kind])}</dt><dd>${escapeHtml(scoreLabel(t, kind, model.scores[kind] ?? 0))}</dd>`,
    );
  if (model.comment)
    answers.push(`<dt>${escapeHtml(t.commentLabel)}</dt><dd>${escapeHtml(model.comment)}</dd>`);
  const body = [
    `<h1>${escapeHtml(t.thanksTitle)}</h1>`,
    `<p class="ticket">${escapeHtml(fill(t.pageIntro, model.ticket))}</p>`,
    `<p>${escapeHtml(fill(t.thanksBody, { date: dateOf(model) }))}</p>`,
    `<h2>${escapeHtml(t.yourAnswers)}</h2>`,
    `<dl>${answers.join('')}</dl>`,
    `<p><a class="button" href="/s/${encodeURIComponent(model.token)}">${escapeHtml(t.changeAnswer)}</a></p>`,
  ].join('');
  return surveyDocument(model.locale, t.thanksTitle, body);
}
