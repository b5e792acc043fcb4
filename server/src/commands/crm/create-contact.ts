import { and, eq, sql } from 'drizzle-orm';
import type { Contact, CreateContactInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { companies, contacts } from '../../db/schema';
import type { AuthContext } from '../../lib/auth-context';
import { recordEvent } from '../../events/record-event';
import { authorize } from '../../policies/abilities';
import { presentContact } from '../../presenters/present-crm';
import { assertInWorkspace } from '../assert-in-workspace';
import { isUniqueViolation } from '../../db/pg-errors';

/** The company whose domain matches the email's domain, so new contacts land in their company. */
async function companyForEmail(
  tx: DbOrTx,
  workspaceId: string,
  email: string | null,
): Promise<string | null> {
  const domain = email?.split('@')[1]?.toLowerCase();
  if (!domain) return null;
  const [row] = await tx
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.workspaceId, workspaceId), eq(companies.domain, domain)))
    .limit(1);
  return row?.id ?? null;
}

/**
 * Inserts a contact inside the caller's transaction. Without an explicit company the contact is
 * linked to the company owning its email domain. A duplicate email in the workspace is a 409.
 */
export async function insertContact(
  tx: DbOrTx,
  ctx: AuthContext,
  input: CreateContactInput,
): Promise<Contact> {
  authorize(ctx, 'contacts.write');
  await assertInWorkspace(tx, companies, ctx.workspaceId, input.companyId, 'companyId');
  const companyId = input.companyId ?? (await companyForEmail(tx, ctx.workspaceId, input.email));
  const [row] = await tx
    .insert(contacts)
    .values({
      workspaceId: ctx.workspaceId,
      name: input.name,
      email: input.email,
      phone: input.phone,
      locale: input.locale,
      companyId,
    })
    .returning();
  if (!row) throw new Error('contact insert returned nothing');
  await recordEvent(tx, ctx, {
    type: 'contact.created',
    entityId: row.id,
    changes: [{ field: 'name', from: null, to: row.name }],
  });
  const companyName = companyId
    ? ((await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, companyId)))[0]
        ?.name ?? null)
    : null;
  return presentContact(row, { companyName, openTicketCount: 0 });
}

/** Creates a contact in its own transaction. */
export async function createContact(
  db: DbOrTx,
  ctx: AuthContext,
  input: CreateContactInput,
): Promise<Contact> {
  return db.transaction((tx) => insertContact(tx, ctx, input));
}

/**
 * Finds the workspace's contact with this email or creates one, atomically with respect to
 * concurrent callers (the unique index on lower(email) decides the race).
 */
export async function findOrCreateContactByEmail(
  tx: DbOrTx,
  ctx: AuthContext,
  email: string,
  name: string | undefined,
): Promise<{ id: string; companyId: string | null; created: boolean }> {
  const find = async () =>
    (
      await tx
        .select({ id: contacts.id, companyId: contacts.companyId })
        .from(contacts)
        .where(
          and(
            eq(contacts.workspaceId, ctx.workspaceId),
            sql`lower(${contacts.email}) = ${email.toLowerCase()}`,
          ),
        )
        .limit(1)
    )[0];
  const existing = await find();
  if (existing) return { ...existing, created: false };
  try {
    // A savepoint, so losing the race to a concurrent insert does not abort the caller's transaction.
    const created = await tx.transaction((sp) =>
      insertContact(sp, ctx, {
        name: name ?? email.split('@')[0] ?? email,
        email: email.toLowerCase(),
        phone: null,
        locale: 'es',
        companyId: null,
      }),
    );
    return { id: created.id, companyId: created.companyId, created: true };
  } catch (error) {
    const winner = isUniqueViolation(error) ? await find() : undefined;
    if (!winner) throw error;
    return { ...winner, created: false };
  }
}
