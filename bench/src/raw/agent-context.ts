import type { AuthContext } from '@atiende/server/src/lib/auth-context';
import type { AgentRef } from '../gen/staff';

/**
 * The AuthContext the server builds for a signed-in bench agent's session, so the server's own
 * read functions can render (and capture) exactly the statements that agent's requests run —
 * saved views, for example, depend on who asks.
 */
export function agentContext(workspaceId: string, agent: AgentRef): AuthContext {
  return {
    workspaceId,
    actor: { type: 'agent', id: agent.id, name: agent.name },
    role: agent.role,
    agentId: agent.id,
    via: 'session',
  };
}
