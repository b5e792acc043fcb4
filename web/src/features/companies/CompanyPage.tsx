import { Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../lib/api/api-error';
import { paths } from '../../lib/paths';
import { useAbilities } from '../../lib/use-abilities';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { DetailItem } from '../../ui/DetailItem';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ContactFormModal } from '../contacts/ContactFormModal';
import { TicketList } from '../inbox/TicketList';
import { CompanyContacts } from './CompanyContacts';
import { CompanyFormModal } from './CompanyFormModal';
import { useCompany } from './use-companies';

/** A company's details and notes (editable), its contacts and its tickets. Route: /companies/:companyId. */
export function CompanyPage() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAbilities();
  const [editing, setEditing] = useState(false);
  const [addingContact, setAddingContact] = useState(false);
  const company = useCompany(companyId);
  useDocumentTitle(`${company.data?.name ?? t('companies.title')} · ${t('app.name')}`);

  const back = (
    <Anchor component={Link} to={paths.companies} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('companies.title')}
      </Group>
    </Anchor>
  );

  if (company.isPending) return <CenteredLoader label={t('common.loading')} />;
  if (company.isError) {
    return (
      <Stack>
        {back}
        {isApiError(company.error, 'not_found') || isApiError(company.error, 'validation_failed') ? (
          <EmptyState title={t('companies.notFound')} />
        ) : (
          <ErrorAlert error={company.error} onRetry={() => void company.refetch()} />
        )}
      </Stack>
    );
  }

  const data = company.data;
  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between">
        <Title order={1} size="h2">
          {data.name}
        </Title>
        {can('companies.write') && (
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
          <Paper withBorder p="md" radius="md" component="section" aria-label={t('companies.details')}>
            <Stack gap="sm">
              <DetailItem label={t('companies.fields.domain')}>
                {data.domain ?? t('companies.noDomain')}
              </DetailItem>
              <DetailItem label={t('companies.fields.contacts')}>{data.contactCount}</DetailItem>
              <DetailItem label={t('companies.fields.openTickets')}>{data.openTicketCount}</DetailItem>
              <DetailItem label={t('companies.fields.notes')}>
                <Text
                  size="sm"
                  style={{ whiteSpace: 'pre-wrap' }}
                  c={data.notes === '' ? 'dimmed' : undefined}
                >
                  {data.notes === '' ? t('companies.noNotes') : data.notes}
                </Text>
              </DetailItem>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <section>
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h4">
                  {t('companies.contacts')}
                </Title>
                {can('contacts.write') && (
                  <Button
                    variant="subtle"
                    size="xs"
                    leftSection={<IconUserPlus size={14} />}
                    onClick={() => {
                      setAddingContact(true);
                    }}
                  >
                    {t('contacts.new')}
                  </Button>
                )}
              </Group>
              <CompanyContacts key={data.id} companyId={data.id} />
            </section>
            <section>
              <Title order={2} size="h4" mb="sm">
                {t('companies.tickets')}
              </Title>
              <TicketList
                key={data.id}
                params={{ companyId: data.id, sort: 'updated_desc' }}
                label={t('companies.tickets')}
                emptyTitle={t('related.noTickets')}
              />
            </section>
          </Stack>
        </Grid.Col>
      </Grid>
      {editing && (
        <CompanyFormModal
          opened
          company={data}
          onClose={() => {
            setEditing(false);
          }}
        />
      )}
      {addingContact && (
        <ContactFormModal
          opened
          company={{ id: data.id, name: data.name }}
          onClose={() => {
            setAddingContact(false);
          }}
        />
      )}
    </Stack>
  );
}
