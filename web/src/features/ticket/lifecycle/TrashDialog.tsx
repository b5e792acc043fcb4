import { TrashReason, type Ticket } from '@atiende/contracts';
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../ui/notify';
import { useTicketConfig } from '../../ticket-config/use-ticket-config';
import { storeTicket } from '../use-ticket';
import { lifecycleApi } from './lifecycle-api';
import { ActionError } from '../ActionError';

/**
 * Confirms sending a ticket to the trash with a reason (spam, duplicate, other), saying how long it
 * stays restorable (the workspace's retention setting). Calls `POST /api/tickets/:id/trash`.
 */
export function TrashDialog({ ticket, onClose }: { ticket: Ticket; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const days = useTicketConfig().data?.settings.trashRetentionDays;
  const [reason, setReason] = useState<TrashReason>('spam');
  const trash = useMutation({
    mutationFn: () => lifecycleApi.trash(ticket.id, reason),
    onSuccess: (updated) => {
      storeTicket(queryClient, updated);
      notifySuccess(t('ticketWork.trash.done'));
      onClose();
    },
  });

  return (
    <Modal opened onClose={onClose} title={t('ticketWork.trash.title')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          trash.mutate();
        }}
      >
        <Stack gap="md">
          {days !== undefined && <Text size="sm">{t('ticketWork.trash.intro', { days })}</Text>}
          <Radio.Group
            label={t('ticketWork.trash.reason')}
            value={reason}
            onChange={(value) => {
              const parsed = TrashReason.safeParse(value);
              if (parsed.success) setReason(parsed.data);
            }}
          >
            <Group gap="md" mt="xs">
              {TrashReason.options.map((option) => (
                <Radio key={option} value={option} label={t(`ticketWork.trash.reasons.${option}`)} />
              ))}
            </Group>
          </Radio.Group>
          {trash.isError && <ActionError error={trash.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={trash.isPending}>
              {t('ticketWork.trash.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
