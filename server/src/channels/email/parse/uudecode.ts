/** A file recovered from a uuencoded block. */
export interface UuencodedFile {
  filename: string;
  content: Buffer;
}

const BEGIN_LINE = /^begin(?:-base64)? +[0-7]{3,4} +(.+?)[ \t]*$/;

/**
 * Decodes the first uuencoded block (`begin 644 name` … `end`) in `body`: the transfer encoding
 * Netscape and Eudora used for attachments (`Content-Transfer-Encoding: x-uuencode`), which
 * mailparser passes through undecoded. Returns null when the body holds no valid block, so the
 * caller can keep the bytes as they came.
 */
export function decodeUuencodedBody(body: string): UuencodedFile | null {
  const lines = body.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const block = readBlock(lines, index);
    if (block) return block.file;
  }
  return null;
}

/**
 * Finds uuencoded attachments pasted into a plain-text body (Outlook 2000's "uuencode" mode) and
 * returns the text without those blocks plus the decoded files. A block only counts when every line
 * between `begin` and `end` is a well-formed uuencoded line, so prose that happens to start with
 * "begin 644" is left alone.
 */
export function extractUuencodedFiles(text: string): { text: string; files: UuencodedFile[] } {
  const lines = text.split('\n');
  const kept: string[] = [];
  const files: UuencodedFile[] = [];
  let index = 0;
  while (index < lines.length) {
    const block = readBlock(lines, index);
    if (block) {
      files.push(block.file);
      index = block.next;
      continue;
    }
    kept.push(lines[index] ?? '');
    index += 1;
  }
  if (files.length === 0) return { text, files };
  return {
    text:
      kept
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd() + '\n',
    files,
  };
}

function readBlock(lines: readonly string[], start: number): { file: UuencodedFile; next: number } | null {
  const begin = BEGIN_LINE.exec((lines[start] ?? '').replace(/\r$/, ''));
  const filename = begin?.[1];
  if (!filename) return null;
  const chunks: Buffer[] = [];
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').replace(/\r$/, '');
    if (line.trimEnd() === 'end') {
      const content = Buffer.concat(chunks);
      return content.length > 0 ? { file: { filename, content }, next: index + 1 } : null;
    }
    const decoded = decodeLine(line);
    if (decoded === null) return null;
    chunks.push(decoded);
  }
  return null;
}

/** Decodes one uuencoded line; null when it is not one (wrong characters or too short for its length). */
function decodeLine(line: string): Buffer | null {
  if (line === '') return Buffer.alloc(0);
  if (!/^[\x20-\x60]+[ \t]*$/.test(line)) return null;
  const length = (line.charCodeAt(0) - 32) & 63;
  const data = line.slice(1);
  const needed = Math.ceil(length / 3) * 4;
  // The data must roughly match the declared length (some encoders omit or add a padding char).
  if (data.length < needed - 3 || data.length > needed + 4) return null;
  const padded = data.padEnd(needed, ' ');
  const bytes = Buffer.alloc(length);
  let written = 0;
  for (let offset = 0; offset < needed && written < length; offset += 4) {
    const [a, b, c, d] = [0, 1, 2, 3].map((n) => (padded.charCodeAt(offset + n) - 32) & 63) as [
      number,
      number,
      number,
      number,
    ];
    const triple = [(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d];
    for (const byte of triple) {
      if (written < length) bytes[written++] = byte & 0xff;
    }
  }
  return bytes;
}
