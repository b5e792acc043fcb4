import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, updatedAtColumn, workspaceIdColumn } from './columns';
import { workspaces } from './workspaces';

export const companies = pgTable(
  'companies',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    domain: text('domain'),
    notes: text('notes').notNull().default(''),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    uniqueIndex('companies_workspace_domain_unique')
      .on(t.workspaceId, t.domain)
      .where(sql`${t.domain} IS NOT NULL`),
    index('companies_workspace_name_idx').on(t.workspaceId, t.name),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    locale: text('locale').notNull().default('es'),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    uniqueIndex('contacts_workspace_email_unique')
      .on(t.workspaceId, sql`lower(${t.email})`)
      .where(sql`${t.email} IS NOT NULL`),
    index('contacts_workspace_name_idx').on(t.workspaceId, t.name),
    index('contacts_company_idx').on(t.companyId),
  ],
);
