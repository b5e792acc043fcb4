import { asc, eq, sql } from 'drizzle-orm';
import type { CustomFieldValue, StatusCategory, UpdateTicketInput } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { resolutionReasons, ticketStageIntervals, tickets } from '../db/schema';
import type { AuthContext } from '../lib/auth-context';
import { createCustomField } from '../commands/ticket-config/custom-fields';
import { createCustomStatus } from '../commands/ticket-config/custom-statuses';
import { createTicket } from '../commands/tickets/create-ticket';
import { trashTicket } from '../commands/tickets/trash-ticket';
import {
  DEMO_CUSTOM_FIELDS,
  DEMO_CUSTOM_STATUSES,
  DEMO_MODULES,
  DEMO_TRASH,
  type DemoScenario,
} from './demo-data';

/** Ids of the demo's ticket configuration, to classify the demo tickets. */
export interface DemoConfig {
  statusIds: Record<(typeof DEMO_CUSTOM_STATUSES)[number]['key'], string>;
  fieldIds: Record<keyof typeof DEMO_CUSTOM_FIELDS, string>;
  reasonIds: string[];
}

/** Creates the demo's custom statuses and custom fields through the admin commands. */
export async function seedDemoConfig(db: DbOrTx, system: AuthContext): Promise<DemoConfig> {
  const statusIds: Partial<DemoConfig['statusIds']> = {};
  for (const status of DEMO_CUSTOM_STATUSES) {
    const created = await createCustomStatus(db, system, { category: status.category, name: status.name });
    statusIds[status.key] = created.id;
  }
  const { order, module, vip } = DEMO_CUSTOM_FIELDS;
  const orderField = await createCustomField(db, system, { ...order, options: [], requiredOnSolve: false });
  const moduleField = await createCustomField(db, system, { ...module, options: [...DEMO_MODULES] });
  const vipField = await createCustomField(db, system, { ...vip, options: [], requiredOnSolve: false });
  const reasons = await db
    .select({ id: resolutionReasons.id })
    .from(resolutionReasons)
    .where(eq(resolutionReasons.workspaceId, system.workspaceId))
    .orderBy(asc(resolutionReasons.position));
  const { review, bank, supplier } = statusIds;
  if (!review || !bank || !supplier) throw new Error('demo custom statuses missing');
  return {
    statusIds: { review, bank, supplier },
    fieldIds: { order: orderField.id, module: moduleField.id, vip: vipField.id },
    reasonIds: reasons.map((r) => r.id),
  };
}

function moduleOf(scenario: DemoScenario, index: number): string {
  const tags = new Set(scenario.tags);
  if (tags.has('integracion') || tags.has('api')) return 'integraciones';
  if (tags.has('portal') || tags.has('acceso')) return 'portal';
  if (tags.has('logistica') || tags.has('pedido')) return 'logistica';
  if (tags.has('catalogo') || tags.has('precios')) return 'catalogo';
  if (scenario.type === 'billing' || tags.has('facturacion')) return 'facturacion';
  return DEMO_MODULES[index % DEMO_MODULES.length]?.value ?? 'portal';
}

/**
 * Custom field values of a demo ticket: the module (always once the ticket was worked on, so it
 * can be solved), the order number when the customer quoted one, and the VIP flag of some
 * companies' contacts.
 */
export function demoCustomFields(
  config: DemoConfig,
  scenario: DemoScenario,
  index: number,
  status: StatusCategory,
  vip: boolean,
): Record<string, CustomFieldValue> {
  const values: Record<string, CustomFieldValue> = {};
  if (status !== 'new' || index % 2 === 0) values[config.fieldIds.module] = moduleOf(scenario, index);
  const order = /pedido (\d+)/i.exec(`${scenario.subject} ${scenario.body}`);
  if (order?.[1]) values[config.fieldIds.order] = `PED-${order[1]}`;
  if (vip) values[config.fieldIds.vip] = true;
  return values;
}

/**
 * The change that puts a worked-on demo ticket in its planned status: a custom status for some
 * open and on-hold tickets, and "not finalized" with a reason for every fourth solved one.
 */
export function demoStatusChange(
  config: DemoConfig,
  scenario: DemoScenario,
  index: number,
  status: StatusCategory,
): UpdateTicketInput | null {
  if (status === 'open') {
    return scenario.type === 'technical' ? { customStatusId: config.statusIds.review } : null;
  }
  if (status === 'on_hold') {
    return {
      customStatusId: scenario.type === 'billing' ? config.statusIds.bank : config.statusIds.supplier,
    };
  }
  if (status === 'solved' || status === 'closed') {
    const reason = config.reasonIds[index % config.reasonIds.length];
    return index % 4 === 0 && reason
      ? { status: 'solved', resolution: 'not_finalized', resolutionReasonId: reason }
      : { status: 'solved' };
  }
  return { status };
}

/** A spam message and a duplicate request, both in the trash (restorable until purged). */
export async function seedDemoTrash(db: DbOrTx, system: AuthContext, duplicateOf: string): Promise<string[]> {
  const ids: string[] = [];
  for (const entry of DEMO_TRASH) {
    const ticket = await createTicket(db, system, {
      subject: entry.subject,
      body: entry.body,
      requester: entry.from ? { email: entry.from.email, name: entry.from.name } : { contactId: duplicateOf },
      priority: 'normal',
      type: null,
      channel: entry.from ? 'email' : 'web',
      assigneeId: null,
      teamId: null,
      tags: [],
    });
    await trashTicket(db, system, ticket.id, entry.reason);
    ids.push(ticket.id);
  }
  return ids;
}

/**
 * Spreads a backdated ticket's time-in-stage stretches over its lifetime (from created_at to its
 * last change, updated_at), so the demo's time-in-stage reports show realistic durations.
 */
export async function spreadStageIntervals(db: DbOrTx, ticketId: string): Promise<void> {
  await db.execute(sql`
    WITH t AS (SELECT created_at, updated_at FROM ${tickets} WHERE id = ${ticketId}),
    r AS (
      SELECT id, dimension,
             row_number() OVER (PARTITION BY dimension ORDER BY id) - 1 AS i,
             count(*) OVER (PARTITION BY dimension) AS n
      FROM ${ticketStageIntervals} WHERE ticket_id = ${ticketId}
    ),
    s AS (
      SELECT r.id, r.dimension, r.i,
             CASE WHEN r.i = 0 THEN t.created_at
                  ELSE t.created_at + (t.updated_at - t.created_at) * (r.i::float8 / (r.n - 1)) END AS start
      FROM r, t
    ),
    s2 AS (SELECT id, start, lead(start) OVER (PARTITION BY dimension ORDER BY i) AS next FROM s)
    UPDATE ${ticketStageIntervals} x
    SET started_at = s2.start, ended_at = CASE WHEN x.ended_at IS NULL THEN NULL ELSE s2.next END
    FROM s2 WHERE x.id = s2.id`);
}
