import { formatTicketNumber, type BoardCard as BoardCardData } from '@atiende/contracts';
import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Menu, Paper } from '@mantine/core';
import { IconArrowRight, IconDots, IconExternalLink } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../lib/paths';
import classes from './BoardCard.module.css';
import { BoardCardView } from './BoardCardView';
import type { CardDragData } from './board-dnd';

/** A column a card can be sent to from its menu. */
export interface ColumnTarget {
  key: string;
  title: string;
}

interface BoardCardProps {
  card: BoardCardData;
  /** The title of the card's column, for screen-reader announcements. */
  columnTitle: string;
  /** Every column of the board; the menu offers the others. */
  columns: ColumnTarget[];
  canMove: boolean;
  onMoveTo: (card: BoardCardData, columnKey: string) => void;
}

/**
 * One ticket on the board. Clicking it (or Enter) opens the ticket; agents who may edit tickets can
 * drag it with the pointer, or with the keyboard (Space picks it up, arrows change column, Space
 * drops, Escape cancels). The "…" menu offers the same move without dragging ("Move to…"), for
 * touch screens and anyone who prefers a list.
 */
export function BoardCard({ card, columnTitle, columns, canMove, onMoveTo }: BoardCardProps) {
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
  const open = () => {
    void navigate(paths.ticket(card.id));
  };
  const dndKeyDown = listeners?.onKeyDown as ((event: KeyboardEvent) => void) | undefined;
  const targets = columns.filter((column) => column.key !== card.columnKey);

  return (
    <div className={classes.item} data-testid="board-card" data-ticket-id={card.id}>
      <Paper
        ref={setNodeRef}
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
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            className={classes.menu}
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('board.card.actions', { number })}
          >
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconExternalLink size={14} />} onClick={open}>
            {t('board.card.open')}
          </Menu.Item>
          {canMove && targets.length > 0 && (
            <>
              <Menu.Label>{t('board.card.moveTo')}</Menu.Label>
              {targets.map((target) => (
                <Menu.Item
                  key={target.key}
                  leftSection={<IconArrowRight size={14} />}
                  onClick={() => {
                    onMoveTo(card, target.key);
                  }}
                >
                  {target.title}
                </Menu.Item>
              ))}
            </>
          )}
        </Menu.Dropdown>
      </Menu>
    </div>
  );
}
