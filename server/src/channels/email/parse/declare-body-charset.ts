import { isValidUtf8, LEGACY_CHARSET, splitFields, splitHeaderBlock } from './header-block';

/**
 * Declares a charset for single-part text messages that carry 8-bit text without saying which
 * charset it is (pre-MIME mail, or a broken Content-Type line), and returns the input untouched
 * in every other case. mailparser reads undeclared bytes as UTF-8, which turns the "ö" of legacy
 * ISO-8859-1 mail into U+FFFD; when the body is not valid UTF-8 we declare windows-1252 (the
 * superset of ISO-8859-1 that mail clients assume) by adding the parameter to the Content-Type,
 * or adding `Content-Type: text/plain; charset=windows-1252` when there is none. Multipart
 * messages are left alone: their parts declare charsets themselves.
 */
export function declareLegacyBodyCharset(raw: Buffer): Buffer {
  const { header, body } = splitHeaderBlock(raw);
  if (!body.some((byte) => byte >= 0x80)) return raw;

  const fields = splitFields(header.toString('latin1'));
  const contentTypeIndex = fields.findIndex((field) => /^content-type\s*:/i.test(field));
  const contentType = contentTypeIndex === -1 ? null : unfold(fields[contentTypeIndex] ?? '');
  if (contentType !== null) {
    const value = contentType.slice(contentType.indexOf(':') + 1);
    const type = (value.split(';')[0] ?? '').trim().toLowerCase();
    if ((type !== '' && !type.startsWith('text/')) || /;\s*charset\s*=/i.test(value)) return raw;
  }
  const transferEncoding = fields
    .find((field) => /^content-transfer-encoding\s*:/i.test(field))
    ?.replace(/^[^:]*:/, '')
    .trim()
    .toLowerCase();
  if (transferEncoding !== undefined && !['7bit', '8bit', 'binary', ''].includes(transferEncoding))
    return raw;
  if (isValidUtf8(body)) return raw;

  const lineBreak = header.includes('\r\n') ? '\r\n' : '\n';
  const declared =
    contentType === null
      ? [...fields, `Content-Type: text/plain; charset=${LEGACY_CHARSET}${lineBreak}`]
      : fields.map((field, index) =>
          index === contentTypeIndex
            ? `${field.replace(/[\r\n]+$/, '').replace(/;?\s*$/, '')}; charset=${LEGACY_CHARSET}${lineBreak}`
            : field,
        );
  return Buffer.concat([Buffer.from(declared.join(''), 'latin1'), body]);
}

function unfold(field: string): string {
  return field.replace(/\r?\n[ \t]+/g, ' ').trim();
}
