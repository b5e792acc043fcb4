/**
 * Normalizes one Message-ID: trims it, drops the angle brackets and any folding whitespace inside.
 * Ids are compared as stored, so every producer and consumer of ids must go through this one
 * function. Returns null when nothing is left.
 */
export function normalizeMessageId(value: string): string | null {
  const id = value.trim().replace(/^<+/, '').replace(/>+$/, '').replace(/\s+/g, '');
  return id === '' ? null : id;
}

/**
 * Reads every Message-ID out of an In-Reply-To or References header value, in order, normalized and
 * deduped. Accepts the RFC 5322 form (`<a@b> <c@d>`), comma-separated lists, comments and phrases
 * some clients add (`<a@b> (John's message)`), and bare ids without brackets (`a@b`).
 */
export function parseMessageIdList(value: string): string[] {
  const bracketed = [...value.matchAll(/<([^<>]*)>/g)].map((match) => match[1] ?? '');
  const candidates =
    bracketed.length > 0
      ? bracketed
      : value
          .replace(/\([^()]*\)/g, ' ')
          .split(/[\s,]+/)
          .filter((token) => token.includes('@'));
  const ids: string[] = [];
  for (const candidate of candidates) {
    const id = normalizeMessageId(candidate);
    if (id !== null && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
