import { and, asc, eq, isNull, lte, sql, type SQL } from 'drizzle-orm';
import {
  StatusCategory,
  type Board,
  type BoardColumn,
  type BoardGroupBy,
  type BoardQuery,
} from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { agents, contacts, customFields, teams, tickets, ticketStatuses } from '../db/schema';
import { invalidField } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import { presentBoardCard } from '../presenters/present-board-card';
import { ticketFilterConditions } from './ticket-filters';

/** Categories a board shows when the query has no status filter: everything but closed (and trash). */
const DEFAULT_BOARD_STATUSES: StatusCategory[] = ['new', 'open', 'pending', 'on_hold', 'solved'];

type ColumnDef = Omit<BoardColumn, 'count'>;

/** The board's columns in order, and the SQL that puts a ticket in one of them. */
interface BoardGrouping {
  columns: ColumnDef[];
  columnKey: SQL<string>;
}

/** The field id of a `field:<id>` grouping; null when grouping by status. */
export function boardFieldId(groupBy: BoardGroupBy): string | null {
  return groupBy === 'status' ? null : groupBy.slice('field:'.length);
}

/** The workspace's active custom statuses, in category order then position. */
export async function activeCustomStatuses(db: DbOrTx, ctx: AuthContext) {
  const rows = await db
    .select({ id: ticketStatuses.id, name: ticketStatuses.name, category: ticketStatuses.category })
    .from(ticketStatuses)
    .where(and(eq(ticketStatuses.workspaceId, ctx.workspaceId), isNull(ticketStatuses.archivedAt)))
    .orderBy(asc(ticketStatuses.position), asc(ticketStatuses.name), asc(ticketStatuses.id));
  const order = StatusCategory.options;
  return rows.sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
}

/**
 * A dropdown custom field of the workspace, for grouping or for a drop on its columns; a 400 naming
 * `groupBy` for any other kind, an archived field or another workspace's id.
 */
export async function boardDropdownField(db: DbOrTx, ctx: AuthContext, fieldId: string) {
  const [field] = await db
    .select()
    .from(customFields)
    .where(and(eq(customFields.workspaceId, ctx.workspaceId), eq(customFields.id, fieldId)));
  if (!field || field.archivedAt) throw invalidField('groupBy', 'Unknown custom field in this workspace');
  if (field.kind !== 'dropdown') {
    throw invalidField(
      'groupBy',
      `The board can only be grouped by a dropdown field ("${field.name}" is not)`,
    );
  }
  return field;
}

/**
 * Status grouping: each category (in workflow order) followed by its active custom statuses. A
 * ticket sits in its custom status's column, or in its category's column when it has none (or
 * an archived one).
 */
async function statusGrouping(db: DbOrTx, ctx: AuthContext, categories: StatusCategory[]) {
  const statuses = await activeCustomStatuses(db, ctx);
  const columns: ColumnDef[] = categories.flatMap((category) => [
    { key: category, name: null, category },
    ...statuses
      .filter((s) => s.category === category)
      .map((s) => ({ key: `status:${s.id}`, name: s.name, category })),
  ]);
  const branches = statuses.map(
    (s) =>
      sql`WHEN ${tickets.customStatusId} = ${s.id}::uuid AND ${tickets.status} = ${s.category} THEN ${`status:${s.id}`}`,
  );
  const columnKey =
    branches.length === 0
      ? sql<string>`${tickets.status}::text`
      : sql<string>`CASE ${sql.join(branches, sql` `)} ELSE ${tickets.status}::text END`;
  return { columns, columnKey };
}

/** Field grouping: one column per option of the dropdown, then `none` (empty or a removed option). */
async function fieldGrouping(db: DbOrTx, ctx: AuthContext, fieldId: string): Promise<BoardGrouping> {
  const field = await boardDropdownField(db, ctx, fieldId);
  const columns: ColumnDef[] = [
    ...field.options.map((o) => ({ key: `option:${o.value}`, name: o.label, category: null })),
    { key: 'none', name: null, category: null },
  ];
  const value = sql`${tickets.customFields} ->> ${fieldId}`;
  const branches = field.options.map((o) => sql`WHEN ${value} = ${o.value} THEN ${`option:${o.value}`}`);
  const columnKey =
    branches.length === 0
      ? sql<string>`'none'`
      : sql<string>`CASE ${sql.join(branches, sql` `)} ELSE 'none' END`;
  return { columns, columnKey };
}

/**
 * The kanban board: columns (status categories and custom statuses, or a dropdown field's
 * options) each with its full count, and per column the first `perColumn` cards by priority then
 * most recently updated. Without a status filter closed and trashed tickets are left out. One
 * statement: the matching tickets get their column key, a window ranks them and counts them per
 * column, and only the kept cards are joined to their names.
 */
export async function getBoard(db: DbOrTx, ctx: AuthContext, query: BoardQuery): Promise<Board> {
  const statuses = query.status?.length ? query.status : DEFAULT_BOARD_STATUSES;
  const fieldId = boardFieldId(query.groupBy);
  const grouping = fieldId
    ? await fieldGrouping(db, ctx, fieldId)
    : await statusGrouping(
        db,
        ctx,
        StatusCategory.options.filter((c) => statuses.includes(c)),
      );

  // The card columns travel through the CTEs: joining the kept ids back to `tickets` made
  // PostgreSQL hash the whole table (every workspace's tickets) to find a few thousand rows.
  const keyed = db.$with('keyed').as(
    db
      .select({
        id: tickets.id,
        columnKey: grouping.columnKey.as('column_key'),
        priorityRank: tickets.priorityRank,
        number: tickets.number,
        subject: tickets.subject,
        status: tickets.status,
        priority: tickets.priority,
        type: tickets.type,
        requesterContactId: tickets.requesterContactId,
        assigneeAgentId: tickets.assigneeAgentId,
        teamId: tickets.teamId,
        tags: tickets.tags,
        nextActivityDueAt: tickets.nextActivityDueAt,
        slaDueAt: tickets.slaDueAt,
        slaPaused: tickets.slaPaused,
        updatedAt: tickets.updatedAt,
      })
      .from(tickets)
      .where(and(...ticketFilterConditions(ctx, { ...query, status: statuses }))),
  );
  const ranked = db.$with('ranked').as(
    db
      .select({
        id: keyed.id,
        columnKey: keyed.columnKey,
        priorityRank: keyed.priorityRank,
        number: keyed.number,
        subject: keyed.subject,
        status: keyed.status,
        priority: keyed.priority,
        type: keyed.type,
        requesterContactId: keyed.requesterContactId,
        assigneeAgentId: keyed.assigneeAgentId,
        teamId: keyed.teamId,
        tags: keyed.tags,
        nextActivityDueAt: keyed.nextActivityDueAt,
        slaDueAt: keyed.slaDueAt,
        slaPaused: keyed.slaPaused,
        updatedAt: keyed.updatedAt,
        rank: sql<number>`row_number() OVER (PARTITION BY ${keyed.columnKey} ORDER BY ${keyed.priorityRank}, ${keyed.updatedAt} DESC, ${keyed.id} DESC)`.as(
          'rank',
        ),
        total: sql<number>`(count(*) OVER (PARTITION BY ${keyed.columnKey}))::int`.as('total'),
      })
      .from(keyed),
  );
  const rows = await db
    .with(keyed, ranked)
    .select({
      columnKey: ranked.columnKey,
      total: ranked.total,
      ticket: {
        id: ranked.id,
        number: ranked.number,
        subject: ranked.subject,
        status: ranked.status,
        priority: ranked.priority,
        type: ranked.type,
        requesterContactId: ranked.requesterContactId,
        assigneeAgentId: ranked.assigneeAgentId,
        teamId: ranked.teamId,
        tags: ranked.tags,
        nextActivityDueAt: ranked.nextActivityDueAt,
        slaDueAt: ranked.slaDueAt,
        slaPaused: ranked.slaPaused,
        updatedAt: ranked.updatedAt,
      },
      requesterName: contacts.name,
      assigneeName: agents.name,
      teamName: teams.name,
    })
    .from(ranked)
    .innerJoin(contacts, eq(contacts.id, ranked.requesterContactId))
    .leftJoin(agents, eq(agents.id, ranked.assigneeAgentId))
    .leftJoin(teams, eq(teams.id, ranked.teamId))
    .where(lte(ranked.rank, query.perColumn))
    .orderBy(ranked.columnKey, ranked.rank);

  const known = new Set(grouping.columns.map((c) => c.key));
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.columnKey, row.total);
  const now = new Date();
  return {
    groupBy: query.groupBy,
    columns: grouping.columns.map((c) => ({ ...c, count: counts.get(c.key) ?? 0 })),
    cards: rows.filter((row) => known.has(row.columnKey)).map((row) => presentBoardCard(row, now)),
  };
}
