import type { Board, BoardCard as BoardCardData } from '@atiende/contracts';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type KeyboardCodes,
} from '@dnd-kit/core';
import { Paper } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardCardView } from './BoardCardView';
import { BoardColumn } from './BoardColumn';
import classes from './BoardColumns.module.css';
import {
  boardAnnouncements,
  boardCollisionDetection,
  cardDragData,
  columnDropData,
  columnKeyboardCoordinates,
  type CardDragData,
} from './board-dnd';
import { cardsByColumn, columnTitle } from './board-model';

/** Space picks up and drops; Enter is left to open the ticket, so it never drops by accident. */
const KEYBOARD_CODES: KeyboardCodes = { start: ['Space'], cancel: ['Escape'], end: ['Space'] };
/** A press must travel this far (px) before it becomes a drag, so plain clicks still open the ticket. */
const DRAG_DISTANCE = 6;

interface BoardColumnsProps {
  board: Board;
  canMove: boolean;
  /** A card was dropped on, or sent from its menu to, another column. */
  onMove: (card: BoardCardData, columnKey: string) => void;
  /** Called with true when a drag starts and false when it ends, so the board holds its refetches. */
  onDraggingChange: (dragging: boolean) => void;
}

/**
 * The columns side by side (the row scrolls horizontally) inside the drag-and-drop context:
 * pointer and keyboard sensors, translated screen-reader instructions and announcements, and a
 * copy of the card that follows the pointer. A drop on another column calls `onMove`.
 */
export function BoardColumns({ board, canMove, onMove, onDraggingChange }: BoardColumnsProps) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<CardDragData | null>(null);
  // A keyboard drop re-mounts the card in its new column (and again if the server refuses it):
  // that card takes the focus back, so the agent can go on from where they were.
  const [focusTicketId, setFocusTicketId] = useState<string | null>(null);
  const clearFocusTicket = useCallback(() => {
    setFocusTicketId(null);
  }, []);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: DRAG_DISTANCE } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates, keyboardCodes: KEYBOARD_CODES }),
  );
  const grouped = useMemo(() => cardsByColumn(board), [board]);
  const targets = useMemo(
    () => board.columns.map((column) => ({ key: column.key, title: columnTitle(t, column) })),
    [board.columns, t],
  );
  const accessibility = useMemo(
    () => ({
      announcements: boardAnnouncements(t),
      screenReaderInstructions: { draggable: t('board.dnd.instructions') },
    }),
    [t],
  );
  const finish = () => {
    setDragged(null);
    onDraggingChange(false);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisionDetection}
      accessibility={accessibility}
      onDragStart={({ active }) => {
        setDragged(cardDragData(active) ?? null);
        onDraggingChange(true);
      }}
      onDragEnd={({ active, over, activatorEvent }) => {
        finish();
        if (activatorEvent instanceof KeyboardEvent) setFocusTicketId(String(active.id));
        const card = cardDragData(active)?.card;
        const column = columnDropData(over)?.column;
        if (card !== undefined && column !== undefined && column.key !== card.columnKey) {
          onMove(card, column.key);
        }
      }}
      onDragCancel={finish}
    >
      <div className={classes.board} role="region" aria-label={t('board.boardLabel')} data-testid="board">
        {board.columns.map((column, index) => (
          <BoardColumn
            key={column.key}
            column={column}
            title={targets[index]?.title ?? column.key}
            cards={grouped.get(column.key) ?? []}
            columns={targets}
            canMove={canMove}
            onMoveTo={onMove}
            focusTicketId={focusTicketId}
            onFocusLeft={clearFocusTicket}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragged === null ? null : (
          <Paper withBorder shadow="md" radius="md" p="sm" className={classes.overlay}>
            <BoardCardView card={dragged.card} />
          </Paper>
        )}
      </DragOverlay>
    </DndContext>
  );
}
