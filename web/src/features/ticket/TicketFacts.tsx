import type { Ticket } from '@atiende/contracts';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';
import { RelativeTime } from '../../ui/RelativeTime';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      {children}
    </div>
  );
}

/** Read-only facts of a ticket: requester and company (as links), channel, created and updated times. */
export function TicketFacts({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('ticket.fields.requester')}>
        <Anchor component={Link} to={paths.contact(ticket.requester.id)} size="sm" fw={500}>
          {ticket.requester.name}
        </Anchor>
        {ticket.requester.email !== null && (
          <Text size="xs" c="dimmed">
            {ticket.requester.email}
          </Text>
        )}
      </Field>
      <Field label={t('ticket.fields.company')}>
        {ticket.company ? (
          <Anchor component={Link} to={paths.company(ticket.company.id)} size="sm" fw={500}>
            {ticket.company.name}
          </Anchor>
        ) : (
          <Text size="sm">{t('ticket.noCompany')}</Text>
        )}
      </Field>
      <Field label={t('ticket.fields.channel')}>
        <Text size="sm">{t(`channel.${ticket.channel}`)}</Text>
      </Field>
      <Field label={t('ticket.fields.createdAt')}>
        <Text size="sm">
          <RelativeTime iso={ticket.createdAt} />
        </Text>
      </Field>
      <Field label={t('ticket.fields.updatedAt')}>
        <Text size="sm">
          <RelativeTime iso={ticket.updatedAt} />
        </Text>
      </Field>
    </>
  );
}
