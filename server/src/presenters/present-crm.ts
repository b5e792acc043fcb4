import type { Company, Contact, Locale } from '@atiende/contracts';
import type { companies, contacts } from '../db/schema';

type ContactRow = typeof contacts.$inferSelect;
type CompanyRow = typeof companies.$inferSelect;

/** The only way a contact leaves the server. */
export function presentContact(
  row: ContactRow,
  extra: { companyName: string | null; openTicketCount: number },
): Contact {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    locale: row.locale as Locale,
    companyId: row.companyId,
    companyName: extra.companyName,
    openTicketCount: extra.openTicketCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The only way a company leaves the server. */
export function presentCompany(
  row: CompanyRow,
  extra: { openTicketCount: number; contactCount: number },
): Company {
  return {
    id: row.id,
    name: row.name,
    domain: row.domain,
    notes: row.notes,
    openTicketCount: extra.openTicketCount,
    contactCount: extra.contactCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
