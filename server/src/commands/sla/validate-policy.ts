import { and, eq, inArray } from 'drizzle-orm';
import type { SlaConditions, SlaTargets } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { businessCalendars, companies, teams, ticketTypes } from '../../db/schema';
import { invalidField } from '../../lib/app-error';
import { assertInWorkspace } from '../assert-in-workspace';

/** Rejects targets that set no clock at all (every metric of every priority null), naming `targets`. */
export function assertSomeTarget(targets: SlaTargets): void {
  const any = Object.values(targets).some(
    (t) => t.firstResponseMinutes !== null || t.nextResponseMinutes !== null || t.resolutionMinutes !== null,
  );
  if (!any)
    throw invalidField('targets', 'Set at least one target (first response, next response or resolution)');
}

/**
 * Checks that the calendar, teams, companies and ticket types a policy refers to are in the
 * caller's workspace (400 naming the field): a foreign key alone would accept another tenant's id,
 * and a misspelt type would silently match nothing.
 */
export async function assertPolicyReferences(
  db: DbOrTx,
  workspaceId: string,
  input: { calendarId?: string | null | undefined; conditions?: SlaConditions | undefined },
): Promise<void> {
  await assertInWorkspace(db, businessCalendars, workspaceId, input.calendarId, 'calendarId');
  await assertInWorkspace(db, teams, workspaceId, input.conditions?.teamIds, 'conditions.teamIds');
  await assertInWorkspace(db, companies, workspaceId, input.conditions?.companyIds, 'conditions.companyIds');
  const types = [...new Set(input.conditions?.types ?? [])];
  if (types.length > 0) {
    const known = await db
      .select({ key: ticketTypes.key })
      .from(ticketTypes)
      .where(and(eq(ticketTypes.workspaceId, workspaceId), inArray(ticketTypes.key, types)));
    const missing = types.filter((t) => !known.some((k) => k.key === t));
    if (missing.length > 0)
      throw invalidField('conditions.types', `Unknown ticket type: ${missing.join(', ')}`);
  }
}
