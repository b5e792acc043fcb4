import { isFailedRecipient, parseDeliveryStatus } from './delivery-status';
import { failedRecipientsFromText, recipientsFromReturnedHeaders } from './failed-recipients';
import type { ParsedEmail } from './parsed-email';

interface ClassificationBase {
  /** Human-readable why, for logs and the "why was this not a ticket" UI. */
  reason: string;
  /** Mailing-list traffic (Precedence: list or a List-Id): still a real message, but worth marking. */
  isListMail: boolean;
}

export type EmailClassification =
  | (ClassificationBase & { kind: 'normal' })
  | (ClassificationBase & { kind: 'auto_reply' })
  | (ClassificationBase & {
      kind: 'bounce';
      /** Lowercased addresses that could not be delivered to; may be empty when the bounce names none. */
      failedRecipients: string[];
    });

export type EmailKind = EmailClassification['kind'];

const DELIVERY_STATUS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const RETURNED_MESSAGE_TYPES = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers']);
const BOUNCE_SENDER = /^(?:mailer-daemon|postmaster)$/i;

/** Subjects of non-delivery reports (English, Spanish, Portuguese; Postfix, Exim, Gmail, Exchange, qmail). */
const FAILURE_SUBJECT = new RegExp(
  [
    String.raw`undeliver(?:ed|able)`,
    String.raw`delivery status notification \((?:failure|error)\)`,
    String.raw`mail delivery (?:failed|failure|system)`,
    String.raw`delivery (?:has )?failed`,
    String.raw`delivery failure`,
    String.raw`returned mail`,
    String.raw`failure notice`,
    String.raw`non[- ]?delivery`,
    String.raw`message not delivered`,
    String.raw`no se (?:puede|pudo) entregar`,
    String.raw`mensaje no entregado`,
    String.raw`no entregado`,
    String.raw`error de entrega`,
    String.raw`n[aã]o (?:é possível|foi possível|pôde ser) entreg`,
    String.raw`mensagem n[aã]o entregue`,
    String.raw`falha (?:na|de) entrega`,
  ].join('|'),
  'i',
);

const DELAY_SUBJECT =
  /delivery status notification \(delay\)|delayed mail|message delayed|warning: could not send/i;

/**
 * Out-of-office and auto-reply subjects in Spanish, Portuguese and English (plus German and
 * French, common in the same inboxes). Anchored at the start and followed by a colon, dash,
 * parenthesis or the end, so a customer asking "Out of office hours support?" is not silenced.
 */
const AUTO_REPLY_SUBJECT = new RegExp(
  String.raw`^\s*(?:(?:re|aw|rv|res)\s*:\s*)?(?:` +
    [
      String.raw`automatic reply`,
      String.raw`auto[- ]?reply`,
      String.raw`auto[- ]?response`,
      String.raw`out of (?:the )?office(?: (?:reply|autoreply|notice))?`,
      String.raw`respuesta autom[aá]tica`,
      String.raw`fuera de (?:la )?oficina`,
      String.raw`resposta autom[aá]tica`,
      String.raw`aus[eê]ncia(?: tempor[aá]ria)?`,
      String.raw`ausente(?: de la oficina| do escrit[oó]rio)?`,
      String.raw`fora do escrit[oó]rio`,
      String.raw`abwesenheitsnotiz`,
      String.raw`r[eé]ponse automatique`,
      String.raw`absence`,
    ].join('|') +
    String.raw`)\s*(?:[:：\-–(]|$)`,
  'i',
);

/**
 * Decides whether an inbound message is a person writing (`normal`), a machine answering
 * (`auto_reply`: out-of-office, autoresponders, bulk mail, read receipts, delay notices) or a
 * non-delivery report (`bounce`, with the addresses that failed). The ingest step creates tickets
 * only for `normal` mail, never answers auto-replies (mail loops) and marks failed recipients of
 * bounces.
 *
 * Bounces are checked first because most also carry Auto-Submitted. A bounce is: a
 * delivery-status report with a failed recipient (or naming none); mail from MAILER-DAEMON or
 * postmaster; mail carrying X-Failed-Recipients; or a null Return-Path (`<>`) with a failure
 * subject. Delivery reports that only say "delayed"/"delivered" are auto-replies, not bounces.
 *
 * Auto-replies: Auto-Submitted other than `no`, X-Autoreply, X-Autorespond, Precedence
 * bulk/junk/auto_reply, X-Auto-Response-Suppress All/OOF, other multipart/report types (read
 * receipts, feedback reports), delay notices, and out-of-office subjects. Precedence: list alone
 * is normal mail with `isListMail`.
 */
export function classifyEmail(parsed: ParsedEmail): EmailClassification {
  const isListMail = /^\s*list\b/i.test(parsed.headers.precedence ?? '') || parsed.headers.listId !== null;
  const bounce = detectBounce(parsed);
  if (bounce !== null) {
    if (bounce.kind === 'delay') {
      return { kind: 'auto_reply', reason: bounce.reason, isListMail };
    }
    return { kind: 'bounce', reason: bounce.reason, isListMail, failedRecipients: failedRecipients(parsed) };
  }
  const autoReason = autoReplyReason(parsed);
  if (autoReason !== null) return { kind: 'auto_reply', reason: autoReason, isListMail };
  return {
    kind: 'normal',
    reason: isListMail ? 'mailing list message' : 'no automatic-mail markers',
    isListMail,
  };
}

function detectBounce(parsed: ParsedEmail): { kind: 'bounce' | 'delay'; reason: string } | null {
  const subject = parsed.subject;
  if (parsed.isDeliveryStatusReport) {
    const recipients = deliveryStatusRecipients(parsed);
    if (recipients.length > 0 && !recipients.some(isFailedRecipient)) {
      const actions = [...new Set(recipients.map((recipient) => recipient.action ?? 'unknown'))].join(', ');
      return { kind: 'delay', reason: `delivery status notification without failures (action: ${actions})` };
    }
    return { kind: 'bounce', reason: 'delivery status report' };
  }
  const fromLocal = parsed.from?.address.split('@')[0] ?? '';
  if (BOUNCE_SENDER.test(fromLocal)) {
    if (DELAY_SUBJECT.test(subject)) return { kind: 'delay', reason: `delay notice from ${fromLocal}` };
    return { kind: 'bounce', reason: `sent by ${fromLocal}` };
  }
  if (parsed.headers.xFailedRecipients !== null) {
    return { kind: 'bounce', reason: 'X-Failed-Recipients header' };
  }
  if (isNullReturnPath(parsed.headers.returnPath) && FAILURE_SUBJECT.test(subject)) {
    return { kind: 'bounce', reason: 'null Return-Path with a delivery failure subject' };
  }
  return null;
}

function autoReplyReason(parsed: ParsedEmail): string | null {
  const { headers } = parsed;
  if (parsed.reportType !== null) return `automatic report (${parsed.reportType})`;

  const autoSubmitted = headers.autoSubmitted?.split(';')[0]?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return `Auto-Submitted: ${autoSubmitted}`;
  if (headers.xAutoreply !== null && !/^\s*no\s*$/i.test(headers.xAutoreply)) return 'X-Autoreply header';
  if (headers.xAutorespond !== null && !/^\s*no\s*$/i.test(headers.xAutorespond))
    return 'X-Autorespond header';

  const precedence = headers.precedence?.trim().toLowerCase();
  if (precedence === 'bulk' || precedence === 'junk' || precedence === 'auto_reply') {
    return `Precedence: ${precedence}`;
  }
  if (headers.xAutoResponseSuppress !== null && /\b(?:all|oof)\b/i.test(headers.xAutoResponseSuppress)) {
    return `X-Auto-Response-Suppress: ${headers.xAutoResponseSuppress}`;
  }
  if (isNullReturnPath(headers.returnPath) && DELAY_SUBJECT.test(parsed.subject))
    return 'delivery delay notice';
  if (AUTO_REPLY_SUBJECT.test(parsed.subject)) return 'automatic reply subject';
  return null;
}

function isNullReturnPath(value: string | null): boolean {
  return value !== null && /^<\s*>$/.test(value.trim());
}

function deliveryStatusRecipients(parsed: ParsedEmail): ReturnType<typeof parseDeliveryStatus> {
  return parsed.attachments
    .filter((attachment) => DELIVERY_STATUS_TYPES.has(attachment.contentType))
    .flatMap((attachment) => parseDeliveryStatus(attachment.content.toString('utf8')));
}

/**
 * Failed addresses, from the most to the least reliable source: the delivery-status fields
 * (Original-Recipient, then Final-Recipient, of blocks with Action: failed), X-Failed-Recipients,
 * the bounce text, and finally the To/Cc of the returned message.
 */
function failedRecipients(parsed: ParsedEmail): string[] {
  const ownAddresses = [parsed.from?.address ?? '', ...parsed.to.map((address) => address.address)];
  const fromDsn = deliveryStatusRecipients(parsed)
    .filter(isFailedRecipient)
    .flatMap((recipient) => [recipient.originalRecipient, recipient.finalRecipient])
    .filter((address): address is string => address !== null);
  const fromHeader = (parsed.headers.xFailedRecipients ?? '')
    .split(/[\s,;]+/)
    .map((address) => address.replace(/^<|>$/g, '').toLowerCase())
    .filter((address) => address.includes('@'));
  const structured = dedupe([...fromDsn, ...fromHeader]);
  if (structured.length > 0) return structured;

  const fromText = failedRecipientsFromText(parsed.text, ownAddresses);
  if (fromText.length > 0) return fromText;

  const returned = parsed.attachments.find((attachment) =>
    RETURNED_MESSAGE_TYPES.has(attachment.contentType),
  );
  return returned ? recipientsFromReturnedHeaders(returned.content.toString('utf8'), ownAddresses) : [];
}

function dedupe(values: readonly string[]): string[] {
  return [...new Set(values)];
}
