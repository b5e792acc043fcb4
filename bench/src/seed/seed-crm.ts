import type pg from 'pg';
import type { CompanyRef, ContactRef } from '../gen/people';
import { copyInto, copyLine, timestamp } from './copy';

const COMPANY_COLUMNS = ['id', 'workspace_id', 'name', 'domain', 'notes', 'created_at', 'updated_at'];
const CONTACT_COLUMNS = [
  'id',
  'workspace_id',
  'name',
  'email',
  'phone',
  'locale',
  'company_id',
  'created_at',
  'updated_at',
];

function* companyLines(companies: readonly CompanyRef[], workspaceId: string, at: string | null) {
  for (const c of companies) yield copyLine([c.id, workspaceId, c.name, c.domain, '', at, at]);
}

function* contactLines(contacts: readonly ContactRef[], workspaceId: string, at: string | null) {
  for (const c of contacts)
    yield copyLine([c.id, workspaceId, c.name, c.email, c.phone, c.locale, c.companyId, at, at]);
}

/** Copies companies and contacts in one transaction: after a crash they are all there or none. */
export async function copyCrm(
  client: pg.ClientBase,
  workspaceId: string,
  companies: readonly CompanyRef[],
  contacts: readonly ContactRef[],
  startMs: number,
): Promise<void> {
  const at = timestamp(startMs);
  await client.query('BEGIN');
  try {
    await copyInto(client, 'companies', COMPANY_COLUMNS, companyLines(companies, workspaceId, at));
    await copyInto(client, 'contacts', CONTACT_COLUMNS, contactLines(contacts, workspaceId, at));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
