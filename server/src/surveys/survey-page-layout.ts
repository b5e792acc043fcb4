import { createHash } from 'node:crypto';
import type { Locale } from '@atiende/contracts';
import { escapeHtml } from './html';

/** The page's only stylesheet, inline; the CSP allows exactly this block (by hash) and nothing else. */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f4f6f8;color:#1f2933;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:640px;margin:0 auto;padding:24px 16px 48px}
.card{background:#fff;border:1px solid #d9dee4;border-radius:12px;padding:24px}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 4px}
.ticket{color:#52606d;margin:0 0 20px;overflow-wrap:anywhere}
fieldset{border:0;margin:0 0 24px;padding:0}
legend{font-weight:600;margin-bottom:8px;padding:0}
.options{display:flex;flex-wrap:wrap;gap:8px}
.option{display:flex;align-items:center;gap:6px;min-height:44px;padding:8px 12px;border:1px solid #c7cdd6;border-radius:8px;background:#fff;cursor:pointer}
.option:hover{border-color:#3b5bdb}
.option:focus-within{outline:3px solid #91a7ff;outline-offset:2px}
.option input{margin:0;width:18px;height:18px;accent-color:#3b5bdb}
.option:has(input:checked){border-color:#3b5bdb;background:#edf2ff}
.invalid .option{border-color:#c92a2a}
.scale{display:grid;grid-template-columns:repeat(auto-fill,minmax(56px,1fr));gap:6px}
.scale .option{position:relative;justify-content:center;padding:8px 4px}
.ends{display:flex;justify-content:space-between;gap:12px;color:#52606d;font-size:.9rem;margin:0 0 6px}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.error{color:#c92a2a;font-weight:600;margin:0 0 8px}
.summary{border:2px solid #c92a2a;border-radius:8px;padding:12px;margin:0 0 20px}
.summary a{color:#c92a2a}
.note{background:#edf2ff;border-radius:8px;padding:12px;margin:0 0 20px}
label.block{display:block;font-weight:600;margin-bottom:4px}
.hint{color:#52606d;font-size:.9rem;margin:0 0 8px}
textarea{width:100%;min-height:120px;padding:10px;border:1px solid #c7cdd6;border-radius:8px;font:inherit}
textarea:focus{outline:3px solid #91a7ff;outline-offset:1px}
button,.button{display:inline-block;min-height:44px;padding:10px 20px;border:0;border-radius:8px;background:#3b5bdb;color:#fff;font:inherit;font-weight:600;text-decoration:none;cursor:pointer}
button:focus,.button:focus{outline:3px solid #91a7ff;outline-offset:2px}
dl{margin:0 0 20px}
dt{font-weight:600}
dd{margin:0 0 12px;overflow-wrap:anywhere;white-space:pre-wrap}
`;

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/**
 * Headers of every survey page: a CSP that allows only the page's own inline stylesheet (no
 * scripts, images or frames; forms post back to us), no indexing, no caching (the page holds the
 * customer's answers), and no Referer (the URL carries the secret token).
 */
export const SURVEY_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
  'x-robots-tag': 'noindex, nofollow',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

/** A complete, mobile-friendly HTML document around already-escaped `body` markup. */
export function surveyDocument(locale: Locale, title: string, body: string): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(locale)}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body><main><div class="card">${body}</div></main></body>`,
    '</html>',
  ].join('');
}

/** A page with a heading and one paragraph (not found, expired). */
export function renderSurveyMessage(locale: Locale, title: string, message: string): string {
  return surveyDocument(locale, title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`);
}
