import type { Agent, Locale, Team, Workspace } from '@atiende/contracts';
import type { agents, teams, workspaces } from '../db/schema';

/** The only way an agent leaves the server; never includes the password hash. */
export function presentAgent(row: typeof agents.$inferSelect, teamIds: string[]): Agent {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    locale: row.locale as Locale,
    active: row.active,
    teamIds,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The only way a team leaves the server. */
export function presentTeam(row: typeof teams.$inferSelect, memberIds: string[]): Team {
  return { id: row.id, name: row.name, memberIds, createdAt: row.createdAt.toISOString() };
}

/** The only way a workspace leaves the server. */
export function presentWorkspace(row: typeof workspaces.$inferSelect): Workspace {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    defaultLocale: row.defaultLocale as Locale,
    timezone: row.timezone,
  };
}
