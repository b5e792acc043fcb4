import { htmlToText, textToHtml } from '../../../lib/message-html';
import { extractVisibleReply } from '../parse/extract-reply';
import type { ParsedEmail } from '../parse/parsed-email';
import { sanitizeEmailHtml } from '../parse/sanitize-email-html';
import { storableText } from '../clean-text';

export interface InboundBody {
  /** The full text, quoted history included (search, and nothing is lost). */
  bodyText: string;
  /** Sanitized HTML safe to render: cid: images point at our attachments, remote images held back. */
  bodyHtml: string;
  visibleText: string;
  quotedText: string;
  blockedRemoteImages: number;
}

/**
 * The stored body of an inbound message. HTML goes through sanitizeEmailHtml (remote images kept
 * only as `data-remote-src` until an agent allows them); text-only mail is rendered as paragraphs.
 * The visible reply and quoted history come from extractVisibleReply on the full text.
 */
export function buildInboundBody(
  parsed: ParsedEmail,
  cidUrl: (contentId: string) => string | null,
): InboundBody {
  let text = storableText(parsed.text).trim();
  let html = '';
  let blockedRemoteImages = 0;
  if (parsed.html !== null) {
    const sanitized = sanitizeEmailHtml(storableText(parsed.html), { cidUrl, allowRemoteImages: false });
    html = sanitized.html.trim();
    blockedRemoteImages = sanitized.blockedRemoteImages;
  }
  if (text === '' && html !== '') text = htmlToText(html);
  if (html === '') html = textToHtml(text);
  const reply = extractVisibleReply(text);
  return {
    bodyText: text,
    bodyHtml: html,
    visibleText: reply.visibleText,
    quotedText: reply.quotedText,
    blockedRemoteImages,
  };
}
