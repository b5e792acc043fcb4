import type { Agent, Team } from '@atiende/contracts';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { endpoints } from '../../lib/api/endpoints';
import { queryKeys } from '../../lib/api/query-keys';

/** Agents and teams change rarely; realtime `agent.*`/`team.*` events refresh them anyway. */
const DIRECTORY_STALE_MS = 5 * 60_000;

/** All agents of the workspace (assignee pickers and filters). */
export function useAgents() {
  return useQuery({
    queryKey: queryKeys.agents(),
    queryFn: async (): Promise<Agent[]> => (await endpoints.listAgents()).items,
    staleTime: DIRECTORY_STALE_MS,
  });
}

/** All teams of the workspace (team pickers and filters). */
export function useTeams() {
  return useQuery({
    queryKey: queryKeys.teams(),
    queryFn: async (): Promise<Team[]> => (await endpoints.listTeams()).items,
    staleTime: DIRECTORY_STALE_MS,
  });
}

/**
 * The assignee and team choices every ticket filter offers (inbox, board): me, unassigned and each
 * agent; no team and each team. Values are what the ticket filters accept (`me`, `none`, ids).
 */
export function useAssigneeAndTeamOptions() {
  const { t } = useTranslation();
  const agents = useAgents().data ?? [];
  const teams = useTeams().data ?? [];
  return {
    assigneeOptions: [
      { value: 'me', label: t('inbox.filters.me') },
      { value: 'none', label: t('inbox.filters.unassigned') },
      ...agents.map((agent) => ({ value: agent.id, label: agent.name })),
    ],
    teamOptions: [
      { value: 'none', label: t('inbox.filters.noTeam') },
      ...teams.map((team) => ({ value: team.id, label: team.name })),
    ],
  };
}
