import type { Board, BoardCard, Resolution } from '@atiende/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
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
  const { mutate } = useMoveTicket(params);
  const [pending, setPending] = useState<MoveRequest | null>(null);
  // `request` reads the latest board through a ref, so it stays the same function across board
  // refreshes and the memoized cards that receive it do not all re-render on every change.
  const boardRef = useRef(board);
  useEffect(() => {
    boardRef.current = board;
  }, [board]);

  const request = useCallback(
    (card: BoardCard, columnKey: string) => {
      const current = boardRef.current;
      if (current === undefined || card.columnKey === columnKey) return;
      const toColumn = findColumn(current, columnKey);
      if (toColumn === undefined) return;
      if (dropNeedsResolution(current, toColumn)) setPending({ card, toColumn });
      else mutate({ card, toColumn });
    },
    [mutate],
  );

  const confirm = useCallback(
    (choice: ResolutionChoice) => {
      if (pending === null) return;
      mutate({ ...pending, ...choice });
      setPending(null);
    },
    [pending, mutate],
  );

  const cancel = useCallback(() => {
    setPending(null);
  }, []);

  return { request, pending, confirm, cancel };
}
