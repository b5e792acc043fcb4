import type { BulkOperation } from '@atiende/contracts';
import { Button, Group, Paper, Text } from '@mantine/core';
import {
  IconArrowMerge,
  IconFlag,
  IconProgressCheck,
  IconTags,
  IconTrash,
  IconUserShare,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketListParams } from '../../../lib/api/query-string';
import { describeError } from '../../../lib/errors';
import { notifyError } from '../../../ui/notify';
import { MAX_BULK_TICKETS, type SelectedTicket, type TicketSelection } from '../use-ticket-selection';
import { fetchMatchingTickets } from './bulk-api';
import { BulkActionModal, type BulkKind } from './BulkActionModal';
import { BulkProgressModal } from './BulkProgressModal';

const ACTIONS: { kind: BulkKind; icon: typeof IconFlag }[] = [
  { kind: 'assign', icon: IconUserShare },
  { kind: 'status', icon: IconProgressCheck },
  { kind: 'priority', icon: IconFlag },
  { kind: 'tags', icon: IconTags },
  { kind: 'merge', icon: IconArrowMerge },
  { kind: 'trash', icon: IconTrash },
];

interface BulkBarProps {
  selection: TicketSelection;
  /** The list's filters, to select every matching ticket (not only the loaded ones). */
  params: TicketListParams;
}

/**
 * Shown while tickets are checked: how many, "select all matching (up to 1,000)", clear, and the
 * bulk actions (assign, status, priority, tags, merge, trash). Each action opens its form; once
 * started, a progress dialog follows it and the selection is cleared when it is dismissed.
 */
export function BulkBar({ selection, params }: BulkBarProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<BulkKind | null>(null);
  const [running, setRunning] = useState<{ operation: BulkOperation; tickets: SelectedTicket[] } | null>(
    null,
  );
  const [loading, setLoading] = useState<number | null>(null);
  const [truncated, setTruncated] = useState(false);
  const selected = [...selection.selected.values()];

  const selectMatching = async () => {
    setLoading(0);
    try {
      const result = await fetchMatchingTickets(params, setLoading);
      selection.replace(result.tickets);
      setTruncated(result.truncated);
    } catch (error) {
      notifyError(t('views.bulk.selectFailed'), describeError(t, error));
    } finally {
      setLoading(null);
    }
  };

  if (selection.count === 0 && running === null) return null;

  return (
    <>
      {selection.count > 0 && (
        <Paper
          withBorder
          p="xs"
          mb="sm"
          radius="md"
          component="section"
          aria-label={t('views.bulk.barLabel')}
          pos="sticky"
          top={64}
          style={{ zIndex: 2 }}
        >
          <Group justify="space-between" gap="xs">
            <Group gap="xs">
              <Text size="sm" fw={600} role="status">
                {t('views.bulk.selected', { count: selection.count })}
              </Text>
              {truncated && (
                <Text size="xs" c="dimmed">
                  {t('views.bulk.truncated', { max: MAX_BULK_TICKETS })}
                </Text>
              )}
              <Button
                size="compact-sm"
                variant="subtle"
                loading={loading !== null}
                onClick={() => void selectMatching()}
              >
                {t('views.bulk.selectMatching', { max: MAX_BULK_TICKETS })}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                leftSection={<IconX size={14} />}
                onClick={() => {
                  selection.clear();
                  setTruncated(false);
                }}
              >
                {t('views.bulk.clear')}
              </Button>
            </Group>
            <Group gap={6}>
              {ACTIONS.map(({ kind: actionKind, icon: Icon }) => (
                <Button
                  key={actionKind}
                  size="compact-sm"
                  variant="light"
                  color={actionKind === 'trash' ? 'red' : undefined}
                  leftSection={<Icon size={14} />}
                  onClick={() => {
                    setKind(actionKind);
                  }}
                >
                  {t(`views.bulk.actions.${actionKind}`)}
                </Button>
              ))}
            </Group>
          </Group>
        </Paper>
      )}
      {kind !== null && (
        <BulkActionModal
          kind={kind}
          selected={selected}
          onClose={() => {
            setKind(null);
          }}
          onStarted={(operation) => {
            setKind(null);
            setRunning({ operation, tickets: selected });
          }}
        />
      )}
      {running !== null && (
        <BulkProgressModal
          operation={running.operation}
          tickets={running.tickets}
          onClose={() => {
            setRunning(null);
            selection.clear();
            setTruncated(false);
          }}
        />
      )}
    </>
  );
}
