import type { SlaPolicy, SlaRecomputeRun } from '@atiende/contracts';
import { ActionIcon, Switch, Table, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../lib/api/query-keys';
import { describeError } from '../../lib/errors';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { EditDeleteActions } from '../../ui/EditDeleteActions';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { notifyError } from '../../ui/notify';
import { useTypeName } from '../inbox/use-type-names';
import { useTeams } from '../settings/use-directory';
import { slaApi } from '../sla/sla-api';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { ListTabFrame } from './ListTabFrame';
import { conditionsSummary, moveId } from './policy-summary';
import { PolicyFormModal } from './PolicyFormModal';
import { usePolicies, useSlaMutation } from './use-sla-settings';

type Editing = { mode: 'new' } | { mode: 'edit'; policy: SlaPolicy } | null;

/**
 * The SLA policies in evaluation order (the first active one matching a ticket applies): move up
 * and down with buttons (keyboard accessible), switch a policy on or off, edit, delete, create.
 * Every save may start a recompute of open tickets, reported through `onRecompute`.
 */
export function PoliciesTab({ onRecompute }: { onRecompute: (run: SlaRecomputeRun) => void }) {
  const { t } = useTranslation();
  const policies = usePolicies();
  const queryClient = useQueryClient();
  const typeName = useTypeName();
  const teams = useTeams().data ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<SlaPolicy | null>(null);
  const onError = (error: unknown) => {
    notifyError(t('common.notSaved'), describeError(t, error));
  };
  const reorder = useSlaMutation((ids: string[]) => slaApi.reorderPolicies(ids));
  const toggle = useSlaMutation(({ id, active }: { id: string; active: boolean }) =>
    slaApi.updatePolicy(id, { active }),
  );
  const remove = useSlaMutation((id: string) => slaApi.deletePolicy(id));

  if (policies.isPending) return <CenteredLoader label={t('common.loading')} />;
  if (policies.isError) return <ErrorAlert error={policies.error} onRetry={() => void policies.refetch()} />;
  const list = policies.data;
  const names = {
    typeName,
    teamName: (id: string) => teams.find((team) => team.id === id)?.name ?? id,
  };

  const move = (policy: SlaPolicy, delta: -1 | 1) => {
    const ids = moveId(
      list.map((p) => p.id),
      policy.id,
      delta,
    );
    // Show the new order at once; the refetch after the request settles confirms it.
    queryClient.setQueryData<SlaPolicy[]>(queryKeys.slaPolicies(), (current) =>
      ids.map((id) => current?.find((p) => p.id === id)).filter((p): p is SlaPolicy => p !== undefined),
    );
    reorder.mutate(ids, {
      onError,
      onSuccess: (result) => {
        onRecompute(result.recompute);
      },
    });
  };

  return (
    <ListTabFrame
      section="policies"
      empty={list.length === 0}
      minWidth={720}
      onNew={() => {
        setEditing({ mode: 'new' });
      }}
      head={
        <>
          <Table.Th w={48}>{t('sla.policies.order')}</Table.Th>
          <Table.Th>{t('sla.policies.name')}</Table.Th>
          <Table.Th>{t('sla.policies.appliesTo')}</Table.Th>
          <Table.Th>{t('sla.policies.hours')}</Table.Th>
          <Table.Th>{t('sla.policies.active')}</Table.Th>
        </>
      }
      dialogs={
        <>
          {editing !== null && (
            <PolicyFormModal
              {...(editing.mode === 'edit' ? { policy: editing.policy } : {})}
              onClose={() => {
                setEditing(null);
              }}
              onRecompute={onRecompute}
            />
          )}
          {deleting !== null && (
            <ConfirmDeleteModal
              section="policies"
              item={deleting}
              remove={remove}
              error={remove.error === null ? null : describeError(t, remove.error)}
              onClose={() => {
                setDeleting(null);
              }}
            />
          )}
        </>
      }
    >
      {list.map((policy, index) => (
        <Table.Tr key={policy.id} data-testid="sla-policy-row">
          <Table.Td>
            <Text size="sm" c="dimmed">
              {index + 1}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm" fw={600}>
              {policy.name}
            </Text>
            {policy.description !== '' && (
              <Text size="xs" c="dimmed" lineClamp={2}>
                {policy.description}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Text size="sm">{conditionsSummary(t, policy.conditions, names)}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{policy.calendar?.name ?? t('sla.policyForm.allDay')}</Text>
          </Table.Td>
          <Table.Td>
            <Switch
              aria-label={t('sla.policies.activeOf', { name: policy.name })}
              checked={policy.active}
              onChange={(event) => {
                toggle.mutate(
                  { id: policy.id, active: event.currentTarget.checked },
                  {
                    onError,
                    onSuccess: (result) => {
                      if (result.recompute !== null) onRecompute(result.recompute);
                    },
                  },
                );
              }}
            />
          </Table.Td>
          <Table.Td>
            <EditDeleteActions
              editLabel={t('sla.policies.edit', { name: policy.name })}
              deleteLabel={t('sla.policies.delete', { name: policy.name })}
              onEdit={() => {
                setEditing({ mode: 'edit', policy });
              }}
              onDelete={() => {
                remove.reset();
                setDeleting(policy);
              }}
            >
              <ActionIcon
                variant="subtle"
                aria-label={t('sla.policies.moveUp', { name: policy.name })}
                disabled={index === 0 || reorder.isPending}
                onClick={() => {
                  move(policy, -1);
                }}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                aria-label={t('sla.policies.moveDown', { name: policy.name })}
                disabled={index === list.length - 1 || reorder.isPending}
                onClick={() => {
                  move(policy, 1);
                }}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
            </EditDeleteActions>
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTabFrame>
  );
}
