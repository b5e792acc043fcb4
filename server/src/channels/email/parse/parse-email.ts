import { createHash } from 'node:crypto';
import { simpleParser } from 'mailparser';
import type { AddressObject, Attachment, EmailAddress as MailparserAddress, ParsedMail } from 'mailparser';
import { attachmentFilename, contentTypeForFilename } from './attachment-filename';
import { declareLegacyBodyCharset } from './declare-body-charset';
import { EmailParseError } from './email-parse-error';
import { htmlToText } from './html-to-text';
import { normalizeMessageId, parseMessageIdList } from './message-ids';
import type { EmailAddress, ParsedAttachment, ParsedEmail, ParsedEmailHeaders } from './parsed-email';
import { firstRawHeader, headerParam, mediaType, rawHeaderValues } from './raw-headers';
import type { RawHeaderLine } from './raw-headers';
import { repairHeaderEncoding } from './repair-header-encoding';
import { decodeUtf7, isUtf7Charset } from './utf7';
import { decodeUuencodedBody, extractUuencodedFiles } from './uudecode';

export type { EmailAddress, ParsedAttachment, ParsedEmail, ParsedEmailHeaders } from './parsed-email';
export { EmailParseError } from './email-parse-error';

/** Domain of the Message-IDs we make up for messages that arrive without one. */
export const SYNTHETIC_MESSAGE_ID_DOMAIN = 'synthetic.atiende.invalid';

const DELIVERY_STATUS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const UUENCODE_TRANSFER_ENCODINGS = new Set(['x-uuencode', 'uuencode', 'x-uue', 'uue']);

/**
 * Parses one raw RFC 5322 message into a {@link ParsedEmail}, with mailparser doing the MIME work.
 *
 * Contract:
 * - Never throws for input mailparser can read at all, however malformed: missing or broken headers
 *   become null/''/[] values, a missing Message-ID becomes a deterministic synthetic id (sha256 of
 *   the raw bytes, so re-ingesting the same bytes dedupes), an unreadable Date becomes null.
 * - Throws {@link EmailParseError} only for input that is not a message: empty, with neither a
 *   header field nor a readable body, or beyond mailparser's structural limits (too many parts,
 *   oversized headers). The caller keeps such raw bytes and marks them failed.
 * - Nothing is lost: every MIME leaf that is not body text is an attachment, including
 *   message/rfc822 (forwards, kept whole rather than merged into the body), text/calendar,
 *   message/delivery-status and signatures; uuencoded files are decoded into attachments too.
 * - Headers in any charset are decoded, including raw 8-bit and UTF-7 ones mailparser gets wrong
 *   (see repairHeaderEncoding); HTML-only mail gets a text version derived from the HTML.
 */
export async function parseEmail(raw: Buffer): Promise<ParsedEmail> {
  if (!Buffer.isBuffer(raw)) {
    throw new EmailParseError('unreadable', 'Raw email must be a Buffer');
  }
  if (!raw.some((byte) => byte > 0x20)) {
    throw new EmailParseError('empty', `Raw email is empty (${raw.length} bytes of whitespace)`);
  }

  let mail: ParsedMail;
  try {
    mail = await simpleParser(declareLegacyBodyCharset(repairHeaderEncoding(raw)), {
      keepCidLinks: true,
      keepDeliveryStatus: true,
      ignoreEmbedded: true,
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      checksumAlgo: false,
    });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code === 'EMAXLEN' ? 'limits_exceeded' : 'unreadable';
    const reason = error instanceof Error ? error.message : String(error);
    throw new EmailParseError(code, `Email could not be parsed: ${reason}`, { cause: error });
  }

  const lines: readonly RawHeaderLine[] = mail.headerLines;
  const hasBody =
    (mail.text ?? '').trim() !== '' || typeof mail.html === 'string' || mail.attachments.length > 0;
  if (!lines.some((line) => line.key !== '') && !hasBody) {
    throw new EmailParseError(
      'unreadable',
      'Input has neither header fields nor a body mailparser could read',
    );
  }

  const headers = readHeaders(lines);
  const contentType = headers.contentType ?? '';
  const html = typeof mail.html === 'string' && mail.html.trim() !== '' ? mail.html : null;

  let text = mail.text ?? '';
  if (mediaType(contentType) === 'text/plain' && isUtf7Charset(headerParam(contentType, 'charset') ?? '')) {
    text = decodeUtf7(text);
  }
  const uuencoded = extractUuencodedFiles(text);
  text = uuencoded.text;

  let textFromHtml = false;
  if (text.trim() === '' && html !== null) {
    const derived = await htmlToText(html);
    if (derived !== '') {
      text = derived;
      textFromHtml = true;
    }
  }

  const cidReferences = html === null ? new Set<string>() : referencedContentIds(html);
  const attachments = [
    ...mail.attachments.map((attachment) => fromMimeAttachment(attachment)),
    ...uuencoded.files.map((file) => ({
      filename: file.filename,
      contentType: contentTypeForFilename(file.filename),
      content: file.content,
      contentId: null,
      disposition: null,
    })),
  ].map((attachment, index): ParsedAttachment => {
    const filename = attachmentFilename(attachment.filename, attachment.contentType, index + 1);
    const inline = attachment.contentId !== null && cidReferences.has(attachment.contentId.toLowerCase());
    return {
      ...attachment,
      filename,
      size: attachment.content.length,
      inline,
      sha256: sha256(attachment.content),
    };
  });

  const reportType =
    mediaType(contentType) === 'multipart/report'
      ? (headerParam(contentType, 'report-type')?.toLowerCase() ?? null)
      : null;
  const messageIdHeader = firstRawHeader(lines, 'message-id');
  const messageId = messageIdHeader === null ? null : readMessageId(messageIdHeader);

  return {
    messageId: messageId ?? `${sha256(raw)}@${SYNTHETIC_MESSAGE_ID_DOMAIN}`,
    messageIdSynthetic: messageId === null,
    inReplyTo: idList(lines, 'in-reply-to'),
    references: idList(lines, 'references'),
    subject: (mail.subject ?? '').replace(/[\r\n]+/g, ' ').trim(),
    from: addressList(mail.from)[0] ?? null,
    replyTo: addressList(mail.replyTo),
    to: addressList(mail.to),
    cc: addressList(mail.cc),
    deliveredTo: envelopeRecipients(lines),
    date: readDate(firstRawHeader(lines, 'date')),
    text,
    textFromHtml,
    html,
    attachments,
    headers,
    isDeliveryStatusReport:
      reportType === 'delivery-status' ||
      attachments.some((attachment) => DELIVERY_STATUS_TYPES.has(attachment.contentType)),
    reportType,
  };
}

function readHeaders(lines: readonly RawHeaderLine[]): ParsedEmailHeaders {
  return {
    autoSubmitted: firstRawHeader(lines, 'auto-submitted'),
    xAutoreply: firstRawHeader(lines, 'x-autoreply'),
    xAutorespond: firstRawHeader(lines, 'x-autorespond'),
    precedence: firstRawHeader(lines, 'precedence'),
    xAutoResponseSuppress: firstRawHeader(lines, 'x-auto-response-suppress'),
    listId: firstRawHeader(lines, 'list-id'),
    listUnsubscribe: firstRawHeader(lines, 'list-unsubscribe'),
    returnPath: firstRawHeader(lines, 'return-path'),
    contentType: firstRawHeader(lines, 'content-type'),
    xFailedRecipients: firstRawHeader(lines, 'x-failed-recipients'),
    xLoop: firstRawHeader(lines, 'x-loop'),
  };
}

function readMessageId(value: string): string | null {
  return parseMessageIdList(value)[0] ?? normalizeMessageId(value);
}

function idList(lines: readonly RawHeaderLine[], name: string): string[] {
  const ids: string[] = [];
  for (const id of rawHeaderValues(lines, name).flatMap(parseMessageIdList)) {
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function readDate(value: string | null): Date | null {
  if (value === null) return null;
  const date = new Date(value.replace(/\s*\([^()]*\)\s*$/, ''));
  return Number.isNaN(date.getTime()) ? null : date;
}

function addressList(value: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  const objects = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const flat = (entries: readonly MailparserAddress[]): MailparserAddress[] =>
    entries.flatMap((entry) => (entry.group ? flat(entry.group) : [entry]));
  const result: EmailAddress[] = [];
  for (const entry of flat(objects.flatMap((object) => object.value))) {
    const address = (entry.address ?? '').trim().toLowerCase();
    if (address === '' || result.some((existing) => existing.address === address)) continue;
    result.push({ address, name: entry.name.trim() });
  }
  return result;
}

function envelopeRecipients(lines: readonly RawHeaderLine[]): string[] {
  const values = [...rawHeaderValues(lines, 'delivered-to'), ...rawHeaderValues(lines, 'x-original-to')];
  const result: string[] = [];
  for (const value of values) {
    for (const match of value.matchAll(/[^\s<>,;"]+@[^\s<>,;"]+/g)) {
      const address = match[0].toLowerCase();
      if (!result.includes(address)) result.push(address);
    }
  }
  return result;
}

interface AttachmentDraft {
  filename: string | undefined;
  contentType: string;
  content: Buffer;
  contentId: string | null;
  disposition: string | null;
}

function fromMimeAttachment(attachment: Attachment): AttachmentDraft {
  const transferEncoding = attachment.headers.get('content-transfer-encoding');
  let content = attachment.content;
  let filename = attachment.filename;
  if (
    typeof transferEncoding === 'string' &&
    UUENCODE_TRANSFER_ENCODINGS.has(transferEncoding.toLowerCase())
  ) {
    const decoded = decodeUuencodedBody(content.toString('latin1'));
    if (decoded) {
      content = decoded.content;
      filename = filename ?? decoded.filename;
    }
  }
  const contentId = attachment.cid ? normalizeMessageId(attachment.cid) : null;
  return {
    filename,
    contentType: attachment.contentType.toLowerCase(),
    content,
    contentId,
    disposition: attachment.contentDisposition?.toLowerCase() ?? null,
  };
}

/** Lowercased Content-IDs the HTML shows through `cid:` URLs. */
function referencedContentIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of html.matchAll(/cid:([^"'\s)>]+)/gi)) {
    const value = match[1] ?? '';
    let decoded = value;
    try {
      decoded = decodeURIComponent(value);
    } catch {
      // keep the raw value when it is not valid percent-encoding
    }
    const id = normalizeMessageId(decoded);
    if (id !== null) ids.add(id.toLowerCase());
  }
  return ids;
}

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
