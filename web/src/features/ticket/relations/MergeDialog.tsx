import { formatTicketNumber, type Ticket, type TicketRef } from '@atiende/contracts';
import { Alert, Button, Checkbox, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../../lib/api/query-keys';
import { paths } from '../../../lib/paths';
import { notifySuccess } from '../../../ui/notify';
import { storeTicket } from '../use-ticket';
import { relationsApi } from './relations-api';
import { TicketPicker } from './TicketPicker';
import { ActionError } from '../ActionError';

type Direction = 'into_other' | 'into_this';

/** Which ticket survives (target) and which is absorbed and closed (source) for a direction. */
export function mergeRoles(
  current: Pick<Ticket, 'id' | 'number'>,
  other: Pick<TicketRef, 'id' | 'number'>,
  direction: Direction,
) {
  return direction === 'into_this' ? { target: current, source: other } : { target: other, source: current };
}

/**
 * "Fusionar con otro ticket": pick the other ticket, choose which way the merge goes (this into the
 * other, or the other into this), with a sentence saying what moves and what is closed, optionally
 * notify both customers, then `POST /api/tickets/<target>/merge` and open the target.
 */
export function MergeDialog({ ticket, onClose }: { ticket: Ticket; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [other, setOther] = useState<TicketRef | null>(null);
  const [direction, setDirection] = useState<Direction>('into_this');
  const [notify, setNotify] = useState(false);
  const [needsOther, setNeedsOther] = useState(false);
  const me = formatTicketNumber(ticket.number);

  const merge = useMutation({
    mutationFn: (roles: ReturnType<typeof mergeRoles>) =>
      relationsApi.merge(roles.target.id, { sourceTicketIds: [roles.source.id], notifyRequesters: notify }),
    onSuccess: (target, roles) => {
      storeTicket(queryClient, target);
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticket(roles.source.id) });
      notifySuccess(t('ticketWork.merge.done', { number: formatTicketNumber(target.number) }));
      onClose();
      if (target.id !== ticket.id) void navigate(paths.ticket(target.id));
    },
  });

  const roles = other ? mergeRoles(ticket, other, direction) : null;
  const submit = (event: React.SyntheticEvent) => {
    event.preventDefault();
    if (!roles) {
      setNeedsOther(true);
      return;
    }
    merge.mutate(roles);
  };

  return (
    <Modal opened onClose={onClose} title={t('ticketWork.merge.title')} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TicketPicker
            label={t('ticketWork.merge.search')}
            excludeIds={[ticket.id]}
            value={other}
            onChange={setOther}
            error={needsOther && !other ? t('ticketWork.merge.pickFirst') : null}
          />
          <Radio.Group
            label={t('ticketWork.merge.direction')}
            value={direction}
            onChange={(value) => {
              setDirection(value === 'into_other' ? 'into_other' : 'into_this');
            }}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="into_this" label={t('ticketWork.merge.intoThis', { this: me })} />
              <Radio value="into_other" label={t('ticketWork.merge.intoOther', { this: me })} />
            </Stack>
          </Radio.Group>
          {roles && (
            <Alert color="blue" data-testid="merge-explanation">
              <Text size="sm">
                {t('ticketWork.merge.explain', {
                  source: formatTicketNumber(roles.source.number),
                  target: formatTicketNumber(roles.target.number),
                })}
              </Text>
            </Alert>
          )}
          <Checkbox
            label={t('ticketWork.merge.notify')}
            description={t('ticketWork.merge.notifyHint')}
            checked={notify}
            onChange={(event) => {
              setNotify(event.currentTarget.checked);
            }}
          />
          {merge.isError && <ActionError error={merge.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={merge.isPending}>
              {t('ticketWork.merge.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
