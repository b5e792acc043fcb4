/** Longest Message-ID we index; longer ones (never legitimate) are not stored as thread keys. */
export const MAX_STORED_MESSAGE_ID = 500;

/**
 * Text as PostgreSQL can store it: NUL characters (which mail bodies and headers sometimes carry)
 * are removed, as a `text` column refuses them.
 */
export function storableText(value: string): string {
  return value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
}

/** A Message-ID we can index, or null when it is too long to be one. */
export function storableMessageId(id: string): string | null {
  const clean = storableText(id);
  return clean !== '' && clean.length <= MAX_STORED_MESSAGE_ID ? clean : null;
}

/** A plausible mailbox address (`local@domain.tld`), lowercased, or null. */
export function plausibleAddress(value: string | null | undefined): string | null {
  const address = (value ?? '').trim().toLowerCase();
  return /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/.test(address) && address.length <= 254
    ? address
    : null;
}
