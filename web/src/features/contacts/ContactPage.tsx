import { Anchor, Button, Grid, Group, Paper, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../lib/api/api-error';
import { formatDate } from '../../lib/i18n/dates';
import { paths } from '../../lib/paths';
import { useAbilities } from '../../lib/use-abilities';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { DetailItem } from '../../ui/DetailItem';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TicketList } from '../inbox/TicketList';
import { ContactFormModal } from './ContactFormModal';
import { useContact } from './use-contacts';

/** A contact's details (editable) and all their tickets. Route: /contacts/:contactId. */
export function ContactPage() {
  const { contactId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { can } = useAbilities();
  const [editing, setEditing] = useState(false);
  const contact = useContact(contactId);
  useDocumentTitle(`${contact.data?.name ?? t('contacts.title')} · ${t('app.name')}`);

  const back = (
    <Anchor component={Link} to={paths.contacts} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('contacts.title')}
      </Group>
    </Anchor>
  );

  if (contact.isPending) return <CenteredLoader label={t('common.loading')} />;
  if (contact.isError) {
    return (
      <Stack>
        {back}
        {isApiError(contact.error, 'not_found') || isApiError(contact.error, 'validation_failed') ? (
          <EmptyState title={t('contacts.notFound')} />
        ) : (
          <ErrorAlert error={contact.error} onRetry={() => void contact.refetch()} />
        )}
      </Stack>
    );
  }

  const data = contact.data;
  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between">
        <Title order={1} size="h2">
          {data.name}
        </Title>
        {can('contacts.write') && (
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            onClick={() => {
              setEditing(true);
            }}
          >
            {t('common.edit')}
          </Button>
        )}
      </Group>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" radius="md" component="section" aria-label={t('contacts.details')}>
            <Stack gap="sm">
              <DetailItem label={t('contacts.fields.email')}>
                {data.email !== null ? (
                  <Anchor href={`mailto:${data.email}`}>{data.email}</Anchor>
                ) : (
                  t('common.none')
                )}
              </DetailItem>
              <DetailItem label={t('contacts.fields.phone')}>
                {data.phone !== null ? (
                  <Anchor href={`tel:${data.phone}`}>{data.phone}</Anchor>
                ) : (
                  t('common.none')
                )}
              </DetailItem>
              <DetailItem label={t('contacts.fields.company')}>
                {data.companyId !== null && data.companyName !== null ? (
                  <Anchor component={Link} to={paths.company(data.companyId)}>
                    {data.companyName}
                  </Anchor>
                ) : (
                  t('contacts.noCompany')
                )}
              </DetailItem>
              <DetailItem label={t('contacts.fields.language')}>{t(`locale.${data.locale}`)}</DetailItem>
              <DetailItem label={t('contacts.fields.openTickets')}>{data.openTicketCount}</DetailItem>
              <DetailItem label={t('contacts.fields.createdAt')}>
                {formatDate(data.createdAt, i18n.resolvedLanguage ?? i18n.language)}
              </DetailItem>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Title order={2} size="h4" mb="sm">
            {t('contacts.tickets')}
          </Title>
          <TicketList
            key={data.id}
            params={{ requesterId: data.id, sort: 'updated_desc' }}
            label={t('contacts.tickets')}
            emptyTitle={t('related.noTickets')}
          />
        </Grid.Col>
      </Grid>
      {editing && (
        <ContactFormModal
          opened
          contact={data}
          onClose={() => {
            setEditing(false);
          }}
        />
      )}
    </Stack>
  );
}
