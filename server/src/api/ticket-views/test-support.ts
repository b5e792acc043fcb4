import { randomUUID } from 'node:crypto';
import type { Role } from '@atiende/contracts';
import type { Db } from '../../db/database';
import { agents, customFields, ticketStatuses } from '../../db/schema';
import { hashPassword } from '../../lib/passwords';
import type { AuthContext } from '../../lib/auth-context';
import { TEST_PASSWORD, type TestAgent } from '../../test/factories';

let hash: Promise<string> | undefined;

/** One more agent with `role` in the workspace (the factory gives one admin and one agent). */
export async function addTestAgent(
  db: Db,
  workspaceId: string,
  role: Role,
  name: string,
): Promise<TestAgent> {
  hash ??= hashPassword(TEST_PASSWORD);
  const email = `${role}-${randomUUID()}@test.example`;
  const [row] = await db
    .insert(agents)
    .values({ workspaceId, name, email, role, passwordHash: await hash })
    .returning();
  if (!row) throw new Error('agent insert failed');
  const ctx: AuthContext = {
    workspaceId,
    actor: { type: 'agent', id: row.id, name },
    role,
    agentId: row.id,
    via: 'session',
  };
  return { id: row.id, email, password: TEST_PASSWORD, ctx };
}

/**
 * A custom field inserted directly (the admin API is another module): the tests only need one to
 * exist, with its kind, options and required-on-solve flag.
 */
export async function addCustomField(
  db: Db,
  workspaceId: string,
  field: {
    name: string;
    kind: 'text' | 'dropdown';
    options?: { value: string; label: string }[];
    requiredOnSolve?: boolean;
  },
): Promise<string> {
  const [row] = await db
    .insert(customFields)
    .values({
      workspaceId,
      name: field.name,
      kind: field.kind,
      options: field.options ?? [],
      requiredOnSolve: field.requiredOnSolve ?? false,
    })
    .returning({ id: customFields.id });
  if (!row) throw new Error('custom field insert failed');
  return row.id;
}

/** A custom status inside `category`, inserted directly. */
export async function addCustomStatus(
  db: Db,
  workspaceId: string,
  category: 'new' | 'open' | 'pending' | 'on_hold' | 'solved' | 'closed',
  name: string,
  position = 0,
): Promise<string> {
  const [row] = await db
    .insert(ticketStatuses)
    .values({ workspaceId, category, name, position })
    .returning({ id: ticketStatuses.id });
  if (!row) throw new Error('custom status insert failed');
  return row.id;
}

/** Error responses as the API sends them. */
export interface ErrorRes {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}
