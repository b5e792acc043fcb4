import { Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session-context';
import { useAbilities } from '../../lib/use-abilities';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { activeOnly, useTicketConfig } from '../ticket-config/use-ticket-config';
import { BoardColumns } from './BoardColumns';
import { BoardFilterBar } from './BoardFilters';
import { toBoardParams } from './board-filters';
import { GroupBySelect } from './GroupBySelect';
import { ResolveDialog } from './ResolveDialog';
import { useBoard, useBoardMoveInFlight } from './use-board';
import { useBoardFilters } from './use-board-filters';
import { useMoveFlow } from './use-move-flow';

/**
 * The kanban board (`/board`): tickets as cards in columns by status or by a dropdown field,
 * filtered from the URL, kept live by realtime events, and moved by drag and drop (pointer or
 * keyboard) or from each card's menu. The server has the last word on every move.
 */
export function BoardPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('board.title')} · ${t('app.name')}`);
  const { agent } = useSession();
  const { can } = useAbilities();
  const canMove = can('tickets.write');
  const [filters, setFilters] = useBoardFilters();
  const params = useMemo(() => toBoardParams(filters, agent.id), [filters, agent.id]);
  const [dragging, setDragging] = useState(false);
  const moving = useBoardMoveInFlight();
  const board = useBoard(params, dragging || moving);
  const reasons = activeOnly(useTicketConfig().data?.resolutionReasons ?? []);
  const flow = useMoveFlow(board.data, params);

  return (
    <>
      <PageHeader
        title={t('board.title')}
        actions={
          <GroupBySelect
            value={filters.groupBy}
            onChange={(groupBy) => {
              setFilters({ groupBy });
            }}
          />
        }
      />
      <BoardFilterBar filters={filters} onChange={setFilters} />
      {!canMove && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('board.readOnly')}
        </Text>
      )}
      {board.data !== undefined ? (
        <BoardColumns
          board={board.data}
          canMove={canMove}
          onMove={flow.request}
          onDraggingChange={setDragging}
        />
      ) : board.isError ? (
        <ErrorAlert
          error={board.error}
          onRetry={() => {
            void board.refetch();
          }}
        />
      ) : (
        <CenteredLoader label={t('app.loading')} />
      )}
      <ResolveDialog
        request={flow.pending}
        reasons={reasons}
        onConfirm={flow.confirm}
        onCancel={flow.cancel}
      />
    </>
  );
}
