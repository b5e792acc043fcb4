/**
 * The shape every later step of the inbound email pipeline works on (classification, threading,
 * reply extraction, storage). It is plain data: no mailparser types leak out, so the database and
 * the UI never depend on the parser library, and tests can build values by hand.
 */

/** One mailbox. `address` is always lowercased; `name` is the decoded display name or ''. */
export interface EmailAddress {
  address: string;
  name: string;
}

/** A MIME leaf that is not part of the message body, decoded to its bytes. */
export interface ParsedAttachment {
  /** Never empty: the part's own name without any directory part, or a fallback like `attachment-1.pdf`. */
  filename: string;
  /** Lowercased MIME type, e.g. `image/png`, `message/rfc822`, `text/calendar`. */
  contentType: string;
  /** Decoded size in bytes (equals `content.length`). */
  size: number;
  content: Buffer;
  /** Content-ID without angle brackets, or null. */
  contentId: string | null;
  /** True when the HTML body shows this part itself through a `cid:` reference. */
  inline: boolean;
  /** The Content-Disposition the sender declared, lowercased, or null when absent. */
  disposition: string | null;
  /** Hex sha256 of `content`: used to dedupe stored blobs. */
  sha256: string;
}

/**
 * Top-level header values later steps need, each the first occurrence, unfolded and trimmed but
 * otherwise raw (no decoding), or null when the header is absent.
 */
export interface ParsedEmailHeaders {
  autoSubmitted: string | null;
  xAutoreply: string | null;
  xAutorespond: string | null;
  precedence: string | null;
  xAutoResponseSuppress: string | null;
  listId: string | null;
  listUnsubscribe: string | null;
  /** Kept raw so an empty `<>` (the null sender of bounces) stays visible. */
  returnPath: string | null;
  /** The top-level Content-Type, e.g. `multipart/report; report-type=delivery-status; boundary=...`. */
  contentType: string | null;
  xFailedRecipients: string | null;
  xLoop: string | null;
}

export interface ParsedEmail {
  /** Message-ID without angle brackets; synthetic (see `messageIdSynthetic`) when the header is missing. */
  messageId: string;
  /** True when `messageId` was derived from the sha256 of the raw bytes because the header was missing. */
  messageIdSynthetic: boolean;
  /** Every id of In-Reply-To, without angle brackets, in header order, deduped. */
  inReplyTo: string[];
  /** Every id of References, without angle brackets, oldest first as sent, deduped. */
  references: string[];
  /** Decoded subject, '' when missing. */
  subject: string;
  from: EmailAddress | null;
  replyTo: EmailAddress[];
  to: EmailAddress[];
  cc: EmailAddress[];
  /** Delivered-To and X-Original-To addresses (envelope recipients added by the receiving MTA). */
  deliveredTo: string[];
  /** The Date header, or null when missing or unreadable (never "now"). */
  date: Date | null;
  /** Plain text body; derived from the HTML when the message has no usable text part. */
  text: string;
  /** True when `text` was derived from `html`. */
  textFromHtml: boolean;
  /** Raw, unsanitized HTML body (cid: links kept), or null. Sanitize before showing it. */
  html: string | null;
  attachments: ParsedAttachment[];
  headers: ParsedEmailHeaders;
  /** multipart/report with report-type=delivery-status, or any message/delivery-status part. */
  isDeliveryStatusReport: boolean;
  /** The report-type of a top-level multipart/report (lowercased), or null. */
  reportType: string | null;
}
