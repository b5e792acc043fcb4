/** A header line as mailparser reports it: lowercased key and the full raw (possibly folded) line. */
export interface RawHeaderLine {
  key: string;
  line: string;
}

/**
 * Every value of header `name` (case-insensitive) in order, unfolded and trimmed, without decoding.
 * Raw values are what detection rules need: mailparser's parsed map merges List-* headers, keeps
 * only the first In-Reply-To id and turns `Return-Path: <>` into an empty address list.
 */
export function rawHeaderValues(lines: readonly RawHeaderLine[], name: string): string[] {
  const key = name.toLowerCase();
  return lines
    .filter((line) => line.key === key)
    .map((line) => {
      const colon = line.line.indexOf(':');
      const value = colon === -1 ? '' : line.line.slice(colon + 1);
      return value.replace(/\r?\n[ \t]+/g, ' ').trim();
    });
}

/** The first value of header `name`, unfolded and trimmed, or null when absent. See {@link rawHeaderValues}. */
export function firstRawHeader(lines: readonly RawHeaderLine[], name: string): string | null {
  return rawHeaderValues(lines, name)[0] ?? null;
}

/**
 * Reads one parameter (e.g. `charset`, `report-type`) of a structured header value such as
 * `multipart/report; report-type=delivery-status`. Case-insensitive name, quotes removed; null when
 * absent. Enough for the simple parameters we inspect; RFC 2231 continuations are not needed here.
 */
export function headerParam(value: string, param: string): string | null {
  const escaped = param.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const match = new RegExp(`;\\s*${escaped}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i').exec(value);
  if (!match) return null;
  const result = match[1] ?? match[2] ?? '';
  return result.trim();
}

/** The bare, lowercased media type of a Content-Type value (`Text/HTML; charset=x` → `text/html`). */
export function mediaType(value: string): string {
  return (value.split(';')[0] ?? '').trim().toLowerCase();
}
