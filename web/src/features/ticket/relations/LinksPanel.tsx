import { formatTicketNumber, UNRESOLVED_STATUSES, type Ticket, type TicketLink } from '@atiende/contracts';
import { ActionIcon, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLink, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { queryKeys } from '../../../lib/api/query-keys';
import { describeError } from '../../../lib/errors';
import { paths } from '../../../lib/paths';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { StatusBadge } from '../../../ui/StatusBadge';
import { AddLinkForm } from './AddLinkForm';
import { groupLinks, isRemovable } from './link-groups';
import { relationsApi } from './relations-api';
import { SolveIncidentsDialog } from './SolveIncidentsDialog';
import { useTicketLinks } from './use-links';

const listStyle = { listStyle: 'none', padding: 0, margin: 0 };

function LinkRow({ link, onRemove }: { link: TicketLink; onRemove: (() => void) | null }) {
  const { t } = useTranslation();
  const number = formatTicketNumber(link.ticket.number);
  return (
    <Group gap="xs" wrap="nowrap" component="li" data-testid="ticket-link">
      <Anchor
        component={Link}
        to={paths.ticket(link.ticket.id)}
        size="sm"
        style={{ flex: 1, minWidth: 0 }}
        truncate
      >
        {number} {link.ticket.subject}
      </Anchor>
      <StatusBadge status={link.ticket.status} />
      {onRemove && (
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('ticketWork.links.remove', { number })}
          onClick={onRemove}
        >
          <IconX size={14} />
        </ActionIcon>
      )}
    </Group>
  );
}

/**
 * The ticket's links under headings (problem, incidents, related, merged into/here, split from,
 * follow-ups), each opening the other ticket with its status. Agents who can write add and remove
 * related/incident links; on a problem with open incidents, "Resolver problema e incidentes".
 */
export function LinksPanel({ ticket, readOnly }: { ticket: Ticket; readOnly: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const links = useTicketLinks(ticket.id);
  const [adding, setAdding] = useState(false);
  const [solving, setSolving] = useState(false);
  const unlink = useMutation({
    mutationFn: (link: TicketLink) => relationsApi.deleteLink(ticket.id, link.id),
    onSuccess: (_done, link) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticketLinks(ticket.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticketLinks(link.ticket.id) });
      notifySuccess(t('ticketWork.links.removed'));
    },
    onError: (error) => {
      notifyError(t('common.notSaved'), describeError(t, error));
    },
  });

  const groups = groupLinks(links.data ?? []);
  const openIncidents = (links.data ?? []).filter(
    (link) =>
      link.kind === 'incident' &&
      link.direction === 'incoming' &&
      UNRESOLVED_STATUSES.includes(link.ticket.status),
  ).length;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="ticket-links-title">
      <Stack gap="sm">
        <Title order={2} size="h5" id="ticket-links-title">
          {t('ticketWork.links.title')}
        </Title>
        {links.isError && <ErrorAlert error={links.error} onRetry={() => void links.refetch()} />}
        {links.isSuccess && groups.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('ticketWork.links.empty')}
          </Text>
        )}
        {groups.map(({ group, links: inGroup }) => (
          <div key={group} role="group" aria-label={t(`ticketWork.links.groups.${group}`)}>
            <Text size="xs" c="dimmed" fw={500}>
              {t(`ticketWork.links.groups.${group}`)}
            </Text>
            <Stack gap={4} component="ul" style={listStyle}>
              {inGroup.map((link) => (
                <LinkRow
                  key={link.id}
                  link={link}
                  onRemove={
                    !readOnly && isRemovable(link)
                      ? () => {
                          unlink.mutate(link);
                        }
                      : null
                  }
                />
              ))}
            </Stack>
          </div>
        ))}
        {!readOnly && openIncidents > 0 && (
          <Button
            size="xs"
            color="green"
            onClick={() => {
              setSolving(true);
            }}
          >
            {t('ticketWork.links.solveProblem')}
          </Button>
        )}
        {!readOnly &&
          (adding ? (
            <AddLinkForm
              ticketId={ticket.id}
              onDone={() => {
                setAdding(false);
              }}
            />
          ) : (
            <Button
              variant="light"
              size="xs"
              leftSection={<IconLink size={14} />}
              onClick={() => {
                setAdding(true);
              }}
            >
              {t('ticketWork.links.add')}
            </Button>
          ))}
      </Stack>
      {solving && (
        <SolveIncidentsDialog
          problemId={ticket.id}
          openIncidents={openIncidents}
          onClose={() => {
            setSolving(false);
          }}
        />
      )}
    </Paper>
  );
}
