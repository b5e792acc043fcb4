import type { Board, BoardCard, BoardColumn, Resolution } from '@atiende/contracts';
import {
  keepPreviousData,
  useIsMutating,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../lib/api/query-keys';
import { notifyError } from '../../ui/notify';
import { fetchBoard, moveTicket, type BoardParams } from './board-api';
import { applyMove, undoMove } from './board-model';
import { moveErrorMessage } from './move-error';
import { useTicketConfig } from '../ticket-config/use-ticket-config';

/** Identifies board moves, so the board can hold its refetches while one is in flight. */
const BOARD_MOVE_KEY = ['board-move'] as const;

/**
 * The board for `params`. Realtime ticket events invalidate it (it lives under `['tickets', …]`);
 * while `paused` (a card is being dragged or a move is in flight) it does not refetch, so a
 * refresh cannot yank a card out from under the pointer or undo an optimistic move. It refetches
 * as soon as the pause ends if anything changed meanwhile.
 */
export function useBoard(params: BoardParams, paused: boolean) {
  return useQuery({
    queryKey: queryKeys.board(params),
    queryFn: ({ signal }) => fetchBoard(params, signal),
    enabled: !paused,
    placeholderData: keepPreviousData,
  });
}

/** True while any board move is waiting for the server. */
export function useBoardMoveInFlight(): boolean {
  return useIsMutating({ mutationKey: BOARD_MOVE_KEY }) > 0;
}

/** One move: the card as it was, the column it goes to, and the resolution when it goes to solved. */
export interface MoveRequest {
  card: BoardCard;
  toColumn: BoardColumn;
  resolution?: Resolution;
  resolutionReasonId?: string;
}

interface MoveContext {
  /** Where the card was in the list before the move, to put it back in the same place. */
  index: number;
}

/**
 * Moves a card: updates the cached board at once (the card lands in its new column), then posts
 * the move. When the server refuses (a required field is empty, no permission, closed ticket…)
 * the card goes back to its column and the server's message is shown in a red notification.
 * Afterwards every ticket query is refreshed, so lists and counts follow.
 */
export function useMoveTicket(params: BoardParams) {
  const { t } = useTranslation();
  const fields = useTicketConfig().data?.customFields;
  const queryClient = useQueryClient();
  const key = queryKeys.board(params);
  return useMutation<unknown, Error, MoveRequest, MoveContext>({
    mutationKey: BOARD_MOVE_KEY,
    mutationFn: ({ card, toColumn, resolution, resolutionReasonId }) =>
      moveTicket(card.id, {
        groupBy: params.groupBy ?? 'status',
        toColumnKey: toColumn.key,
        ...(resolution === undefined ? {} : { resolution }),
        ...(resolutionReasonId === undefined ? {} : { resolutionReasonId }),
      }),
    onMutate: async ({ card, toColumn }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const board = queryClient.getQueryData<Board>(key);
      const index = board?.cards.findIndex((candidate) => candidate.id === card.id) ?? -1;
      if (board !== undefined) queryClient.setQueryData<Board>(key, applyMove(board, card.id, toColumn.key));
      return { index };
    },
    onError: (error, { card }, context) => {
      const board = queryClient.getQueryData<Board>(key);
      if (board !== undefined && context !== undefined && context.index >= 0) {
        queryClient.setQueryData<Board>(key, undoMove(board, card, context.index));
      }
      notifyError(t('board.move.failed'), moveErrorMessage(t, error, fields));
    },
    onSettled: (_data, _error, { card }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.tickets() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticket(card.id) });
    },
  });
}
