/**
 * A deliberately small, independent MIME walker used by the tests to check that parseEmail loses no
 * part: it knows nothing of mailparser and only splits on boundaries. Embedded messages
 * (message/rfc822) are leaves, as parseEmail keeps them whole.
 */
export interface MimeLeaf {
  contentType: string;
  disposition: string | null;
  filename: string | null;
  transferEncoding: string | null;
  /** The undecoded body as latin1 text (one char per byte). */
  rawBody: string;
}

/** Leaves of the MIME tree of a raw message, in document order. */
export function mimeLeaves(raw: Buffer): MimeLeaf[] {
  return walk(raw.toString('latin1'), 'text/plain');
}

/** True when parseEmail should render this leaf as body text rather than keep it as an attachment. */
export function isBodyLeaf(leaf: MimeLeaf): boolean {
  return (
    (leaf.contentType === 'text/plain' || leaf.contentType === 'text/html') &&
    (leaf.disposition === null || leaf.disposition === 'inline')
  );
}

/** Decodes a base64 leaf; null for other transfer encodings. */
export function decodeBase64Leaf(leaf: MimeLeaf): Buffer | null {
  if (leaf.transferEncoding !== 'base64') return null;
  return Buffer.from(leaf.rawBody.replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
}

/** Number of uuencoded blocks (`begin 644 name` … `end`) pasted into a leaf's body. */
export function countUuencodedBlocks(leaf: MimeLeaf): number {
  return [...leaf.rawBody.matchAll(/^begin [0-7]{3,4} \S[^\r\n]*\r?\n(?:[^\r\n]*\r?\n)*?end\r?$/gm)].length;
}

function walk(entity: string, defaultType: string): MimeLeaf[] {
  const separator = /\r?\n\r?\n/.exec(entity);
  const headerText = separator ? entity.slice(0, separator.index) : entity;
  const body = separator ? entity.slice(separator.index + separator[0].length) : '';
  const headers = parseHeaders(headerText);

  const contentTypeHeader = headers.get('content-type') ?? '';
  const contentType = (contentTypeHeader.split(';')[0] ?? '').trim().toLowerCase() || defaultType;
  const boundary = param(contentTypeHeader, 'boundary');

  if (contentType.startsWith('multipart/') && boundary) {
    const childDefault = contentType === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
    return splitParts(body, boundary).flatMap((part) => walk(part, childDefault));
  }
  const dispositionHeader = headers.get('content-disposition');
  return [
    {
      contentType,
      disposition: dispositionHeader ? (dispositionHeader.split(';')[0] ?? '').trim().toLowerCase() : null,
      filename:
        (dispositionHeader && param(dispositionHeader, 'filename')) ?? param(contentTypeHeader, 'name'),
      transferEncoding: headers.get('content-transfer-encoding')?.trim().toLowerCase() ?? null,
      rawBody: body,
    },
  ];
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const field of text.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = field.indexOf(':');
    if (colon <= 0) continue;
    const name = field.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, field.slice(colon + 1).trim());
  }
  return headers;
}

function param(value: string, name: string): string | null {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function splitParts(body: string, boundary: string): string[] {
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of body.split(/\r?\n/)) {
    if (line.startsWith(`--${boundary}`)) {
      const rest = line.slice(boundary.length + 2);
      if (rest.trim() === '') {
        if (current) parts.push(current.join('\r\n'));
        current = [];
        continue;
      }
      if (rest.startsWith('--')) {
        if (current) parts.push(current.join('\r\n'));
        current = null;
        break;
      }
    }
    current?.push(line);
  }
  if (current) parts.push(current.join('\r\n'));
  return parts;
}
