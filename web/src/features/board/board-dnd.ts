import type { BoardCard, BoardColumn } from '@atiende/contracts';
import {
  pointerWithin,
  rectIntersection,
  type Active,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type Over,
} from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import { formatTicketNumber } from '@atiende/contracts';

/** What a dragged card carries, so drops and screen-reader announcements need no lookups. */
export interface CardDragData {
  card: BoardCard;
  columnTitle: string;
}

/** What a column carries as a drop target. */
export interface ColumnDropData {
  column: BoardColumn;
  title: string;
}

/** The drag data of `active`, when it is a board card. */
export function cardDragData(active: Active | null): CardDragData | undefined {
  const data = active?.data.current as Partial<CardDragData> | undefined;
  return data?.card === undefined ? undefined : (data as CardDragData);
}

/** The drop data of `over`, when it is a board column. */
export function columnDropData(over: Over | null): ColumnDropData | undefined {
  const data = over?.data.current as Partial<ColumnDropData> | undefined;
  return data?.column === undefined ? undefined : (data as ColumnDropData);
}

/**
 * Pointer drags drop where the pointer is; keyboard drags (no pointer) fall back to the column the
 * moved card overlaps, which the keyboard coordinate getter below centres in the target column.
 */
export const boardCollisionDetection: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

/**
 * Keyboard moves jump whole columns: ArrowRight/ArrowLeft centre the picked-up card in the next or
 * previous column (by on-screen order), so one key press is one column, however wide the board is.
 * Up/Down do nothing: cards within a column keep the server's order.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { context, currentCoordinates },
) => {
  if (event.code === 'ArrowUp' || event.code === 'ArrowDown') {
    event.preventDefault();
    return undefined;
  }
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (step === 0 || collisionRect === null) return undefined;
  event.preventDefault();

  const columns = droppableContainers
    .getEnabled()
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect === undefined ? [] : [{ id: container.id, rect }];
    })
    .sort((a, b) => a.rect.left - b.rect.left);
  const centreX = collisionRect.left + collisionRect.width / 2;
  const current = columns.findIndex((column) =>
    over === null
      ? centreX >= column.rect.left && centreX <= column.rect.left + column.rect.width
      : column.id === over.id,
  );
  const target =
    current >= 0
      ? columns[current + step]
      : step > 0
        ? columns.find((column) => column.rect.left > centreX)
        : columns.findLast((column) => column.rect.left + column.rect.width < centreX);
  if (target === undefined) return undefined;
  return { x: target.rect.left + (target.rect.width - collisionRect.width) / 2, y: currentCoordinates.y };
};

/**
 * Screen-reader announcements for every step of a drag, in the UI language: which ticket was
 * picked up, which column it is over, where it was dropped, or that the move was cancelled.
 */
export function boardAnnouncements(t: TFunction): Announcements {
  const numberOf = (active: Active) => {
    const card = cardDragData(active)?.card;
    return card === undefined ? String(active.id) : formatTicketNumber(card.number);
  };
  return {
    onDragStart: ({ active }) =>
      t('board.dnd.pickedUp', { number: numberOf(active), column: cardDragData(active)?.columnTitle ?? '' }),
    onDragOver: ({ active, over }) => {
      const column = columnDropData(over);
      return column === undefined
        ? t('board.dnd.notOver', { number: numberOf(active) })
        : t('board.dnd.over', { number: numberOf(active), column: column.title });
    },
    onDragEnd: ({ active, over }) => {
      const column = columnDropData(over);
      return column === undefined
        ? t('board.dnd.droppedNowhere', { number: numberOf(active) })
        : t('board.dnd.dropped', { number: numberOf(active), column: column.title });
    },
    onDragCancel: ({ active }) =>
      t('board.dnd.cancelled', { number: numberOf(active), column: cardDragData(active)?.columnTitle ?? '' }),
  };
}
