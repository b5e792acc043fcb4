import { formatTicketNumber, Resolution, type ResolutionReason } from '@atiende/contracts';
import { Button, Group, Modal, Radio, Select, Stack } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoveRequest } from './use-board';
import type { ResolutionChoice } from './use-move-flow';

interface ResolveDialogProps {
  /** The move waiting for an answer; the dialog is open while it is set. */
  request: MoveRequest | null;
  /** The workspace's active resolution reasons. */
  reasons: ResolutionReason[];
  onConfirm: (choice: ResolutionChoice) => void;
  onCancel: () => void;
}

function ResolveForm({ reasons, onConfirm, onCancel }: Omit<ResolveDialogProps, 'request'>) {
  const { t } = useTranslation();
  const [resolution, setResolution] = useState<Resolution>('finalized');
  const [reasonId, setReasonId] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (resolution === 'finalized') {
      onConfirm({ resolution });
      return;
    }
    if (reasonId === null) {
      setReasonError(t('board.resolve.reasonRequired'));
      return;
    }
    onConfirm({ resolution, resolutionReasonId: reasonId });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Radio.Group
          label={t('board.resolve.question')}
          value={resolution}
          onChange={(value) => {
            const parsed = Resolution.safeParse(value);
            if (parsed.success) setResolution(parsed.data);
          }}
        >
          <Group mt="xs">
            <Radio value="finalized" label={t('board.resolve.finalized')} data-autofocus />
            <Radio value="not_finalized" label={t('board.resolve.notFinalized')} />
          </Group>
        </Radio.Group>
        {resolution === 'not_finalized' && (
          <Select
            label={t('board.resolve.reason')}
            placeholder={t('board.resolve.reasonPlaceholder')}
            data={reasons.map((reason) => ({ value: reason.id, label: reason.name }))}
            value={reasonId}
            onChange={(value) => {
              setReasonId(value);
              setReasonError(null);
            }}
            error={reasonError}
            required
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('board.resolve.confirm')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Asked when a card is dropped on a solved column, with the same rule as the ticket view: a solved
 * ticket is "finalized", or "not finalized" with a reason from the admin list. Cancelling leaves
 * the card where it was.
 */
export function ResolveDialog({ request, reasons, onConfirm, onCancel }: ResolveDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={request !== null}
      onClose={onCancel}
      title={
        request === null ? '' : t('board.resolve.title', { number: formatTicketNumber(request.card.number) })
      }
    >
      {request !== null && (
        <ResolveForm key={request.card.id} reasons={reasons} onConfirm={onConfirm} onCancel={onCancel} />
      )}
    </Modal>
  );
}
