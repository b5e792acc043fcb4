import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketActivities, ticketLinks } from '../../db/schema';
import { getTicket } from '../../queries/get-ticket';
import { seedTicketWork } from '../../seed/seed-ticket-work';
import { createTestTicket, createTestWorkspace } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('seedTicketWork', () => {
  it('adds activities in every indicator state, a problem with incidents and a related pair', async () => {
    const db = server.database.db;
    const ws = await createTestWorkspace(db);
    const subjects = ['Caída', 'Caída', 'Caída', 'Caída', 'Caída', 'PDF', 'PDF', 'Otro', 'Otro 2'];
    const created = [];
    for (const subject of subjects) created.push(await createTestTicket(db, ws.agent.ctx, { subject }));
    await seedTicketWork(db, ws.id);

    const indicators = new Set<string>();
    for (const ticket of created)
      indicators.add((await getTicket(db, ws.agent.ctx, ticket.id)).activityIndicator);
    expect(indicators).toEqual(new Set(['none', 'future', 'due']));
    const activities = await db
      .select()
      .from(ticketActivities)
      .where(eq(ticketActivities.workspaceId, ws.id));
    expect(activities.length).toBeGreaterThanOrEqual(6);
    expect(activities.some((a) => a.doneAt !== null)).toBe(true);

    const links = await db.select().from(ticketLinks).where(eq(ticketLinks.workspaceId, ws.id));
    const incidents = links.filter((l) => l.kind === 'incident');
    expect(incidents).toHaveLength(3);
    expect(new Set(incidents.map((l) => l.targetTicketId))).toEqual(new Set([created[0]?.id]));
    expect(
      links.filter((l) => l.kind === 'related').map((l) => [l.sourceTicketId, l.targetTicketId]),
    ).toEqual([[created[5]?.id, created[6]?.id]]);
  });
});
