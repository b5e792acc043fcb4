/** One per-recipient block of a message/delivery-status part (RFC 3464). */
export interface DeliveryStatusRecipient {
  /** Lowercased address of Final-Recipient, or null. */
  finalRecipient: string | null;
  /** Lowercased address of Original-Recipient, or null. */
  originalRecipient: string | null;
  /** Lowercased Action (`failed`, `delayed`, `delivered`, `relayed`, `expanded`), or null. */
  action: string | null;
  /** Status code such as `5.1.1`, or null. */
  status: string | null;
  diagnosticCode: string | null;
}

/**
 * Reads the per-recipient blocks of a delivery-status body. Tolerant of what real MTAs send: folded
 * fields, CRLF or LF, missing blank line between the per-message and per-recipient groups, and
 * address values with or without the `rfc822;` type. Blocks naming no recipient are skipped.
 */
export function parseDeliveryStatus(body: string): DeliveryStatusRecipient[] {
  const unfolded = body.replace(/\r\n/g, '\n').replace(/\n[ \t]+/g, ' ');
  const groups = unfolded.split(/\n\s*\n/);
  const recipients: DeliveryStatusRecipient[] = [];
  for (const group of groups) {
    const fields = new Map<string, string>();
    for (const line of group.split('\n')) {
      const match = /^([A-Za-z][A-Za-z0-9-]*)\s*:\s*(.*)$/.exec(line);
      if (!match) continue;
      const name = (match[1] ?? '').toLowerCase();
      if (!fields.has(name)) fields.set(name, (match[2] ?? '').trim());
    }
    const finalRecipient = addressOf(fields.get('final-recipient'));
    const originalRecipient = addressOf(fields.get('original-recipient'));
    if (!finalRecipient && !originalRecipient) continue;
    recipients.push({
      finalRecipient,
      originalRecipient,
      action: fields.get('action')?.toLowerCase() ?? null,
      status: fields.get('status') ?? null,
      diagnosticCode: fields.get('diagnostic-code') ?? null,
    });
  }
  return recipients;
}

/**
 * True when the block reports a permanent failure: `Action: failed`, or — for MTAs that omit
 * Action — a 5.x.x status.
 */
export function isFailedRecipient(recipient: DeliveryStatusRecipient): boolean {
  if (recipient.action !== null) return recipient.action === 'failed';
  return recipient.status?.startsWith('5') ?? false;
}

function addressOf(value: string | undefined): string | null {
  if (!value) return null;
  const semicolon = value.indexOf(';');
  const address = (semicolon === -1 ? value : value.slice(semicolon + 1))
    .trim()
    .replace(/^<|>$/g, '')
    .trim()
    .toLowerCase();
  return address.includes('@') ? address : null;
}
