import type { EnginePolicy, TicketFactsRow } from './load-sla-facts';

function listMatches<T>(list: readonly T[] | undefined, value: T | null): boolean {
  if (!list || list.length === 0) return true;
  return value !== null && list.includes(value);
}

/**
 * The policy that applies to a ticket: the first of `policies` (already active and ordered by
 * position) whose conditions all match. Every non-empty list must match: priorities, types,
 * channels, teams and companies exactly, tags by any overlap; empty lists match every ticket.
 */
export function matchPolicy(policies: readonly EnginePolicy[], ticket: TicketFactsRow): EnginePolicy | null {
  for (const policy of policies) {
    const c = policy.conditions;
    if (
      listMatches(c.priorities, ticket.priority) &&
      listMatches(c.types, ticket.type) &&
      listMatches<string>(c.channels, ticket.channel) &&
      listMatches(c.teamIds, ticket.teamId) &&
      listMatches(c.companyIds, ticket.companyId) &&
      (!c.tags || c.tags.length === 0 || c.tags.some((tag) => ticket.tags.includes(tag)))
    ) {
      return policy;
    }
  }
  return null;
}
