import type { Contact } from '@atiende/contracts';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';

/** Contacts as a table: name (link), email, phone, company (link) and open tickets. */
export function ContactsTable({ contacts, label }: { contacts: Contact[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contacts.fields.name')}</Table.Th>
            <Table.Th>{t('contacts.fields.email')}</Table.Th>
            <Table.Th>{t('contacts.fields.phone')}</Table.Th>
            <Table.Th>{t('contacts.fields.company')}</Table.Th>
            <Table.Th ta="right">{t('contacts.fields.openTickets')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((contact) => (
            <Table.Tr key={contact.id}>
              <Table.Td>
                <Anchor component={Link} to={paths.contact(contact.id)} fw={500} size="sm">
                  {contact.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{contact.email ?? t('common.none')}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{contact.phone ?? t('common.none')}</Text>
              </Table.Td>
              <Table.Td>
                {contact.companyId !== null && contact.companyName !== null ? (
                  <Anchor component={Link} to={paths.company(contact.companyId)} size="sm">
                    {contact.companyName}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('contacts.noCompany')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{contact.openTicketCount}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
