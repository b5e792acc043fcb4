/**
 * Splits a raw message at the blank line that ends its top-level header block. `header` keeps the
 * line break of its last field; `body` starts with the blank line. A message without a blank line
 * is all header.
 */
export function splitHeaderBlock(raw: Buffer): { header: Buffer; body: Buffer } {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const ends = [crlf === -1 ? -1 : crlf + 2, lf === -1 ? -1 : lf + 1].filter((end) => end >= 0);
  const end = ends.length > 0 ? Math.min(...ends) : raw.length;
  return { header: raw.subarray(0, end), body: raw.subarray(end) };
}

/** True when the bytes decode as UTF-8 without any invalid sequence. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The charset legacy mail without a declaration is assumed to be in: a superset of ISO-8859-1. */
export const LEGACY_CHARSET = 'windows-1252';

/**
 * Splits a header block, as a latin1 string (one char per byte), into its fields, each with its
 * folded continuation lines and line break, so that joining them gives the block back unchanged.
 */
export function splitFields(header: string): string[] {
  return header.split(/(?<=\n)(?=[^ \t])/);
}
