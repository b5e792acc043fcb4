import type {
  BusinessCalendar,
  BusinessCalendarInput,
  ReorderSlaPoliciesResult,
  SlaPolicy,
  SlaPolicyInput,
  SlaRecomputeRun,
  TicketSla,
} from '@atiende/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api/client';
import type { ListResponse } from '../../lib/api/types';

/** What the client sends: the contracts' input shapes before server defaults. */
export type CalendarBody = z.input<typeof BusinessCalendarInput>;
export type PolicyBody = z.input<typeof SlaPolicyInput>;

/** `POST`/`PATCH /sla/calendars` answer: the saved calendar and the recompute it started, if any. */
export interface CalendarWriteResult {
  calendar: BusinessCalendar;
  recompute: SlaRecomputeRun | null;
}

/** `POST`/`PATCH /sla/policies` answer: the saved policy and the recompute it started. */
export interface PolicyWriteResult {
  policy: SlaPolicy;
  recompute: SlaRecomputeRun | null;
}

const id = (value: string) => encodeURIComponent(value);

/**
 * Typed wrappers for the SLA endpoints (one function per route), shared by the settings screen and
 * the ticket view. Writes need `sla.manage`; the server answers `{error:{code,message,issues}}`.
 */
export const slaApi = {
  listCalendars: async () => (await api.get<ListResponse<BusinessCalendar>>('/sla/calendars')).items,
  createCalendar: (body: CalendarBody) => api.post<CalendarWriteResult>('/sla/calendars', body),
  updateCalendar: (calendarId: string, body: Partial<CalendarBody>) =>
    api.patch<CalendarWriteResult>(`/sla/calendars/${id(calendarId)}`, body),
  deleteCalendar: (calendarId: string) =>
    api.request<undefined>('DELETE', `/sla/calendars/${id(calendarId)}`),

  listPolicies: async () => (await api.get<ListResponse<SlaPolicy>>('/sla/policies')).items,
  createPolicy: (body: PolicyBody) => api.post<PolicyWriteResult>('/sla/policies', body),
  updatePolicy: (policyId: string, body: Partial<PolicyBody>) =>
    api.patch<PolicyWriteResult>(`/sla/policies/${id(policyId)}`, body),
  deletePolicy: (policyId: string) => api.request<undefined>('DELETE', `/sla/policies/${id(policyId)}`),
  reorderPolicies: (ids: readonly string[]) =>
    api.post<ReorderSlaPoliciesResult>('/sla/policies/reorder', { ids }),

  recomputeRun: (runId: string) => api.get<SlaRecomputeRun>(`/sla/recompute-runs/${id(runId)}`),
  ticketSla: (ticketId: string) => api.get<TicketSla>(`/tickets/${id(ticketId)}/sla`),
};
