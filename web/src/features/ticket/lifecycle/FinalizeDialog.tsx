import type { Resolution, Ticket } from '@atiende/contracts';
import { Alert, Button, Group, List, Modal, Radio, Select, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../../lib/api/endpoints';
import { notifySuccess } from '../../../ui/notify';
import { activeOnly, useTicketConfig } from '../../ticket-config/use-ticket-config';
import { ActionError } from '../ActionError';
import { storeTicket } from '../use-ticket';
import { missingFieldsFrom, reasonErrorFrom } from '../../ticket-config/solve-errors';
import type { StatusChoice } from './status-options';

interface FinalizeDialogProps {
  ticket: Ticket;
  /** The solved-category choice being confirmed (the category itself or one of its custom statuses). */
  choice: StatusChoice;
  onClose: () => void;
  /** Receives the ids of the custom fields the server required, so the side panel can highlight them. */
  onMissingFields: (fieldIds: string[]) => void;
}

/**
 * "Finalizar ticket": asks whether the ticket ended finalized or not; "not finalized" needs a reason
 * from the workspace's active list. Confirming PATCHes `status: solved` (or the custom status) with
 * the resolution. When the server refuses because required-on-solve custom fields are empty, the
 * dialog names them and reports their ids so the side panel marks them.
 */
export function FinalizeDialog({ ticket, choice, onClose, onMissingFields }: FinalizeDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const config = useTicketConfig().data;
  const reasons = activeOnly(config?.resolutionReasons ?? []);
  const [resolution, setResolution] = useState<Resolution>('finalized');
  const [reasonId, setReasonId] = useState<string | null>(null);
  const [reasonMissing, setReasonMissing] = useState(false);

  const solve = useMutation({
    mutationFn: () =>
      endpoints.updateTicket(ticket.id, {
        ...choice.input,
        status: 'solved',
        resolution,
        ...(resolution === 'not_finalized' ? { resolutionReasonId: reasonId } : {}),
      }),
    onSuccess: (updated) => {
      storeTicket(queryClient, updated);
      onMissingFields([]);
      notifySuccess(t('ticketWork.finalize.done'));
      onClose();
    },
    onError: (error) => {
      onMissingFields(missingFieldsFrom(error, config?.customFields ?? []).map((field) => field.id));
    },
  });

  const missing = missingFieldsFrom(solve.error, config?.customFields ?? []);
  const reasonError =
    (reasonMissing && reasonId === null ? t('ticketWork.finalize.reasonRequired') : null) ??
    reasonErrorFrom(solve.error);
  const otherError = solve.isError && missing.length === 0 && reasonError === null;

  const submit = (event: React.SyntheticEvent) => {
    event.preventDefault();
    if (resolution === 'not_finalized' && reasonId === null) {
      setReasonMissing(true);
      return;
    }
    solve.mutate();
  };

  return (
    <Modal opened onClose={onClose} title={t('ticketWork.finalize.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Radio.Group
            label={t('ticketWork.finalize.intro')}
            value={resolution}
            onChange={(value) => {
              setResolution(value === 'not_finalized' ? 'not_finalized' : 'finalized');
            }}
          >
            <Stack gap="xs" mt="xs">
              <Radio
                value="finalized"
                label={t('ticketWork.finalize.finalized')}
                description={t('ticketWork.finalize.finalizedHint')}
              />
              <Radio
                value="not_finalized"
                label={t('ticketWork.finalize.notFinalized')}
                description={t('ticketWork.finalize.notFinalizedHint')}
              />
            </Stack>
          </Radio.Group>
          {resolution === 'not_finalized' && (
            <Select
              label={t('ticketWork.finalize.reason')}
              placeholder={t('ticketWork.finalize.reasonPlaceholder')}
              data={reasons.map((reason) => ({ value: reason.id, label: reason.name }))}
              value={reasonId}
              onChange={setReasonId}
              required
              error={reasonError}
            />
          )}
          {missing.length > 0 && (
            <Alert color="red" role="alert" title={t('ticketWork.finalize.missingFields')}>
              <List size="sm">
                {missing.map((field) => (
                  <List.Item key={field.id}>{field.label}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {otherError && <ActionError error={solve.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={solve.isPending}>
              {t('ticketWork.finalize.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
