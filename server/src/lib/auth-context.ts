import type { Actor, Role } from '@atiende/contracts';

/** The authenticated caller of a request; every query takes its workspace from here. */
export interface AuthContext {
  workspaceId: string;
  actor: Actor;
  role: Role;
  /** The agent behind the request, when it is an agent's session (not an API token). */
  agentId: string | null;
  via: 'session' | 'token';
}

/** Who performs work started by the system itself (seed, jobs, migrations of data). */
export function systemContext(workspaceId: string): AuthContext {
  return {
    workspaceId,
    actor: { type: 'system', name: 'Atiende' },
    role: 'admin',
    agentId: null,
    via: 'token',
  };
}
