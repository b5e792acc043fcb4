import { createHash } from 'node:crypto';
import { splitFields, splitHeaderBlock } from '../parse/header-block';
import { normalizeMessageId, parseMessageIdList } from '../parse/message-ids';
import { SYNTHETIC_MESSAGE_ID_DOMAIN } from '../parse/parse-email';
import { MAX_STORED_MESSAGE_ID, storableText } from '../clean-text';

/**
 * The deduplication key of a raw message, read without parsing it: its first Message-ID header,
 * normalized like parseEmail does, or — when missing, empty or absurdly long — a synthetic id from
 * the sha256 of the bytes (the same bytes delivered twice still dedupe). Cheap enough to run
 * before answering the SMTP client.
 */
export function rawMessageIdKey(raw: Buffer): string {
  const { header } = splitHeaderBlock(raw);
  for (const field of splitFields(header.toString('latin1'))) {
    const match = /^message-id[ \t]*:([\s\S]*)$/i.exec(field);
    if (!match) continue;
    const value = (match[1] ?? '').replace(/\r?\n[ \t]+/g, ' ').trim();
    const id = parseMessageIdList(value)[0] ?? normalizeMessageId(value);
    if (id !== null && id.length <= MAX_STORED_MESSAGE_ID) return storableText(id);
    break; // only the first Message-ID counts, as in parseEmail
  }
  return `${createHash('sha256').update(raw).digest('hex')}@${SYNTHETIC_MESSAGE_ID_DOMAIN}`;
}
