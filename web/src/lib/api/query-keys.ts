import type { CompanyListParams, ContactListParams, TicketListParams } from './query-string';

/**
 * Every TanStack Query key in the app, in one place, so realtime invalidation and mutations hit
 * exactly the caches the screens read. Keys are hierarchical: invalidating a prefix such as
 * `ticketLists()` refreshes every inbox view, `ticket(id)` refreshes the ticket and its thread/history.
 */
export const queryKeys = {
  session: () => ['session'] as const,
  tickets: () => ['tickets'] as const,
  ticketLists: () => ['tickets', 'list'] as const,
  ticketList: (params: TicketListParams) => ['tickets', 'list', params] as const,
  ticketCounts: () => ['tickets', 'counts'] as const,
  /** Board data; under `tickets()` so every ticket change refreshes it. */
  board: (params: Record<string, unknown>) => ['tickets', 'board', params] as const,
  savedViews: () => ['saved-views'] as const,
  /** Per-view counts; under `tickets()` so every ticket change refreshes them. */
  savedViewCounts: () => ['tickets', 'view-counts'] as const,
  bulkOperation: (operationId: string) => ['bulk-operation', operationId] as const,
  ticketConfig: () => ['ticket-config'] as const,
  /** The dashboard; under `tickets()` so ticket changes refresh it. */
  dashboard: (days: number) => ['tickets', 'dashboard', days] as const,
  /** Every open ticket's own data (thread, history, SLA clocks…), e.g. after an SLA recompute. */
  ticketDetails: () => ['ticket'] as const,
  ticket: (ticketId: string) => ['ticket', ticketId] as const,
  ticketMessages: (ticketId: string) => ['ticket', ticketId, 'messages'] as const,
  ticketHistory: (ticketId: string) => ['ticket', ticketId, 'history'] as const,
  ticketLinks: (ticketId: string) => ['ticket', ticketId, 'links'] as const,
  ticketActivities: (ticketId: string) => ['ticket', ticketId, 'activities'] as const,
  ticketTimeInStage: (ticketId: string) => ['ticket', ticketId, 'time-in-stage'] as const,
  /** The ticket's SLA clocks; under `ticket(id)` so every event on the ticket refreshes them. */
  ticketSla: (ticketId: string) => ['ticket', ticketId, 'sla'] as const,
  /** The ticket's satisfaction survey; under `ticket(id)` so every event on the ticket refreshes it. */
  ticketSurvey: (ticketId: string) => ['ticket', ticketId, 'survey'] as const,
  contacts: () => ['contacts'] as const,
  contactList: (params: ContactListParams) => ['contacts', 'list', params] as const,
  contact: (contactId: string) => ['contact', contactId] as const,
  companies: () => ['companies'] as const,
  companyList: (params: CompanyListParams) => ['companies', 'list', params] as const,
  company: (companyId: string) => ['company', companyId] as const,
  /** SLA settings (calendars, policies, recompute runs); `sla.updated` refreshes the whole prefix. */
  sla: () => ['sla'] as const,
  slaCalendars: () => ['sla', 'calendars'] as const,
  slaPolicies: () => ['sla', 'policies'] as const,
  slaRecomputeRun: (runId: string) => ['sla', 'recompute-runs', runId] as const,
  /** Survey settings and reports; `survey.responded` refreshes the whole prefix. */
  surveys: () => ['surveys'] as const,
  surveySettings: () => ['surveys', 'settings'] as const,
  surveySummary: (params: object) => ['surveys', 'summary', params] as const,
  surveyResponses: (params: object) => ['surveys', 'responses', params] as const,
  agents: () => ['agents'] as const,
  teams: () => ['teams'] as const,
};
