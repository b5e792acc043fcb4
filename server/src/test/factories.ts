import { randomUUID } from 'node:crypto';
import type { CreateTicketInput, Role, Ticket } from '@atiende/contracts';
import type { Db } from '../db/database';
import { agents, teamMembers, teams, workspaces } from '../db/schema';
import type { AuthContext } from '../lib/auth-context';
import { hashPassword } from '../lib/passwords';
import { createTicket } from '../commands/tickets/create-ticket';

export const TEST_PASSWORD = 'correct horse battery';
let cachedHash: Promise<string> | undefined;

export interface TestAgent {
  id: string;
  email: string;
  password: string;
  ctx: AuthContext;
}

export interface TestWorkspace {
  id: string;
  admin: TestAgent;
  agent: TestAgent;
  teamId: string;
}

async function insertAgent(db: Db, workspaceId: string, role: Role, name: string): Promise<TestAgent> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = `${role}-${randomUUID()}@test.example`;
  const [row] = await db
    .insert(agents)
    .values({ workspaceId, name, email, role, passwordHash: await cachedHash })
    .returning();
  if (!row) throw new Error('agent insert failed');
  return {
    id: row.id,
    email,
    password: TEST_PASSWORD,
    ctx: { workspaceId, actor: { type: 'agent', id: row.id, name }, role, agentId: row.id, via: 'session' },
  };
}

/** A fresh workspace with an admin, an agent and a team: each test gets its own tenant. */
export async function createTestWorkspace(db: Db, name = 'Test workspace'): Promise<TestWorkspace> {
  const [workspace] = await db
    .insert(workspaces)
    .values({ name, slug: `ws-${randomUUID()}` })
    .returning();
  if (!workspace) throw new Error('workspace insert failed');
  const admin = await insertAgent(db, workspace.id, 'admin', 'Admin Prueba');
  const agent = await insertAgent(db, workspace.id, 'agent', 'Agente Prueba');
  const [team] = await db.insert(teams).values({ workspaceId: workspace.id, name: 'Soporte' }).returning();
  if (!team) throw new Error('team insert failed');
  await db.insert(teamMembers).values({ workspaceId: workspace.id, teamId: team.id, agentId: agent.id });
  return { id: workspace.id, admin, agent, teamId: team.id };
}

/** A ticket through the real command, with sensible defaults. */
export function createTestTicket(
  db: Db,
  ctx: AuthContext,
  overrides: Partial<CreateTicketInput> = {},
): Promise<Ticket> {
  return createTicket(db, ctx, {
    subject: 'No funciona la impresora',
    body: 'La impresora de facturas no imprime desde ayer.',
    requester: { email: `cliente-${randomUUID()}@cliente.example`, name: 'Cliente Prueba' },
    priority: 'normal',
    type: null,
    channel: 'email',
    assigneeId: null,
    teamId: null,
    tags: [],
    ...overrides,
  });
}
