import type { FieldChange, TicketLinkKind } from '@atiende/contracts';

interface LinkEnd {
  id: string;
  number: number;
  subject: string;
}

/**
 * The history entry of a link as seen from one ticket (display-ready, like every change): what
 * kind, which way, and the other ticket. `added` false describes a removed link.
 */
export function linkChange(
  kind: TicketLinkKind,
  direction: 'outgoing' | 'incoming',
  other: LinkEnd,
  added = true,
): FieldChange {
  const value = { kind, direction, ticket: { id: other.id, number: other.number, subject: other.subject } };
  return { field: 'link', from: added ? null : value, to: added ? value : null };
}
