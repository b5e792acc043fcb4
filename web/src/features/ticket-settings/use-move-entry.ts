import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { notifyError } from '../../ui/notify';
import { reorderMoves, type Ordered } from './config-order';
import { useReorderEntries, type ConfigResource } from './ticket-settings-api';

/** The move buttons' handlers for one row: null at the list's ends (the button is disabled). */
export interface MoveHandlers {
  onMoveUp: (() => void) | null;
  onMoveDown: (() => void) | null;
}

/**
 * Up/down reordering for a list shown in `sorted` order: `handlersFor(index)` gives the row's
 * handlers, which PATCH the changed positions; a failure is shown as a toast (the config is
 * refetched either way). `reordering` is true while PATCHes run.
 */
export function useMoveEntry(resource: ConfigResource, sorted: readonly Ordered[]) {
  const { t } = useTranslation();
  const reorder = useReorderEntries(resource);

  const move = (index: number, direction: -1 | 1) => {
    const moves = reorderMoves(sorted, index, direction);
    if (moves.length === 0) return;
    reorder.mutate(moves, {
      onError: (error) => {
        notifyError(t('admin.list.reorderFailed'), describeError(t, error));
      },
    });
  };

  const handlersFor = (index: number): MoveHandlers => ({
    onMoveUp:
      index === 0
        ? null
        : () => {
            move(index, -1);
          },
    onMoveDown:
      index === sorted.length - 1
        ? null
        : () => {
            move(index, 1);
          },
  });

  return { handlersFor, reordering: reorder.isPending };
}
