import type { SendMailOptions } from 'nodemailer';
import type { AttachmentStore } from '../../../lib/attachment-store';

export interface ComposeInput {
  from: { name: string; address: string };
  to: string[];
  cc: string[];
  replyTo: string;
  subject: string;
  /** Without angle brackets. */
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; storageKey: string }[];
  /** An automatic message (acknowledgement): marked so that robots do not answer it (RFC 3834). */
  automatic: boolean;
}

/** Longest References header we build: the thread root plus the most recent ids. */
const MAX_REFERENCES = 20;

const bracket = (id: string) => `<${id}>`;

/** The References list to send: the first (root) id and the latest ones, oldest first. */
export function trimReferences(ids: readonly string[]): string[] {
  if (ids.length <= MAX_REFERENCES) return [...ids];
  return [ids[0] ?? '', ...ids.slice(ids.length - (MAX_REFERENCES - 1))];
}

/**
 * The nodemailer message for one outbound email: our Message-ID, In-Reply-To/References of the
 * thread, Reply-To our reply address (replies thread back even if the subject changes), HTML with
 * a plain-text alternative, and the message's attachments streamed from the store.
 */
export function composeMail(input: ComposeInput, store: AttachmentStore): SendMailOptions {
  return {
    from: { name: input.from.name, address: input.from.address },
    to: input.to,
    ...(input.cc.length > 0 ? { cc: input.cc } : {}),
    replyTo: input.replyTo,
    subject: input.subject,
    messageId: bracket(input.messageId),
    ...(input.inReplyTo ? { inReplyTo: bracket(input.inReplyTo) } : {}),
    ...(input.references.length > 0 ? { references: trimReferences(input.references).map(bracket) } : {}),
    text: input.text,
    html: `<!doctype html><html><head><meta charset="utf-8"></head><body>${input.html}</body></html>`,
    attachments: input.attachments.map((file) => ({
      filename: file.filename,
      contentType: file.contentType,
      content: store.open(file.storageKey),
    })),
    headers: input.automatic ? { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' } : {},
  };
}
