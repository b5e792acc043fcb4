import { z } from 'zod';
import { Role } from './abilities';
import { Id, Locale, Timestamp } from './common';

export const Agent = z.object({
  id: Id,
  name: z.string(),
  email: z.email(),
  role: Role,
  locale: Locale,
  active: z.boolean(),
  teamIds: z.array(Id),
  createdAt: Timestamp,
});
export type Agent = z.infer<typeof Agent>;

export const CreateAgentInput = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.email().max(254),
  password: z.string().min(10).max(200),
  role: Role.default('agent'),
  locale: Locale.default('es'),
  teamIds: z.array(Id).max(50).default([]),
});
export type CreateAgentInput = z.infer<typeof CreateAgentInput>;

export const UpdateAgentInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    role: Role,
    locale: Locale,
    active: z.boolean(),
    teamIds: z.array(Id).max(50),
  })
  .partial();
export type UpdateAgentInput = z.infer<typeof UpdateAgentInput>;

export const Team = z.object({
  id: Id,
  name: z.string(),
  memberIds: z.array(Id),
  createdAt: Timestamp,
});
export type Team = z.infer<typeof Team>;

export const CreateTeamInput = z.object({
  name: z.string().trim().min(1).max(120),
  memberIds: z.array(Id).max(500).default([]),
});
export type CreateTeamInput = z.infer<typeof CreateTeamInput>;
