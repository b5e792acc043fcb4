import type { Locale, SurveyKind } from '@atiende/contracts';
import { escapeHtml } from './html';
import { fill, formatSurveyDate, surveyTexts } from './survey-texts';

export interface SurveyEmailInput {
  locale: Locale;
  timeZone: string;
  kinds: readonly SurveyKind[];
  ticket: { number: number; subject: string };
  contactName: string;
  /** The public page, `{publicUrl}/s/{token}`. */
  surveyUrl: string;
  expiresAt: Date;
  signature: string;
}

export interface SurveyEmail {
  subject: string;
  text: string;
  html: string;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/**
 * The invitation email in the customer's language: ticket number and subject, the CSAT question
 * with its five scores as one-click links (`?csat=N` preselects the answer on the page, nothing is
 * recorded until the customer submits), and one plain link to the whole survey. When CSAT is not
 * asked, only the plain link. Every value is escaped in the HTML part.
 */
export function composeSurveyEmail(input: SurveyEmailInput): SurveyEmail {
  const t = surveyTexts(input.locale);
  const values = {
    number: input.ticket.number,
    subject: input.ticket.subject,
    name: firstName(input.contactName),
    date: formatSurveyDate(input.expiresAt, input.locale, input.timeZone),
  };
  const subject = fill(t.emailSubject, values)
    .replace(/[\r\n]+/g, ' ')
    .slice(0, 998);
  const scores = input.kinds.includes('csat')
    ? t.csatWords.map((word, index) => ({
        score: index + 1,
        word,
        url: `${input.surveyUrl}?csat=${index + 1}`,
      }))
    : [];
  const intro = scores.length > 0 ? fill(t.emailIntro, values) : fill(t.pageIntro, values);

  const text = [
    fill(t.emailGreeting, values),
    '',
    intro,
    '',
    ...scores.map((s) => `${s.score} – ${s.word}: ${s.url}`),
    ...(scores.length > 0 ? [''] : []),
    t.emailOpenLink,
    input.surveyUrl,
    '',
    fill(t.emailExpiry, values),
    '',
    input.signature,
  ].join('\n');

  const buttons = scores
    .map(
      (s) =>
        `<a href="${escapeHtml(s.url)}" style="display:inline-block;margin:4px;padding:10px 14px;border:1px solid #c7cdd6;border-radius:8px;color:#1f2933;text-decoration:none;font-family:sans-serif"><strong>${s.score}</strong> ${escapeHtml(s.word)}</a>`,
    )
    .join('');
  const html = [
    `<div style="font-family:sans-serif;font-size:15px;line-height:1.5;color:#1f2933;max-width:600px">`,
    `<p>${escapeHtml(fill(t.emailGreeting, values))}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    buttons ? `<p>${buttons}</p>` : '',
    `<p>${escapeHtml(t.emailOpenLink)}<br><a href="${escapeHtml(input.surveyUrl)}">${escapeHtml(input.surveyUrl)}</a></p>`,
    `<p style="color:#52606d;font-size:13px">${escapeHtml(fill(t.emailExpiry, values))}</p>`,
    `<p>${escapeHtml(input.signature)}</p>`,
    `</div>`,
  ].join('');
  return { subject, text, html };
}
