import type {
  SurveyKind,
  SurveyResponse,
  SurveySettings,
  SurveySummary,
  TicketSurvey,
  UpdateSurveySettingsInput,
} from '@atiende/contracts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import { queryKeys } from '../../lib/api/query-keys';

/** The survey report's filters, as sent to the API (ids already resolved; `me` is never sent). */
export interface SurveyFilterParams {
  /** ISO start of the window (inclusive). */
  from: string;
  agentId?: string;
  teamId?: string;
}

/** The responses list's query: the report filters plus a kind and an "at most this score" cut. */
export interface SurveyResponseParams extends SurveyFilterParams {
  kind?: SurveyKind;
  maxScore?: number;
}

/** One page of survey answers, newest first. */
export interface SurveyResponsePage {
  items: SurveyResponse[];
  nextCursor: string | null;
}

/** How many answers one "load more" brings. */
export const RESPONSES_PAGE_SIZE = 25;

/** `params` as a query string, leaving out unset values. */
function toQuery(params: object): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  return query;
}

/** The REST calls of the surveys feature (`/api/surveys/*`, `/api/tickets/:id/survey`). */
export const surveysApi = {
  getSettings: () => api.get<SurveySettings>('/surveys/settings'),
  updateSettings: (input: UpdateSurveySettingsInput) => api.patch<SurveySettings>('/surveys/settings', input),
  getSummary: (params: SurveyFilterParams) =>
    api.get<SurveySummary>('/surveys/summary', { query: toQuery(params) }),
  listResponses: (params: SurveyResponseParams & { cursor?: string; limit: number }) =>
    api.get<SurveyResponsePage>('/surveys/responses', { query: toQuery(params) }),
  getTicketSurvey: (ticketId: string) =>
    api.get<TicketSurvey>(`/tickets/${encodeURIComponent(ticketId)}/survey`),
};

/** The workspace's survey settings (only requested when the agent may manage them). */
export function useSurveySettings(enabled = true) {
  return useQuery({ queryKey: queryKeys.surveySettings(), queryFn: surveysApi.getSettings, enabled });
}

/** Saves survey settings and puts the server's answer in the cache (no refetch needed). */
export function useUpdateSurveySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: surveysApi.updateSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(queryKeys.surveySettings(), settings);
    },
  });
}

/** CSAT / CES / NPS and response rate over the window; keeps the last numbers while refiltering. */
export function useSurveySummary(params: SurveyFilterParams) {
  return useQuery({
    queryKey: queryKeys.surveySummary(params),
    queryFn: () => surveysApi.getSummary(params),
    placeholderData: keepPreviousData,
  });
}

/** The survey answers matching `params`, newest first, a page at a time ("load more"). */
export function useSurveyResponses(params: SurveyResponseParams) {
  return useInfiniteQuery({
    queryKey: queryKeys.surveyResponses(params),
    queryFn: ({ pageParam }) =>
      surveysApi.listResponses({
        ...params,
        limit: RESPONSES_PAGE_SIZE,
        ...(pageParam === undefined ? {} : { cursor: pageParam }),
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

/** The ticket's survey invitation and answers. */
export function useTicketSurvey(ticketId: string) {
  return useQuery({
    queryKey: queryKeys.ticketSurvey(ticketId),
    queryFn: () => surveysApi.getTicketSurvey(ticketId),
  });
}
