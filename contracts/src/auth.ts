import { z } from 'zod';
import { Ability, Role } from './abilities';
import { Id, Locale, Timestamp } from './common';
import { Agent } from './agent';

export const LoginInput = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const Workspace = z.object({
  id: Id,
  name: z.string(),
  slug: z.string(),
  defaultLocale: Locale,
  timezone: z.string(),
});
export type Workspace = z.infer<typeof Workspace>;

/** What the signed-in agent's app needs to boot: who, where, what they may do, and the CSRF token. */
export const Session = z.object({
  agent: Agent,
  workspace: Workspace,
  abilities: z.array(Ability),
  csrfToken: z.string(),
});
export type Session = z.infer<typeof Session>;

/** Header that carries the CSRF token on cookie-authenticated writes. */
export const CSRF_HEADER = 'x-csrf-token';
/** Name of the HTTP-only session cookie. */
export const SESSION_COOKIE = 'atiende_session';

export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string(),
  role: Role,
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const CreateApiTokenInput = z.object({
  name: z.string().trim().min(1).max(120),
  role: Role.default('agent'),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInput>;

/** Returned once at creation: the only time the secret is visible. */
export const CreatedApiToken = ApiToken.extend({ token: z.string() });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;
