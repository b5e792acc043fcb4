import type { Ability, Role } from '@atiende/contracts';
import { AppError } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';

const EVERYONE: Ability[] = [
  'tickets.read',
  'tickets.write',
  'tickets.manage',
  'contacts.write',
  'companies.write',
];

const BY_ROLE: Record<Role, Ability[]> = {
  admin: [
    ...EVERYONE,
    'agents.manage',
    'teams.manage',
    'api_tokens.manage',
    'ticket_config.manage',
    'views.share',
    'sla.manage',
    'surveys.manage',
  ],
  supervisor: [...EVERYONE, 'teams.manage', 'views.share', 'sla.manage'],
  agent: EVERYONE,
};

/** What a role may do; the same list is sent to the browser so it can hide what is not allowed. */
export function abilitiesFor(role: Role): Ability[] {
  return BY_ROLE[role];
}

/** Throws `forbidden` unless the caller's role grants the ability. */
export function authorize(ctx: AuthContext, ability: Ability): void {
  if (!BY_ROLE[ctx.role].includes(ability)) {
    throw new AppError('forbidden', `Your role (${ctx.role}) may not do this (${ability})`);
  }
}
