import type { DatasetSpec } from './dataset-spec';
import { SPANISH } from './lang-es';
import { hashSeed, mulberry32, pick, stableUuid } from './random';

export type Role = 'admin' | 'supervisor' | 'agent';

export interface TeamRef {
  id: string;
  name: string;
}

export interface AgentRef {
  id: string;
  name: string;
  firstName: string;
  email: string;
  role: Role;
  /** Indexes into the team list. */
  teams: number[];
}

export interface Staff {
  teams: TeamRef[];
  agents: AgentRef[];
  /** Agents (and the supervisor) who work each team's queue, by team index. */
  members: AgentRef[][];
}

/** Six teams and how many plain agents each has (42 agents + 6 supervisors + 2 admins = 50). */
const TEAM_PLAN = [
  ['Soporte N1', 12],
  ['Soporte N2', 8],
  ['Facturación', 7],
  ['Onboarding', 5],
  ['Chat y WhatsApp', 6],
  ['Calidad y Reclamos', 4],
] as const;

/** Index of a team in the plan (used by ticket routing). */
export const TEAM = {
  tier1: 0,
  tier2: 1,
  billing: 2,
  onboarding: 3,
  chat: 4,
  complaints: 5,
} as const;

/**
 * The workspace's people: 50 agents in 6 teams, with deterministic ids, names and emails
 * (`agente01@bench-1m.atiende.test` … — agent 01 is an admin).
 */
export function buildStaff(spec: DatasetSpec): Staff {
  const rng = mulberry32(hashSeed(spec.seed, 'staff'));
  const teams = TEAM_PLAN.map(([name]) => ({ id: stableUuid(spec.slug, 'team', name), name }));
  const agents: AgentRef[] = [];
  const add = (role: Role, teamIndexes: number[]) => {
    const n = agents.length + 1;
    const firstName = pick(rng, SPANISH.firstNames);
    const name = `${firstName} ${pick(rng, SPANISH.lastNames)}`;
    agents.push({
      id: stableUuid(spec.slug, 'agent', n),
      name,
      firstName,
      email: `agente${String(n).padStart(2, '0')}@${spec.slug}.atiende.test`,
      role,
      teams: teamIndexes,
    });
  };
  add('admin', []);
  add('admin', []);
  TEAM_PLAN.forEach((_plan, t) => {
    add('supervisor', [t]);
  });
  TEAM_PLAN.forEach(([, size], t) => {
    for (let i = 0; i < size; i++) {
      // A few tier-1 agents also cover chat, and a few tier-2 agents cover complaints.
      const extra =
        t === TEAM.tier1 && i < 3 ? [TEAM.chat] : t === TEAM.tier2 && i < 2 ? [TEAM.complaints] : [];
      add('agent', [t, ...extra]);
    }
  });
  const members = teams.map((_team, t) => agents.filter((a) => a.teams.includes(t)));
  if (members.some((m) => m.length === 0)) throw new Error('every team needs members');
  return { teams, agents, members };
}
