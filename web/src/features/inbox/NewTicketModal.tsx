import { Channel, formatTicketNumber, TicketPriority, TicketType } from '@atiende/contracts';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CreateTicketBody } from '../../lib/api/endpoints';
import { formErrorsFrom, looksLikeEmail, type FieldErrors } from '../../lib/errors';
import { paths } from '../../lib/paths';
import { FormAlert } from '../../ui/FormAlert';
import { notifySuccess } from '../../ui/notify';
import { activeOnly, useTicketConfig } from '../ticket-config/use-ticket-config';
import { useCreateTicket } from './use-ticket-queries';

type Field = 'subject' | 'requesterEmail' | 'requesterName' | 'body' | 'priority' | 'type' | 'channel';

/** Where the server's validation issues (CreateTicketInput paths) are shown. */
const ISSUE_FIELDS: Record<string, Field> = {
  subject: 'subject',
  requester: 'requesterEmail',
  'requester.email': 'requesterEmail',
  'requester.name': 'requesterName',
  body: 'body',
  priority: 'priority',
  type: 'type',
  channel: 'channel',
};

/**
 * Agents mostly log tickets for customers who called; without a channel the server would record
 * `api`. The agent can pick the real one.
 */
const DEFAULT_CHANNEL: Channel = 'phone';

const EMPTY = { subject: '', requesterEmail: '', requesterName: '', body: '' };

interface NewTicketModalProps {
  opened: boolean;
  onClose: () => void;
}

/**
 * Form to open a ticket on behalf of a customer (subject, requester email and name, description,
 * priority, type — one of the workspace's active types). The requester is found or created by
 * email on the server. On success it opens the new ticket.
 */
export function NewTicketModal({ opened, onClose }: NewTicketModalProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createTicket = useCreateTicket();
  const types = activeOnly(useTicketConfig().data?.types ?? []);
  const [values, setValues] = useState(EMPTY);
  const [priority, setPriority] = useState<TicketPriority>('normal');
  const [type, setType] = useState<TicketType | null>(null);
  const [channel, setChannel] = useState<Channel>(DEFAULT_CHANNEL);
  const [localErrors, setLocalErrors] = useState<FieldErrors<Field>>({});

  const server = formErrorsFrom(t, createTicket.error, ISSUE_FIELDS);
  const errors: FieldErrors<Field> = { ...server.fields, ...localErrors };

  const set = (field: keyof typeof EMPTY) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [field]: value }));
    setLocalErrors((current) => ({ ...current, [field]: undefined }));
  };

  const close = () => {
    setValues(EMPTY);
    setPriority('normal');
    setType(null);
    setChannel(DEFAULT_CHANNEL);
    setLocalErrors({});
    createTicket.reset();
    onClose();
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const missing: FieldErrors<Field> = {};
    if (values.subject.trim() === '') missing.subject = t('errors.required');
    if (values.body.trim() === '') missing.body = t('errors.required');
    if (values.requesterEmail.trim() === '') missing.requesterEmail = t('errors.required');
    else if (!looksLikeEmail(values.requesterEmail)) missing.requesterEmail = t('errors.invalidEmail');
    setLocalErrors(missing);
    if (Object.keys(missing).length > 0) return;

    const name = values.requesterName.trim();
    const email = values.requesterEmail.trim();
    const input: CreateTicketBody = {
      subject: values.subject.trim(),
      body: values.body.trim(),
      requester: name === '' ? { email } : { email, name },
      priority,
      type,
      channel,
    };
    createTicket.mutate(input, {
      onSuccess: (ticket) => {
        notifySuccess(t('newTicket.created', { number: formatTicketNumber(ticket.number) }));
        close();
        void navigate(paths.ticket(ticket.id));
      },
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('newTicket.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert message={server.general} />
          <TextInput
            label={t('newTicket.subject')}
            required
            value={values.subject}
            onChange={set('subject')}
            error={errors.subject}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('newTicket.requesterEmail')}
              type="email"
              required
              value={values.requesterEmail}
              onChange={set('requesterEmail')}
              error={errors.requesterEmail}
            />
            <TextInput
              label={t('newTicket.requesterName')}
              description={t('newTicket.requesterNameHint')}
              value={values.requesterName}
              onChange={set('requesterName')}
              error={errors.requesterName}
            />
          </SimpleGrid>
          <Textarea
            label={t('newTicket.body')}
            required
            autosize
            minRows={5}
            maxRows={14}
            value={values.body}
            onChange={set('body')}
            error={errors.body}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('newTicket.priority')}
              data={TicketPriority.options.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
              value={priority}
              onChange={(value) => {
                const parsed = TicketPriority.safeParse(value);
                if (parsed.success) setPriority(parsed.data);
              }}
              allowDeselect={false}
              error={errors.priority}
            />
            <Select
              label={t('newTicket.type')}
              placeholder={t('newTicket.typePlaceholder')}
              data={types.map((ty) => ({ value: ty.key, label: ty.name }))}
              value={type}
              onChange={(value) => {
                const parsed = TicketType.safeParse(value);
                setType(parsed.success ? parsed.data : null);
              }}
              clearable
              error={errors.type}
            />
            <Select
              label={t('newTicket.channel')}
              data={Channel.options.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
              value={channel}
              onChange={(value) => {
                const parsed = Channel.safeParse(value);
                if (parsed.success) setChannel(parsed.data);
              }}
              allowDeselect={false}
              error={errors.channel}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={createTicket.isPending}>
              {t('newTicket.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
