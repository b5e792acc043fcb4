import type { TicketRef } from '@atiende/contracts';
import { Button, Group, Select, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../../lib/api/query-keys';
import { describeError } from '../../../lib/errors';
import { notifyError } from '../../../ui/notify';
import { relationsApi } from './relations-api';
import { TicketPicker } from './TicketPicker';

type Kind = 'related' | 'incident';

/** Links this ticket to another: "related", or "this ticket is an incident of" (the other is its problem). */
export function AddLinkForm({ ticketId, onDone }: { ticketId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [other, setOther] = useState<TicketRef | null>(null);
  const [kind, setKind] = useState<Kind>('related');
  const link = useMutation({
    mutationFn: (target: TicketRef) => relationsApi.createLink(ticketId, { targetTicketId: target.id, kind }),
    onSuccess: (_created, target) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticketLinks(ticketId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticketLinks(target.id) });
      onDone();
    },
    onError: (error) => {
      notifyError(t('common.notSaved'), describeError(t, error));
    },
  });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (other) link.mutate(other);
      }}
    >
      <Stack gap="xs">
        <TicketPicker
          label={t('ticketWork.merge.search')}
          excludeIds={[ticketId]}
          value={other}
          onChange={setOther}
        />
        <Select
          label={t('ticketWork.links.kind')}
          data={(['related', 'incident'] as const).map((k) => ({
            value: k,
            label: t(`ticketWork.links.kinds.${k}`),
          }))}
          value={kind}
          allowDeselect={false}
          onChange={(value) => {
            setKind(value === 'incident' ? 'incident' : 'related');
          }}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="xs" disabled={!other} loading={link.isPending}>
            {t('ticketWork.links.confirmAdd')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
