import type { BulkAction, BulkOperation } from '@atiende/contracts';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/errors';
import { FormAlert } from '../../../ui/FormAlert';
import type { SelectedTicket } from '../use-ticket-selection';
import { startBulkAction } from './bulk-api';
import { AssignFields, PriorityFields, StatusFields, TagsFields, TrashFields } from './bulk-fields';
import { MergeFields } from './MergeFields';

/** The bulk actions the bar offers, one form each. */
export type BulkKind = BulkAction['type'];

interface BulkActionModalProps {
  kind: BulkKind;
  selected: readonly SelectedTicket[];
  onClose: () => void;
  /** Called with the operation the server accepted (202), to follow its progress. */
  onStarted: (operation: BulkOperation) => void;
}

/** The tickets a bulk action is sent for: a merge leaves its target out. */
export function bulkTicketIds(action: BulkAction, selected: readonly SelectedTicket[]): string[] {
  const ids = selected.map((ticket) => ticket.id);
  return action.type === 'merge' ? ids.filter((id) => id !== action.targetTicketId) : ids;
}

/**
 * Asks for the details of one bulk action (who to assign, which status…) and starts it with
 * `POST /api/tickets/bulk`; the parent then shows the progress of the returned operation.
 */
export function BulkActionModal({ kind, selected, onClose, onStarted }: BulkActionModalProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState<BulkAction | null>(null);
  const start = useMutation({ mutationFn: startBulkAction, onSuccess: onStarted });

  const ticketIds = action ? bulkTicketIds(action, selected) : [];
  const ready = action !== null && ticketIds.length > 0;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (action === null || !ready) return;
    start.mutate({ ticketIds, action });
  };

  const fields = {
    assign: <AssignFields onChange={setAction} />,
    status: <StatusFields onChange={setAction} />,
    priority: <PriorityFields onChange={setAction} />,
    tags: <TagsFields onChange={setAction} />,
    merge: <MergeFields onChange={setAction} selected={selected} />,
    trash: <TrashFields onChange={setAction} />,
  }[kind];

  return (
    <Modal opened onClose={onClose} title={t(`views.bulk.titles.${kind}`)}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert message={start.error ? describeError(t, start.error) : null} />
          <Text size="sm" c="dimmed">
            {t('views.bulk.appliesTo', { count: action ? ticketIds.length : selected.length })}
          </Text>
          {fields}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              disabled={!ready}
              loading={start.isPending}
              color={kind === 'trash' ? 'red' : undefined}
            >
              {t('views.bulk.apply')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
