import { simpleParser } from 'mailparser';

/**
 * Converts an HTML body to readable plain text with the same converter mailparser applies to
 * HTML-only messages (tables, lists and links laid out as text), by parsing a one-part text/html
 * message. Going through mailparser's public API keeps us on one declared dependency instead of
 * importing its internals. Returns '' when the HTML cannot be converted (too large or too deeply
 * nested); never throws.
 */
export async function htmlToText(html: string): Promise<string> {
  const message = Buffer.concat([
    Buffer.from('Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
    Buffer.from(html, 'utf8'),
  ]);
  try {
    const parsed = await simpleParser(message, { skipTextToHtml: true, skipImageLinks: true });
    return (parsed.text ?? '').trim();
  } catch {
    return '';
  }
}
