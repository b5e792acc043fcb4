import { formatTicketNumber, type Ticket } from '@atiende/contracts';
import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../lib/paths';
import { notifySuccess } from '../../../ui/notify';
import { storeTicket } from '../use-ticket';
import { lifecycleApi } from './lifecycle-api';
import { ActionError } from '../ActionError';

/**
 * A closed ticket cannot change, so continuing the conversation opens a follow-up ticket: the agent
 * writes the first message (and may change the subject), `POST /api/tickets/:id/follow-up` creates
 * it linked to the closed one, and the app opens it.
 */
export function FollowUpDialog({ ticket, onClose }: { ticket: Ticket; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const create = useMutation({
    mutationFn: () =>
      lifecycleApi.followUp(ticket.id, {
        bodyText: body.trim(),
        ...(subject.trim() === '' ? {} : { subject: subject.trim() }),
      }),
    onSuccess: (created) => {
      storeTicket(queryClient, created);
      notifySuccess(t('ticketWork.followUp.created', { number: formatTicketNumber(created.number) }));
      onClose();
      void navigate(paths.ticket(created.id));
    },
  });

  return (
    <Modal opened onClose={onClose} title={t('ticketWork.followUp.title')} centered size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (body.trim() !== '') create.mutate();
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('ticketWork.followUp.subject')}
            placeholder={t('ticketWork.followUp.subjectPlaceholder', { subject: ticket.subject })}
            value={subject}
            onChange={(event) => {
              setSubject(event.currentTarget.value);
            }}
          />
          <Textarea
            label={t('ticketWork.followUp.body')}
            required
            autosize
            minRows={4}
            value={body}
            onChange={(event) => {
              setBody(event.currentTarget.value);
            }}
          />
          {create.isError && <ActionError error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={body.trim() === ''}>
              {t('ticketWork.followUp.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
