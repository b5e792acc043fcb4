import type { TicketLink } from '@atiende/contracts';

/** The headings of the links panel, in display order. */
export const LINK_GROUPS = [
  'problem',
  'incidents',
  'related',
  'mergedInto',
  'mergedHere',
  'splitFrom',
  'splitHere',
  'followUpOf',
  'followUps',
] as const;
export type LinkGroup = (typeof LINK_GROUPS)[number];

/**
 * Which heading a link goes under, as seen from this ticket: an outgoing `incident` link means this
 * ticket is an incident of the other (its problem); incoming means the other is one of our incidents.
 * `merged_into`, `split_from` and `follow_up_of` point from the newer/absorbed ticket to the other.
 */
export function linkGroup(link: Pick<TicketLink, 'kind' | 'direction'>): LinkGroup {
  const outgoing = link.direction === 'outgoing';
  switch (link.kind) {
    case 'related':
      return 'related';
    case 'incident':
      return outgoing ? 'problem' : 'incidents';
    case 'merged_into':
      return outgoing ? 'mergedInto' : 'mergedHere';
    case 'split_from':
      return outgoing ? 'splitFrom' : 'splitHere';
    case 'follow_up_of':
      return outgoing ? 'followUpOf' : 'followUps';
  }
}

/** Links grouped under their headings, empty groups left out, in `LINK_GROUPS` order. */
export function groupLinks(links: readonly TicketLink[]): { group: LinkGroup; links: TicketLink[] }[] {
  return LINK_GROUPS.map((group) => ({
    group,
    links: links.filter((link) => linkGroup(link) === group),
  })).filter((entry) => entry.links.length > 0);
}

/** Only hand-made links (related, incident) can be removed; the others record what happened. */
export function isRemovable(link: Pick<TicketLink, 'kind'>): boolean {
  return link.kind === 'related' || link.kind === 'incident';
}
