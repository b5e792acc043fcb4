import type { BoardCard as BoardCardData, BoardColumn as BoardColumnData } from '@atiende/contracts';
import { useDroppable } from '@dnd-kit/core';
import { Badge, Group, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS } from '../../ui/StatusBadge';
import { BoardCard, type ColumnTarget } from './BoardCard';
import classes from './BoardColumn.module.css';
import type { ColumnDropData } from './board-dnd';

/** A first guess of a card's height (px, with its gap); each rendered card is then measured. */
const ESTIMATED_CARD_HEIGHT = 132;
/** Cards rendered above and below the visible ones, so fast scrolling shows no blanks. */
const OVERSCAN = 6;

interface BoardColumnProps {
  column: BoardColumnData;
  title: string;
  cards: BoardCardData[];
  columns: ColumnTarget[];
  canMove: boolean;
  onMoveTo: (card: BoardCardData, columnKey: string) => void;
  /** The card that should take the focus when it (re)appears: the one just moved with the keyboard. */
  focusTicketId: string | null;
  onFocusLeft: () => void;
}

/**
 * One board column: coloured header with its name and full count ("showing N of M" when the
 * server sent fewer cards than the column holds) and a virtualized card list, so only the cards
 * in view (plus a few) are in the DOM and a column of 2,000 tickets scrolls smoothly. The whole
 * column is a drop target.
 */
export function BoardColumn({
  column,
  title,
  cards,
  columns,
  canMove,
  onMoveTo,
  focusTicketId,
  onFocusLeft,
}: BoardColumnProps) {
  const { t } = useTranslation();
  const data: ColumnDropData = { column, title };
  const { setNodeRef, isOver } = useDroppable({ id: column.key, data });
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (index) => cards[index]?.id ?? index,
    overscan: OVERSCAN,
    useFlushSync: false,
  });
  const color = column.category === null ? 'gray' : STATUS_COLORS[column.category];
  const style = { '--column-color': `var(--mantine-color-${color}-5)` } as CSSProperties;
  const headingId = `board-column-${column.key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

  return (
    <section
      ref={setNodeRef}
      className={classes.column}
      style={style}
      data-testid="board-column"
      data-column-key={column.key}
      data-over={isOver || undefined}
      aria-labelledby={headingId}
    >
      <div className={classes.header}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Title order={2} size="sm" id={headingId} lineClamp={1}>
            {title}
          </Title>
          <Badge
            color={color}
            variant="light"
            radius="sm"
            aria-label={t('board.columnLabel', { name: title, total: column.count })}
            data-testid="board-column-count"
          >
            {column.count}
          </Badge>
        </Group>
        {cards.length < column.count && (
          <Text size="xs" c="dimmed">
            {t('board.showing', { shown: cards.length, total: column.count })}
          </Text>
        )}
      </div>
      <div ref={scrollRef} className={classes.scroller}>
        {cards.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {t('board.emptyColumn')}
          </Text>
        ) : (
          <div className={classes.rows} style={{ height: virtualizer.getTotalSize() }} role="list">
            {virtualizer.getVirtualItems().map((item) => {
              const card = cards[item.index];
              if (card === undefined) return null;
              return (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className={classes.row}
                  style={{ transform: `translateY(${item.start}px)` }}
                  role="listitem"
                  aria-setsize={cards.length}
                  aria-posinset={item.index + 1}
                >
                  <BoardCard
                    card={card}
                    columnTitle={title}
                    columns={columns}
                    canMove={canMove}
                    onMoveTo={onMoveTo}
                    keepFocus={card.id === focusTicketId}
                    onFocusLeft={onFocusLeft}
                  />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </section>
  );
}
