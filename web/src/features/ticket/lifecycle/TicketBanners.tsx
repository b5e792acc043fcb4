import { formatTicketNumber, type Ticket } from '@atiende/contracts';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconLock, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/i18n/dates';
import { paths } from '../../../lib/paths';
import { useAbilities } from '../../../lib/use-abilities';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { describeError } from '../../../lib/errors';
import { useTicketConfig } from '../../ticket-config/use-ticket-config';
import { useTicketLinks } from '../relations/use-links';
import { storeTicket } from '../use-ticket';
import { FollowUpDialog } from './FollowUpDialog';
import { lifecycleApi } from './lifecycle-api';

/** "In the trash since … — deleted for good on …", with "Restore" for agents who may manage tickets. */
function TrashedBanner({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const { can } = useAbilities();
  const queryClient = useQueryClient();
  const days = useTicketConfig().data?.settings.trashRetentionDays;
  const language = i18n.resolvedLanguage ?? i18n.language;
  const restore = useMutation({
    mutationFn: () => lifecycleApi.restore(ticket.id),
    onSuccess: (updated) => {
      storeTicket(queryClient, updated);
      notifySuccess(t('ticketWork.trash.restored'));
    },
    onError: (error) => {
      notifyError(t('common.notSaved'), describeError(t, error));
    },
  });
  const since = ticket.trashedAt ?? ticket.updatedAt;
  const purge = days === undefined ? '…' : formatDate(dayjs(since).add(days, 'day').toISOString(), language);
  return (
    <Alert color="dark" icon={<IconTrash size={18} />} data-testid="trashed-banner">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {t('ticketWork.trash.banner', {
            since: formatDate(since, language),
            reason: t(`ticketWork.trash.reasons.${ticket.trashReason ?? 'other'}`),
            purge,
          })}
        </Text>
        {can('tickets.manage') && (
          <Button size="xs" variant="white" loading={restore.isPending} onClick={() => restore.mutate()}>
            {t('ticketWork.actions.restore')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

/** "Closed — cannot be changed", the ticket it was merged into if any, and "Create follow-up ticket". */
function ClosedBanner({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { can } = useAbilities();
  const [followUp, setFollowUp] = useState(false);
  const mergedInto = useTicketLinks(ticket.id).data?.find(
    (link) => link.kind === 'merged_into' && link.direction === 'outgoing',
  );
  return (
    <Alert color="gray" icon={<IconLock size={18} />} data-testid="closed-banner">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('ticketWork.closed.banner')}
          </Text>
          {mergedInto ? (
            <Text size="sm">
              {t('ticketWork.closed.mergedInto')}{' '}
              <Anchor component={Link} to={paths.ticket(mergedInto.ticket.id)} size="sm" fw={600}>
                {formatTicketNumber(mergedInto.ticket.number)} {mergedInto.ticket.subject}
              </Anchor>
            </Text>
          ) : (
            <Text size="sm">{t('ticketWork.closed.bannerHint')}</Text>
          )}
        </Stack>
        {can('tickets.write') && (
          <Button
            size="xs"
            variant="white"
            onClick={() => {
              setFollowUp(true);
            }}
          >
            {t('ticketWork.actions.followUp')}
          </Button>
        )}
      </Group>
      {followUp && (
        <FollowUpDialog
          ticket={ticket}
          onClose={() => {
            setFollowUp(false);
          }}
        />
      )}
    </Alert>
  );
}

/** The banner explaining why a trashed or closed ticket cannot be worked on, with what can be done. */
export function TicketBanners({ ticket }: { ticket: Ticket }) {
  if (ticket.status === 'trashed') return <TrashedBanner ticket={ticket} />;
  if (ticket.status === 'closed') return <ClosedBanner ticket={ticket} />;
  return null;
}
