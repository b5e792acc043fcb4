import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../../lib/api/query-keys';
import { notifySuccess } from '../../../ui/notify';
import { relationsApi } from './relations-api';
import { ActionError } from '../ActionError';

interface SolveIncidentsDialogProps {
  problemId: string;
  openIncidents: number;
  onClose: () => void;
}

/**
 * Solves a problem ticket and all its open incidents with one reply to each requester
 * (`POST /api/tickets/:id/solve-incidents`), then says how many incidents were solved.
 */
export function SolveIncidentsDialog({ problemId, openIncidents, onClose }: SolveIncidentsDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const solve = useMutation({
    mutationFn: () => relationsApi.solveIncidents(problemId, body.trim()),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticket(problemId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tickets() });
      notifySuccess(t('ticketWork.links.solved', { count: result.solvedIncidents }));
      onClose();
    },
  });

  return (
    <Modal opened onClose={onClose} title={t('ticketWork.links.solveTitle')} centered size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (body.trim() !== '') solve.mutate();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('ticketWork.links.solveIntro', { count: openIncidents })}</Text>
          <Textarea
            label={t('ticketWork.links.solveBody')}
            required
            autosize
            minRows={4}
            value={body}
            onChange={(event) => {
              setBody(event.currentTarget.value);
            }}
          />
          {solve.isError && <ActionError error={solve.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={solve.isPending} disabled={body.trim() === ''}>
              {t('ticketWork.links.solveConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
