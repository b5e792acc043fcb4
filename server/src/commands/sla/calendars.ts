import { and, eq } from 'drizzle-orm';
import type {
  BusinessCalendarInput,
  BusinessCalendarWriteResult,
  UpdateBusinessCalendarInput,
} from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { businessCalendars, slaPolicies } from '../../db/schema';
import type { JobSender } from '../../jobs/job-sender';
import { AppError, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { presentBusinessCalendar } from '../../presenters/present-sla';
import { changedFields, recordSlaEvent, startSlaRecompute, withUniqueName } from './sla-change';
import { assertNoOverlappingHours, assertTimeZone } from './validate-calendar';

const FIELDS = ['name', 'timeZone', 'hours', 'holidays'] as const;

/** Sorted by date, one entry per date (the last name given wins), so the stored list is clean. */
function cleanHolidays(holidays: BusinessCalendarInput['holidays']): BusinessCalendarInput['holidays'] {
  const byDate = new Map(holidays.map((h) => [h.date, h]));
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Creates a business calendar (`sla.manage`). The zone must be a known IANA zone and the hours
 * must not overlap on a weekday (400 naming the field); a duplicate name answers 409. No policy
 * uses a new calendar yet, so nothing is recomputed (`recompute: null`).
 */
export async function createBusinessCalendar(
  db: DbOrTx,
  ctx: AuthContext,
  input: BusinessCalendarInput,
): Promise<BusinessCalendarWriteResult> {
  authorize(ctx, 'sla.manage');
  assertTimeZone(input.timeZone);
  assertNoOverlappingHours(input.hours);
  return db.transaction(async (tx) => {
    const [row] = await withUniqueName('A calendar', input.name, () =>
      tx
        .insert(businessCalendars)
        .values({
          workspaceId: ctx.workspaceId,
          name: input.name,
          timeZone: input.timeZone,
          hours: input.hours,
          holidays: cleanHolidays(input.holidays),
        })
        .returning(),
    );
    if (!row) throw new Error('calendar insert returned nothing');
    const calendar = presentBusinessCalendar(row);
    await recordSlaEvent(tx, ctx, 'calendar', row.id, changedFields(null, calendar, ['name', 'timeZone']));
    return { calendar, recompute: null };
  });
}

/**
 * Changes a calendar (`sla.manage`): only the fields sent. When a policy uses it, the workspace's
 * unresolved tickets are recomputed by a job started in the same transaction.
 */
export async function updateBusinessCalendar(
  db: DbOrTx,
  ctx: AuthContext,
  id: string,
  input: UpdateBusinessCalendarInput,
  options: { jobs: JobSender },
): Promise<BusinessCalendarWriteResult> {
  authorize(ctx, 'sla.manage');
  if (input.timeZone !== undefined) assertTimeZone(input.timeZone);
  if (input.hours !== undefined) assertNoOverlappingHours(input.hours);
  return db.transaction(async (tx) => {
    const where = and(eq(businessCalendars.workspaceId, ctx.workspaceId), eq(businessCalendars.id, id));
    const [current] = await tx.select().from(businessCalendars).where(where).for('update');
    if (!current) throw notFound('Calendar');
    const [row] = await withUniqueName('A calendar', input.name ?? current.name, () =>
      tx
        .update(businessCalendars)
        .set({
          name: input.name,
          timeZone: input.timeZone,
          hours: input.hours,
          holidays: input.holidays === undefined ? undefined : cleanHolidays(input.holidays),
          updatedAt: new Date(),
        })
        .where(where)
        .returning(),
    );
    if (!row) throw notFound('Calendar');
    const calendar = presentBusinessCalendar(row);
    const changes = changedFields(presentBusinessCalendar(current), calendar, [...FIELDS]);
    if (changes.length > 0) await recordSlaEvent(tx, ctx, 'calendar', id, changes);
    const [user] = await tx
      .select({ id: slaPolicies.id })
      .from(slaPolicies)
      .where(and(eq(slaPolicies.workspaceId, ctx.workspaceId), eq(slaPolicies.calendarId, id)))
      .limit(1);
    const recompute = user && changes.length > 0 ? await startSlaRecompute(tx, ctx, options.jobs) : null;
    return { calendar, recompute };
  });
}

/** Deletes a calendar no policy uses (`sla.manage`); one in use answers 409 naming the policies. */
export async function deleteBusinessCalendar(db: DbOrTx, ctx: AuthContext, id: string): Promise<void> {
  authorize(ctx, 'sla.manage');
  await db.transaction(async (tx) => {
    const where = and(eq(businessCalendars.workspaceId, ctx.workspaceId), eq(businessCalendars.id, id));
    const [current] = await tx.select().from(businessCalendars).where(where).for('update');
    if (!current) throw notFound('Calendar');
    const users = await tx
      .select({ name: slaPolicies.name })
      .from(slaPolicies)
      .where(and(eq(slaPolicies.workspaceId, ctx.workspaceId), eq(slaPolicies.calendarId, id)));
    if (users.length > 0) {
      throw new AppError(
        'conflict',
        `The calendar "${current.name}" is used by ${users.map((u) => `"${u.name}"`).join(', ')}; pick another calendar for ${users.length === 1 ? 'that policy' : 'those policies'} first`,
      );
    }
    await tx.delete(businessCalendars).where(where);
    await recordSlaEvent(tx, ctx, 'calendar', id, [{ field: 'name', from: current.name, to: null }]);
  });
}
