import { describe, expect, inject, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { connectDatabase } from '../db/database';
import { slaIndicatorOf } from '../presenters/sla-indicator';
import { seedDemoWorkspace } from '../seed/seed-demo-workspace';

interface Row extends Record<string, unknown> {
  status: string;
  priority: string;
  sla_due_at: Date | null;
  sla_paused: boolean;
  policy: string | null;
  clocks: number;
}

describe('demo SLA data', () => {
  it('gives the demo a Colombian calendar, two policies and real clocks on its tickets', async () => {
    const database = connectDatabase(inject('databaseUrl'), 2);
    const rollback = new Error('rollback');
    try {
      await database.db
        .transaction(async (tx) => {
          const workspaceId = await seedDemoWorkspace(tx);
          const policies = await tx.execute<{ name: string; calendar: string | null }>(sql`
            SELECT p.name, c.name AS calendar FROM sla_policies p LEFT JOIN business_calendars c ON c.id = p.calendar_id
             WHERE p.workspace_id = ${workspaceId} ORDER BY p.position`);
          expect(policies.rows).toEqual([
            { name: 'Urgentes 24/7', calendar: null },
            { name: 'Estándar', calendar: 'Horario Colombia' },
          ]);
          const rows = await tx.execute<Row>(sql`
            SELECT t.status, t.priority, t.sla_due_at, t.sla_paused,
                   (SELECT p.name FROM ticket_sla_clocks k JOIN sla_policies p ON p.id = k.policy_id
                     WHERE k.ticket_id = t.id LIMIT 1) AS policy,
                   (SELECT count(*)::int FROM ticket_sla_clocks k WHERE k.ticket_id = t.id) AS clocks
              FROM tickets t WHERE t.workspace_id = ${workspaceId}`);
          const live = rows.rows.filter((r) => ['new', 'open', 'pending', 'on_hold'].includes(r.status));
          expect(live.length).toBeGreaterThan(10);
          expect(live.every((r) => r.clocks > 0)).toBe(true);
          for (const r of live)
            expect(r.policy).toBe(r.priority === 'critical' ? 'Urgentes 24/7' : 'Estándar');
          const lights = new Set(
            live.map((r) => slaIndicatorOf(r.sla_due_at ? new Date(r.sla_due_at) : null, r.sla_paused)),
          );
          // A believable inbox: some tickets overdue, some still in time, some waiting on the customer.
          expect(lights.size).toBeGreaterThanOrEqual(2);
          expect(rows.rows.filter((r) => r.status === 'trashed').every((r) => r.clocks === 0)).toBe(true);
          throw rollback;
        })
        .catch((error: unknown) => {
          if (error !== rollback) throw error;
        });
    } finally {
      await database.close();
    }
  });
});
