import { formatTicketNumber, type Message, type Ticket } from '@atiende/contracts';
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../../lib/api/query-keys';
import { paths } from '../../../lib/paths';
import { notifySuccess } from '../../../ui/notify';
import { storeTicket } from '../use-ticket';
import { relationsApi } from './relations-api';
import { ActionError } from '../ActionError';

interface SplitDialogProps {
  ticket: Pick<Ticket, 'id' | 'number' | 'subject'>;
  message: Message;
  onClose: () => void;
}

/**
 * "Dividir en un ticket nuevo": moves a message (and optionally every later one) into a new ticket
 * linked to this one (`POST /api/tickets/:id/split`), then opens the new ticket.
 */
export function SplitDialog({ ticket, message, onClose }: SplitDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [subject, setSubject] = useState('');
  const [withLater, setWithLater] = useState(false);
  const split = useMutation({
    mutationFn: () =>
      relationsApi.split(ticket.id, {
        messageId: message.id,
        withLaterMessages: withLater,
        ...(subject.trim() === '' ? {} : { subject: subject.trim() }),
      }),
    onSuccess: (created) => {
      storeTicket(queryClient, created);
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticket(ticket.id) });
      notifySuccess(t('ticketWork.split.done', { number: formatTicketNumber(created.number) }));
      onClose();
      void navigate(paths.ticket(created.id));
    },
  });

  return (
    <Modal opened onClose={onClose} title={t('ticketWork.split.title')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          split.mutate();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('ticketWork.split.intro', { number: formatTicketNumber(ticket.number) })}</Text>
          <TextInput
            label={t('ticketWork.split.subject')}
            placeholder={ticket.subject}
            value={subject}
            onChange={(event) => {
              setSubject(event.currentTarget.value);
            }}
          />
          <Checkbox
            label={t('ticketWork.split.withLater')}
            checked={withLater}
            onChange={(event) => {
              setWithLater(event.currentTarget.checked);
            }}
          />
          {split.isError && <ActionError error={split.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={split.isPending}>
              {t('ticketWork.split.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
