import type { Board, BoardCard, Resolution } from '@atiende/contracts';
import { useCallback, useState } from 'react';
import type { BoardParams } from './board-api';
import { dropNeedsResolution, findColumn } from './board-model';
import { useMoveTicket, type MoveRequest } from './use-board';

/** How a solved ticket ended, as the resolve dialog answers. */
export interface ResolutionChoice {
  resolution: Resolution;
  resolutionReasonId?: string;
}

/**
 * Everything that happens between "the agent let go of a card over a column" (or picked a column
 * in the card menu) and the server's answer. Moves to a solved column wait for the agent to say
 * how the ticket ended (`pending` holds that move while the dialog is open); the rest go straight
 * to the optimistic move. Drops on the card's own column, or on a column that no longer exists,
 * do nothing.
 */
export function useMoveFlow(board: Board | undefined, params: BoardParams) {
  const move = useMoveTicket(params);
  const [pending, setPending] = useState<MoveRequest | null>(null);

  const request = useCallback(
    (card: BoardCard, columnKey: string) => {
      if (board === undefined || card.columnKey === columnKey) return;
      const toColumn = findColumn(board, columnKey);
      if (toColumn === undefined) return;
      if (dropNeedsResolution(board, toColumn)) setPending({ card, toColumn });
      else move.mutate({ card, toColumn });
    },
    [board, move],
  );

  const confirm = useCallback(
    (choice: ResolutionChoice) => {
      if (pending === null) return;
      move.mutate({ ...pending, ...choice });
      setPending(null);
    },
    [pending, move],
  );

  const cancel = useCallback(() => {
    setPending(null);
  }, []);

  return { request, pending, confirm, cancel };
}
