import { and, eq, sql } from 'drizzle-orm';
import type {
  SlaPolicy,
  SlaPolicyInput,
  SlaPolicyWriteResult,
  UpdateSlaPolicyInput,
} from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { businessCalendars, slaPolicies } from '../../db/schema';
import type { JobSender } from '../../jobs/job-sender';
import { notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { presentSlaPolicy } from '../../presenters/present-sla';
import { changedFields, recordSlaEvent, startSlaRecompute, withUniqueName } from './sla-change';
import { assertPolicyReferences, assertSomeTarget } from './validate-policy';

const FIELDS = [
  'name',
  'description',
  'active',
  'calendar',
  'conditions',
  'targets',
  'pauseStatuses',
] as const;

type PolicyRow = typeof slaPolicies.$inferSelect;

/** A stored policy presented with its calendar's name. */
async function presentWithCalendar(tx: DbOrTx, row: PolicyRow): Promise<SlaPolicy> {
  if (!row.calendarId) return presentSlaPolicy(row, null);
  const [calendar] = await tx
    .select({ id: businessCalendars.id, name: businessCalendars.name })
    .from(businessCalendars)
    .where(eq(businessCalendars.id, row.calendarId));
  return presentSlaPolicy(row, calendar ?? null);
}

/**
 * Creates an SLA policy at the end of the order (`sla.manage`). Its calendar, teams and companies
 * must be in the workspace (400 naming the field), it must set some target (400 `targets`), and
 * names are unique (409). Starts recomputing the unresolved tickets in the same transaction.
 */
export async function createSlaPolicy(
  db: DbOrTx,
  ctx: AuthContext,
  input: SlaPolicyInput,
  options: { jobs: JobSender },
): Promise<SlaPolicyWriteResult> {
  authorize(ctx, 'sla.manage');
  assertSomeTarget(input.targets);
  return db.transaction(async (tx) => {
    await assertPolicyReferences(tx, ctx.workspaceId, input);
    // Serialises concurrent creations so two new policies never share a position.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('sla_policies:' || ${ctx.workspaceId}))`);
    const [row] = await withUniqueName('A policy', input.name, () =>
      tx
        .insert(slaPolicies)
        .values({
          workspaceId: ctx.workspaceId,
          name: input.name,
          description: input.description,
          active: input.active,
          calendarId: input.calendarId,
          conditions: input.conditions,
          targets: input.targets,
          pauseStatuses: input.pauseStatuses,
          position: sql`(SELECT coalesce(max(position) + 1, 0) FROM sla_policies WHERE workspace_id = ${ctx.workspaceId}::uuid)`,
        })
        .returning(),
    );
    if (!row) throw new Error('policy insert returned nothing');
    const policy = await presentWithCalendar(tx, row);
    await recordSlaEvent(tx, ctx, 'policy', row.id, changedFields(null, policy, ['name', 'active']));
    return { policy, recompute: await startSlaRecompute(tx, ctx, options.jobs) };
  });
}

/** Changes a policy (`sla.manage`): only the fields sent, checked as on creation; recomputes. */
export async function updateSlaPolicy(
  db: DbOrTx,
  ctx: AuthContext,
  id: string,
  input: UpdateSlaPolicyInput,
  options: { jobs: JobSender },
): Promise<SlaPolicyWriteResult> {
  authorize(ctx, 'sla.manage');
  if (input.targets) assertSomeTarget(input.targets);
  return db.transaction(async (tx) => {
    const where = and(eq(slaPolicies.workspaceId, ctx.workspaceId), eq(slaPolicies.id, id));
    const [current] = await tx.select().from(slaPolicies).where(where).for('update');
    if (!current) throw notFound('SLA policy');
    await assertPolicyReferences(tx, ctx.workspaceId, input);
    const [row] = await withUniqueName('A policy', input.name ?? current.name, () =>
      tx
        .update(slaPolicies)
        .set({
          name: input.name,
          description: input.description,
          active: input.active,
          calendarId: input.calendarId,
          conditions: input.conditions,
          targets: input.targets,
          pauseStatuses: input.pauseStatuses,
          updatedAt: new Date(),
        })
        .where(where)
        .returning(),
    );
    if (!row) throw notFound('SLA policy');
    const policy = await presentWithCalendar(tx, row);
    const changes = changedFields(await presentWithCalendar(tx, current), policy, [...FIELDS]);
    if (changes.length > 0) await recordSlaEvent(tx, ctx, 'policy', id, changes);
    return { policy, recompute: await startSlaRecompute(tx, ctx, options.jobs) };
  });
}
