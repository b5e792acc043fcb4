const BASE64_RUN = /^[A-Za-z0-9+/]*/;

/**
 * Decodes UTF-7 (RFC 2152) text. mailparser deliberately refuses to decode UTF-7 (in HTML it can
 * smuggle `<script>` past filters); we only use this for header encoded-words and plain-text bodies,
 * which are shown escaped and whose HTML is sanitized after decoding anyway. Malformed shifts are
 * decoded as far as possible; this never throws.
 */
export function decodeUtf7(input: string): string {
  let output = '';
  let index = 0;
  while (index < input.length) {
    const char = input.charAt(index);
    if (char !== '+') {
      output += char;
      index += 1;
      continue;
    }
    const run = BASE64_RUN.exec(input.slice(index + 1))?.[0] ?? '';
    const after = index + 1 + run.length;
    if (run === '') {
      // "+-" is a literal plus; a lone "+" is kept as is.
      output += '+';
      index = input.charAt(after) === '-' ? after + 1 : after;
      continue;
    }
    const bytes = Buffer.from(run, 'base64');
    const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
    output += Buffer.from(even).swap16().toString('utf16le');
    index = input.charAt(after) === '-' ? after + 1 : after;
  }
  return output;
}

/** True for the names UTF-7 goes by in mail headers (`utf-7`, `UTF7`, `unicode-1-1-utf-7`, `x-unicode-2-0-utf-7`). */
export function isUtf7Charset(charset: string): boolean {
  return /^(?:x-)?(?:unicode-?[12]-?[01]-?)?utf-?7$/i.test(charset.trim());
}
