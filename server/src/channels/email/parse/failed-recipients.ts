const ADDRESS_SOURCE = String.raw`[a-z0-9._%+'=-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}`;
const ADDRESS = new RegExp(ADDRESS_SOURCE, 'gi');
/** An address, optionally in angle brackets, captured as group 1. */
const CAPTURED = String.raw`<?(${ADDRESS_SOURCE})>?`;

/** Phrases after which bounce texts list the failed addresses, one per line. */
const LIST_INTRO =
  /(?:following (?:address(?:\(es\)|es)?|recipients?(?:\(s\))?)(?: or groups)?|these recipients or groups|siguientes destinatarios|seguintes destinat[aá]rios|destinatarios?|destinat[aá]rios?)[^\n]*:[ \t]*$/gim;

/** Sentences that name the failed address inline. */
const INLINE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`wasn['’]?t delivered to\s+${CAPTURED}`, 'gi'),
  new RegExp(String.raw`your message to\s+${CAPTURED}\s+couldn['’]?t be delivered`, 'gi'),
  new RegExp(String.raw`delivery to the following recipients? failed[^\n]*\n+\s*${CAPTURED}`, 'gi'),
  new RegExp(String.raw`no se (?:ha )?(?:pudo|podido|puede|podr[aá]) entregar[^\n]*?\s${CAPTURED}`, 'gi'),
  new RegExp(
    String.raw`n[aã]o (?:foi poss[ií]vel|[eé] poss[ií]vel|p[oô]de ser) entreg[^\n]*?\s${CAPTURED}`,
    'gi',
  ),
];

/**
 * Finds the failed recipients a bounce names in its human-readable text, for bounces without a
 * usable message/delivery-status part. Understands Postfix/qmail (`<addr>: reason`), Exim ("The
 * following address(es) failed:" + indented list), Exchange ("Delivery has failed to these
 * recipients or groups:"), Gmail ("wasn't delivered to addr because") and Spanish/Portuguese
 * variants. Addresses in `exclude` (the bounce's own sender) and MAILER-DAEMON/postmaster are
 * skipped. Lowercased and deduped; inline sentences first, then Postfix lines, then lists.
 */
export function failedRecipientsFromText(text: string, exclude: readonly string[] = []): string[] {
  const normalized = text.replace(/\r\n/g, '\n');
  const found: string[] = [];

  for (const pattern of INLINE_PATTERNS) {
    for (const match of normalized.matchAll(pattern)) found.push(match[1] ?? '');
  }
  for (const match of normalized.matchAll(/^<([^<>\s]+@[^<>\s]+)>:/gm)) found.push(match[1] ?? '');
  for (const match of normalized.matchAll(LIST_INTRO)) {
    const after = normalized.slice(match.index + match[0].length).replace(/^\s*\n/, '');
    for (const line of after.split('\n')) {
      if (line.trim() === '') break;
      const address = line.match(ADDRESS)?.[0];
      if (address) found.push(address);
    }
  }
  return cleanAddresses(found, exclude);
}

/**
 * The recipients named in the To/Cc header lines of a returned message's headers (the
 * message/rfc822 or text/rfc822-headers part of a bounce): the last resort for bounces that name
 * the failed address nowhere else.
 */
export function recipientsFromReturnedHeaders(headers: string, exclude: readonly string[] = []): string[] {
  const headerBlock = headers.replace(/\r\n/g, '\n').split(/\n\n/)[0] ?? '';
  const unfolded = headerBlock.replace(/\n[ \t]+/g, ' ');
  const found: string[] = [];
  for (const line of unfolded.split('\n')) {
    if (!/^(?:to|cc)\s*:/i.test(line)) continue;
    found.push(...(line.slice(line.indexOf(':') + 1).match(ADDRESS) ?? []));
  }
  return cleanAddresses(found, exclude);
}

function cleanAddresses(candidates: readonly string[], exclude: readonly string[]): string[] {
  const excluded = new Set(exclude.map((address) => address.toLowerCase()));
  const result: string[] = [];
  for (const candidate of candidates) {
    const address = candidate
      .trim()
      .replace(/^mailto:/i, '')
      .replace(/[.,;:]+$/, '')
      .toLowerCase();
    const local = address.split('@')[0] ?? '';
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) continue;
    if (excluded.has(address) || /^(?:mailer-daemon|postmaster)$/.test(local)) continue;
    if (!result.includes(address)) result.push(address);
  }
  return result;
}
