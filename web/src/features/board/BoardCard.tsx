import { formatTicketNumber, type BoardCard as BoardCardData } from '@atiende/contracts';
import { useDraggable } from '@dnd-kit/core';
import { Paper } from '@mantine/core';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../lib/paths';
import classes from './BoardCard.module.css';
import { BoardCardView } from './BoardCardView';
import { CardMenu, type ColumnTarget } from './CardMenu';
import type { CardDragData } from './board-dnd';

export type { ColumnTarget } from './CardMenu';

interface BoardCardProps {
  card: BoardCardData;
  /** The title of the card's column, for screen-reader announcements. */
  columnTitle: string;
  /** Every column of the board; the menu offers the others. */
  columns: ColumnTarget[];
  canMove: boolean;
  onMoveTo: (card: BoardCardData, columnKey: string) => void;
  /** Take the focus when mounted if nothing else has it (the card was just moved with the keyboard). */
  keepFocus: boolean;
  /** The focus went from this card to something else: stop bringing it back. */
  onFocusLeft: () => void;
}

/**
 * One ticket on the board. Clicking it (or Enter) opens the ticket; agents who may edit tickets can
 * drag it with the pointer, or with the keyboard (Space picks it up, arrows change column, Space
 * drops, Escape cancels). The "…" menu offers the same move without dragging ("Move to…"), for
 * touch screens and anyone who prefers a list. Memoized: scrolling a column re-renders only the
 * cards that enter the view.
 */
export const BoardCard = memo(function BoardCard({
  card,
  columnTitle,
  columns,
  canMove,
  onMoveTo,
  keepFocus,
  onFocusLeft,
}: BoardCardProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const number = formatTicketNumber(card.number);
  const data: CardDragData = { card, columnTitle };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: card.id,
    data,
    disabled: !canMove,
    attributes: { roleDescription: t('board.dnd.roleDescription') },
  });
  const handleRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const focused = document.activeElement;
    if (keepFocus && (focused === null || focused === document.body)) handleRef.current?.focus();
  }, [keepFocus]);
  const open = () => {
    void navigate(paths.ticket(card.id));
  };
  const dndKeyDown = listeners?.onKeyDown as ((event: KeyboardEvent) => void) | undefined;

  return (
    <div className={classes.item} data-testid="board-card" data-ticket-id={card.id}>
      <Paper
        ref={(node: HTMLDivElement | null) => {
          handleRef.current = node;
          setNodeRef(node);
        }}
        onBlur={(event) => {
          if (keepFocus && event.relatedTarget !== null) onFocusLeft();
        }}
        {...attributes}
        {...listeners}
        aria-label={t('board.card.label', { number, subject: card.subject })}
        onClick={open}
        onKeyDown={(event: KeyboardEvent) => {
          dndKeyDown?.(event);
          if (event.key === 'Enter' && !isDragging && event.target === event.currentTarget) open();
        }}
        className={classes.card}
        data-movable={canMove || undefined}
        data-dragging={isDragging || undefined}
        withBorder
        radius="md"
        p="sm"
      >
        <BoardCardView card={card} />
      </Paper>
      <CardMenu card={card} columns={columns} canMove={canMove} onOpen={open} onMoveTo={onMoveTo} />
    </div>
  );
});
