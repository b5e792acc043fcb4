import type { TimeInStage } from '@atiende/contracts';
import { Button, Collapse, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconClockHour4 } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../../lib/api/query-keys';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDuration } from '../../../lib/i18n/format-duration';
import { lifecycleApi } from './lifecycle-api';

function DurationTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { key: string; label: string; seconds: number }[];
}) {
  const { t } = useTranslation();
  return (
    <Table withRowBorders={false} verticalSpacing={2} fz="sm">
      <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
        <Text size="xs" c="dimmed" fw={500} span>
          {caption}
        </Text>
      </Table.Caption>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td>{row.label}</Table.Td>
            <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
              {formatDuration(t, row.seconds)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function StageTables({ data }: { data: TimeInStage }) {
  const { t } = useTranslation();
  if (data.status.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('ticketWork.timeInStage.empty')}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={1} spacing="xs">
      <DurationTable
        caption={t('ticketWork.timeInStage.byStatus')}
        rows={data.status.map((s) => ({ key: s.status, label: t(`status.${s.status}`), seconds: s.seconds }))}
      />
      <DurationTable
        caption={t('ticketWork.timeInStage.byAssignee')}
        rows={data.assignee.map((a) => ({
          key: a.agent?.id ?? 'none',
          label: a.agent?.name ?? t('ticketWork.timeInStage.unassigned'),
          seconds: a.seconds,
        }))}
      />
      <DurationTable
        caption={t('ticketWork.timeInStage.byTeam')}
        rows={data.team.map((s) => ({
          key: s.team?.id ?? 'none',
          label: s.team?.name ?? t('ticketWork.timeInStage.noTeam'),
          seconds: s.seconds,
        }))}
      />
    </SimpleGrid>
  );
}

/**
 * How long the ticket spent in each status, with each agent and with each team, collapsed by
 * default and only fetched once opened (`GET /api/tickets/:id/time-in-stage`).
 */
export function TimeInStagePanel({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const stages = useQuery({
    queryKey: queryKeys.ticketTimeInStage(ticketId),
    queryFn: () => lifecycleApi.timeInStage(ticketId),
    enabled: open,
  });
  return (
    <Paper withBorder p="md" radius="md" component="section">
      <Button
        variant="subtle"
        color="gray"
        size="compact-sm"
        leftSection={<IconClockHour4 size={16} />}
        rightSection={open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
        aria-expanded={open}
        aria-controls="ticket-time-in-stage"
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        {t('ticketWork.timeInStage.title')}
      </Button>
      <Collapse in={open} id="ticket-time-in-stage">
        <Stack mt="xs">
          {stages.isPending && open && <CenteredLoader label={t('common.loading')} />}
          {stages.isError && <ErrorAlert error={stages.error} onRetry={() => void stages.refetch()} />}
          {stages.isSuccess && <StageTables data={stages.data} />}
        </Stack>
      </Collapse>
    </Paper>
  );
}
