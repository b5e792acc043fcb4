import type { ParsedEmail } from '../parse/parsed-email';

/** An address as a plain string or as the `{ address }` objects of a ParsedEmail. */
export type AddressLike = string | { readonly address: string };

const REPLY_ADDRESS = /^reply\+([a-z0-9][a-z0-9._=-]{0,127})@([^@\s]+)$/i;

/**
 * Finds our reply address among the recipients (To, Cc, Delivered-To, X-Original-To — pass them
 * all) and returns its token: `reply+<token>@<domain>` → `<token>`. When `domain` is given, only
 * addresses at exactly that domain count, so a `reply+x@` address of another system is ignored.
 * The token is returned lowercased because MTAs and parseEmail lowercase addresses: tokens must
 * be generated case-insensitive (e.g. lowercase hex or UUIDs). Returns the first match in the
 * order given, or null.
 */
export function extractReplyToken(addresses: readonly AddressLike[], domain?: string): string | null {
  const wantedDomain = domain?.trim().toLowerCase();
  for (const entry of addresses) {
    const address = (typeof entry === 'string' ? entry : entry.address).trim().replace(/^<|>$/g, '');
    const match = REPLY_ADDRESS.exec(address);
    const token = match?.[1];
    const addressDomain = match?.[2]?.toLowerCase();
    if (!token || !addressDomain) continue;
    if (wantedDomain !== undefined && wantedDomain !== '' && addressDomain !== wantedDomain) continue;
    return token.toLowerCase();
  }
  return null;
}

/** `[#1234]`, `[Atiende #1234]`, `[Soporte Acme #1234]`, `[ # 1234 ]` — a short label, a hash, digits. */
const TICKET_TOKEN = /\[\s*(?:[^\][#\n]{1,40}?\s*)?#\s*(\d{1,9})\s*\]/;
const TICKET_TOKEN_GLOBAL = new RegExp(TICKET_TOKEN.source, 'g');

/**
 * Reads the ticket number we put in outgoing subjects (`[#1234]`, also `[Atiende #1234]` or any
 * short bracketed label before the hash) wherever it sits, so `Re: Fwd: RV: … [#1234]` works.
 * Bare `#1234` without brackets is deliberately not read: customers write order numbers that
 * way. Returns the first token's number, or null.
 */
export function extractSubjectTicketNumber(subject: string): number | null {
  const digits = TICKET_TOKEN.exec(subject)?.[1];
  if (digits === undefined) return null;
  const number = Number(digits);
  return Number.isSafeInteger(number) && number > 0 ? number : null;
}

/**
 * Reply and forward prefixes of common clients: English (Re, Fw, Fwd), Spanish (RE, RV, Reenviar…),
 * Portuguese (Res, Enc, ENC), German (AW, WG), Nordic/Dutch (SV, VS, Antw), French (TR), with
 * counters (`Re[2]:`, `Re(3):`, `Re^2:`) and full-width colons.
 */
const PREFIX =
  /^\s*(?:re|fwd?|rv|reenv(?:iado|iar)?|res|enc|encaminhad[ao]|aw|wg|sv|vs|antw|tr|rif)\s*(?:\[\d+\]|\(\d+\)|\^\d+)?\s*[:：]\s*/i;

/**
 * The subject without reply/forward prefixes (stripped repeatedly, in any language mix:
 * `RE: Fwd: RV: x` → `x`) and without our `[#n]` ticket tokens, whitespace collapsed. Used to show
 * and compare subjects, never to thread on its own. Case is kept.
 */
export function normalizeSubject(subject: string): string {
  let result = subject.replace(TICKET_TOKEN_GLOBAL, ' ').replace(/\s+/g, ' ').trim();
  for (;;) {
    const stripped = result.replace(PREFIX, '');
    if (stripped === result) break;
    result = stripped.trim();
  }
  return result;
}

/**
 * Message-IDs to look up, most specific first: In-Reply-To (the message being answered), then
 * References newest first (the last entry is the parent, the first the thread root), deduped and
 * without the message's own id. The threading step takes the first one it knows.
 */
export function candidateMessageIds(
  parsed: Pick<ParsedEmail, 'inReplyTo' | 'references'> & Partial<Pick<ParsedEmail, 'messageId'>>,
): string[] {
  const ids: string[] = [];
  for (const id of [...parsed.inReplyTo, ...[...parsed.references].reverse()]) {
    if (id !== parsed.messageId && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
