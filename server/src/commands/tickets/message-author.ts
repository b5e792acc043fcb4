import type { AuthContext } from '../../lib/auth-context';

export interface AuthorColumns {
  authorType: 'agent' | 'contact' | 'system';
  authorAgentId: string | null;
  authorContactId: string | null;
}

/** Maps the caller to the message author columns: an agent, a contact, or the system/integration. */
export function authorOf(ctx: AuthContext): AuthorColumns {
  if (ctx.actor.type === 'agent')
    return { authorType: 'agent', authorAgentId: ctx.actor.id, authorContactId: null };
  if (ctx.actor.type === 'contact')
    return { authorType: 'contact', authorAgentId: null, authorContactId: ctx.actor.id };
  return { authorType: 'system', authorAgentId: null, authorContactId: null };
}
