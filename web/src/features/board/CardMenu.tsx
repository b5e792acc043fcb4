import { formatTicketNumber, type BoardCard as BoardCardData } from '@atiende/contracts';
import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowRight, IconDots, IconExternalLink } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './BoardCard.module.css';

/** A column a card can be sent to from its menu. */
export interface ColumnTarget {
  key: string;
  title: string;
}

interface CardMenuProps {
  card: BoardCardData;
  /** Every column of the board; the menu offers the others. */
  columns: ColumnTarget[];
  canMove: boolean;
  onOpen: () => void;
  onMoveTo: (card: BoardCardData, columnKey: string) => void;
}

/**
 * The card's "…" menu: open the ticket, or move it to another column without dragging ("Move
 * to…"), for touch screens, keyboards and anyone who prefers a list. The Mantine menu (and its
 * positioning engine) is only mounted once the button is first used, because a board keeps many
 * cards on screen and each one would otherwise pay for a closed menu on every scroll.
 */
export function CardMenu({ card, columns, canMove, onOpen, onMoveTo }: CardMenuProps) {
  const { t } = useTranslation();
  const [mounted, setMounted] = useState(false);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const label = t('board.card.actions', { number: formatTicketNumber(card.number) });
  const targets = columns.filter((column) => column.key !== card.columnKey);

  // The button is re-created inside the menu on first use: keep the focus on it.
  useEffect(() => {
    if (mounted) buttonRef.current?.focus();
  }, [mounted]);

  const button = (
    <ActionIcon
      ref={buttonRef}
      className={classes.menu}
      variant="subtle"
      color="gray"
      size="sm"
      aria-label={label}
      aria-haspopup="menu"
      onClick={
        mounted
          ? undefined
          : () => {
              setMounted(true);
            }
      }
    >
      <IconDots size={16} />
    </ActionIcon>
  );
  if (!mounted) return button;

  return (
    <Menu position="bottom-end" withinPortal defaultOpened>
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconExternalLink size={14} />} onClick={onOpen}>
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
  );
}
