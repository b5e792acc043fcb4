import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Company, CompanyListQuery, Contact, ContactListQuery } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { companies, contacts } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import { presentCompany, presentContact } from '../presenters/present-crm';
import { decodeCursor, toPage } from './keyset-cursor';

// Correlated counts, written with qualified names: inside a sub-select Drizzle would print bare
// column names, which PostgreSQL would resolve against the inner table.
const UNRESOLVED = `('new','open','pending','on_hold')`;
const contactOpenTickets = sql<number>`(SELECT count(*)::int FROM tickets t WHERE t.requester_contact_id = "contacts"."id" AND t.status IN ${sql.raw(UNRESOLVED)})`;
const companyOpenTickets = sql<number>`(SELECT count(*)::int FROM tickets t WHERE t.company_id = "companies"."id" AND t.status IN ${sql.raw(UNRESOLVED)})`;
const companyContacts = sql<number>`(SELECT count(*)::int FROM contacts c WHERE c.company_id = "companies"."id")`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function selectContacts(db: DbOrTx, where: SQL | undefined) {
  return db
    .select({ contact: contacts, companyName: companies.name, openTicketCount: contactOpenTickets })
    .from(contacts)
    .leftJoin(companies, eq(companies.id, contacts.companyId))
    .where(where)
    .$dynamic();
}

function selectCompanies(db: DbOrTx, where: SQL | undefined) {
  return db
    .select({ company: companies, openTicketCount: companyOpenTickets, contactCount: companyContacts })
    .from(companies)
    .where(where)
    .$dynamic();
}

/** Contacts by name, searchable by name/email/phone, keyset-paginated. */
export async function listContacts(db: DbOrTx, ctx: AuthContext, q: ContactListQuery) {
  const conditions: SQL[] = [eq(contacts.workspaceId, ctx.workspaceId)];
  if (q.companyId) conditions.push(eq(contacts.companyId, q.companyId));
  if (q.q) {
    const pattern = `%${escapeLike(q.q)}%`;
    const match = or(
      ilike(contacts.name, pattern),
      ilike(contacts.email, pattern),
      ilike(contacts.phone, pattern),
    );
    if (match) conditions.push(match);
  }
  if (q.cursor) {
    const [name, id] = decodeCursor(q.cursor, 'name', 2);
    conditions.push(sql`(${contacts.name}, ${contacts.id}) > (${String(name)}, ${String(id)}::uuid)`);
  }
  const rows = await selectContacts(db, and(...conditions))
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(q.limit + 1);
  return toPage(rows, q.limit, (r) => presentContact(r.contact, r), {
    sort: 'name',
    valuesOf: (r) => [r.contact.name, r.contact.id],
  });
}

/** One contact of the caller's workspace. */
export async function getContact(db: DbOrTx, ctx: AuthContext, id: string): Promise<Contact> {
  const [row] = await selectContacts(
    db,
    and(eq(contacts.workspaceId, ctx.workspaceId), eq(contacts.id, id)),
  ).limit(1);
  if (!row) throw notFound('Contact');
  return presentContact(row.contact, row);
}

/** Companies by name, searchable by name/domain, keyset-paginated. */
export async function listCompanies(db: DbOrTx, ctx: AuthContext, q: CompanyListQuery) {
  const conditions: SQL[] = [eq(companies.workspaceId, ctx.workspaceId)];
  if (q.q) {
    const pattern = `%${escapeLike(q.q)}%`;
    const match = or(ilike(companies.name, pattern), ilike(companies.domain, pattern));
    if (match) conditions.push(match);
  }
  if (q.cursor) {
    const [name, id] = decodeCursor(q.cursor, 'name', 2);
    conditions.push(sql`(${companies.name}, ${companies.id}) > (${String(name)}, ${String(id)}::uuid)`);
  }
  const rows = await selectCompanies(db, and(...conditions))
    .orderBy(asc(companies.name), asc(companies.id))
    .limit(q.limit + 1);
  return toPage(rows, q.limit, (r) => presentCompany(r.company, r), {
    sort: 'name',
    valuesOf: (r) => [r.company.name, r.company.id],
  });
}

/** One company of the caller's workspace. */
export async function getCompany(db: DbOrTx, ctx: AuthContext, id: string): Promise<Company> {
  const [row] = await selectCompanies(
    db,
    and(eq(companies.workspaceId, ctx.workspaceId), eq(companies.id, id)),
  ).limit(1);
  if (!row) throw notFound('Company');
  return presentCompany(row.company, row);
}
