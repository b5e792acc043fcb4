import { SurveyKind } from '@atiende/contracts';
import dayjs from 'dayjs';
import timezonePlugin from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../lib/session-context';
import type { SurveyFilterParams, SurveyResponseParams } from './surveys-api';
import { UNHAPPY_MAX_SCORE } from './survey-scores';

dayjs.extend(utc);
dayjs.extend(timezonePlugin);

/** The periods the report offers, in days (today included). */
export const SURVEY_WINDOWS = ['7', '30', '90'] as const;
export type SurveyWindow = (typeof SURVEY_WINDOWS)[number];

/** The report's filters as kept in the URL (`?days=&agent=&team=&kind=&unhappy=1`). */
export interface SurveyFilters {
  days: SurveyWindow;
  /** An agent id, or `me`. */
  agent: string | null;
  team: string | null;
  kind: SurveyKind | null;
  /** Only answers at or below the kind's unhappy threshold (needs a kind). */
  unhappy: boolean;
}

const KEYS = { days: 'days', agent: 'agent', team: 'team', kind: 'kind', unhappy: 'unhappy' } as const;

/** Reads the filters from the query string, ignoring values the report does not know. */
export function readSurveyFilters(search: URLSearchParams): SurveyFilters {
  const days = SURVEY_WINDOWS.find((w) => w === search.get(KEYS.days)) ?? '30';
  const kind = SurveyKind.safeParse(search.get(KEYS.kind));
  return {
    days,
    agent: search.get(KEYS.agent) ?? null,
    team: search.get(KEYS.team) ?? null,
    kind: kind.success ? kind.data : null,
    unhappy: search.get(KEYS.unhappy) === '1',
  };
}

/**
 * The window's first instant: midnight `days − 1` days ago in the workspace's time zone, the same
 * window the dashboard uses (so both show the same numbers), and stable all day (cacheable).
 */
export function windowStart(days: SurveyWindow, timezone: string, now: Date = new Date()): string {
  return dayjs(now)
    .tz(timezone)
    .startOf('day')
    .subtract(Number(days) - 1, 'day')
    .toISOString();
}

/**
 * The API parameters for the filters: `me` becomes the signed-in agent's id; the "only unhappy"
 * cut becomes `maxScore` for the chosen kind (and is ignored without one).
 */
export function toApiParams(
  filters: SurveyFilters,
  session: { myAgentId: string; timezone: string },
  now: Date = new Date(),
): { summary: SurveyFilterParams; responses: SurveyResponseParams } {
  const { myAgentId, timezone } = session;
  const summary: SurveyFilterParams = { from: windowStart(filters.days, timezone, now) };
  if (filters.agent !== null) summary.agentId = filters.agent === 'me' ? myAgentId : filters.agent;
  if (filters.team !== null) summary.teamId = filters.team;
  const responses: SurveyResponseParams = { ...summary };
  if (filters.kind !== null) {
    responses.kind = filters.kind;
    if (filters.unhappy) responses.maxScore = UNHAPPY_MAX_SCORE[filters.kind];
  }
  return { summary, responses };
}

/** The report's filters from the URL, a setter that writes them back, and the API parameters. */
export function useSurveyFilters() {
  const [search, setSearch] = useSearchParams();
  const { agent, workspace } = useSession();
  const filters = useMemo(() => readSurveyFilters(search), [search]);
  const today = dayjs().tz(workspace.timezone).format('YYYY-MM-DD');
  const params = useMemo(
    () => toApiParams(filters, { myAgentId: agent.id, timezone: workspace.timezone }),
    // `today` re-derives the window when the date changes while the page stays open.
    [filters, agent.id, workspace.timezone, today],
  );
  const setFilters = useCallback(
    (patch: Partial<SurveyFilters>) => {
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          const merged = { ...readSurveyFilters(current), ...patch };
          const write = (key: string, value: string | null) => {
            if (value === null || value === '') next.delete(key);
            else next.set(key, value);
          };
          write(KEYS.days, merged.days === '30' ? null : merged.days);
          write(KEYS.agent, merged.agent);
          write(KEYS.team, merged.team);
          write(KEYS.kind, merged.kind);
          write(KEYS.unhappy, merged.unhappy && merged.kind !== null ? '1' : null);
          return next;
        },
        { replace: true },
      );
    },
    [setSearch],
  );
  return { filters, setFilters, params };
}
