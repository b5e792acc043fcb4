import { eq } from 'drizzle-orm';
import type { Locale } from '@atiende/contracts';
import type { DbOrTx } from '../../../db/database';
import { contactEmailStatus, contacts } from '../../../db/schema';
import { findOrCreateContactByEmail } from '../../../commands/crm/create-contact';
import { systemContext, type AuthContext } from '../../../lib/auth-context';
import { storableText } from '../clean-text';

export interface SenderContact {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  companyId: string | null;
  /** A bounce marked this address as failing. */
  failing: boolean;
}

/**
 * The contact behind an email address: found by email, or created with the display name of the
 * header (findOrCreateContactByEmail also links it to the company owning the email's domain).
 */
export async function senderContact(
  tx: DbOrTx,
  workspaceId: string,
  address: string,
  displayName: string | undefined,
): Promise<SenderContact> {
  const name = storableText(displayName ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  const found = await findOrCreateContactByEmail(tx, systemContext(workspaceId), address, name || undefined);
  const [row] = await tx
    .select({
      id: contacts.id,
      name: contacts.name,
      email: contacts.email,
      locale: contacts.locale,
      companyId: contacts.companyId,
      status: contactEmailStatus.status,
    })
    .from(contacts)
    .leftJoin(contactEmailStatus, eq(contactEmailStatus.contactId, contacts.id))
    .where(eq(contacts.id, found.id));
  if (!row) throw new Error('contact missing after find-or-create');
  return {
    id: row.id,
    name: row.name,
    email: row.email ?? address,
    locale: (['es', 'en', 'pt-BR'].includes(row.locale) ? row.locale : 'es') as Locale,
    companyId: row.companyId,
    failing: row.status === 'failing',
  };
}

/** The customer as the actor of what their email does (message.created, reopening). */
export function contactContext(workspaceId: string, contact: { id: string; name: string }): AuthContext {
  return {
    workspaceId,
    actor: { type: 'contact', id: contact.id, name: contact.name },
    role: 'agent',
    agentId: null,
    via: 'token',
  };
}
