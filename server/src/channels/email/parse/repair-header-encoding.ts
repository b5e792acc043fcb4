import { isValidUtf8, LEGACY_CHARSET, splitFields, splitHeaderBlock } from './header-block';
import { decodeUtf7, isUtf7Charset } from './utf7';

const ENCODED_WORD = /=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=/g;

/**
 * Rewrites the top-level header block of a raw message so mailparser decodes it correctly, and
 * returns the input untouched when there is nothing to repair (the common case). Repairs:
 *
 * - raw 8-bit bytes inside a Q encoded-word (`=?iso-8859-1?Q?Fr\xF6sche?=`, sent by old Eudora) are
 *   escaped to `=F6` so they decode with the word's declared charset;
 * - header fields with raw 8-bit bytes that are not valid UTF-8 (Outlook 2000 and many legacy
 *   systems send raw ISO-8859-1) are transcoded to UTF-8 from the charset of the top-level
 *   Content-Type, or windows-1252 — the superset of ISO-8859-1 mail clients assume;
 * - UTF-7 encoded-words, which mailparser refuses, are re-encoded as UTF-8 encoded-words.
 *
 * Without this, mailparser decodes such headers as UTF-8 and subjects and names come out with U+FFFD
 * replacement characters. Only the header block is touched; body bytes are kept exactly.
 */
export function repairHeaderEncoding(raw: Buffer): Buffer {
  const { header, body } = splitHeaderBlock(raw);
  if (!needsRepair(header)) return raw;

  const fields = splitFields(header.toString('latin1'));
  const charset = fallbackCharset(fields);
  const repaired = fields.map((field) => repairField(field, charset));
  return Buffer.concat([...repaired, body]);
}

function needsRepair(header: Buffer): boolean {
  if (header.some((byte) => byte >= 0x80)) return true;
  return /=\?[^?\s]*utf-?7\?/i.test(header.toString('latin1'));
}

function fallbackCharset(fields: readonly string[]): string {
  const contentType = fields.find((field) => /^content-type\s*:/i.test(field));
  const match = contentType ? /charset\s*=\s*"?([^";\s]+)/i.exec(contentType) : null;
  const declared = match?.[1]?.toLowerCase();
  if (declared && !/^(?:utf-?8|us-ascii|ascii)$/.test(declared) && isSupportedCharset(declared)) {
    return declared;
  }
  return LEGACY_CHARSET;
}

function isSupportedCharset(charset: string): boolean {
  try {
    new TextDecoder(charset);
    return true;
  } catch {
    return false;
  }
}

function repairField(field: string, charset: string): Buffer {
  const rewritten = field.replace(
    ENCODED_WORD,
    (word, wordCharset: string, encoding: string, text: string) => {
      if (isUtf7Charset(wordCharset)) {
        const decoded = decodeUtf7(decodeWordPayload(encoding, text));
        return `=?UTF-8?B?${Buffer.from(decoded, 'utf8').toString('base64')}?=`;
      }
      if (encoding.toUpperCase() === 'Q') {
        return word.replace(/[\x80-\xff]/g, (char) => `=${char.charCodeAt(0).toString(16).toUpperCase()}`);
      }
      return word;
    },
  );
  const bytes = Buffer.from(rewritten, 'latin1');
  if (!bytes.some((byte) => byte >= 0x80) || isValidUtf8(bytes)) return bytes;
  return Buffer.from(new TextDecoder(charset).decode(bytes), 'utf8');
}

function decodeWordPayload(encoding: string, text: string): string {
  if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('latin1');
  return text
    .replace(/_/g, ' ')
    .replace(/=([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
