import type { Ticket } from '@atiende/contracts';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../lib/paths';
import type { Shortcut } from '../shortcuts/shortcut-registry';
import { useShortcuts } from '../shortcuts/use-shortcuts';
import { ROW_LINK_ATTRIBUTE } from './InboxTable';
import type { TicketSelection } from './use-ticket-selection';

interface InboxShortcutOptions {
  tickets: readonly Ticket[];
  /** Null when the agent may not select tickets (no bulk actions). */
  selection: TicketSelection | null;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Null when the agent may not create tickets. */
  onNewTicket: (() => void) | null;
}

function focusRow(index: number): void {
  document.querySelector<HTMLElement>(`[${ROW_LINK_ATTRIBUTE}="${String(index)}"]`)?.focus();
}

/**
 * The inbox's keyboard shortcuts: `j`/`k` move the highlighted row (and focus its link),
 * `Enter`/`o` open it, `x` checks it, `Shift+A` checks the page, `/` focuses the search box and
 * `c` opens the new-ticket form. Returns the highlighted row index (-1 for none).
 */
export function useInboxShortcuts({
  tickets,
  selection,
  searchRef,
  onNewTicket,
}: InboxShortcutOptions): number {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [focused, setFocused] = useState(-1);
  const current = focused < tickets.length ? focused : tickets.length - 1;

  const move = (delta: 1 | -1) => {
    if (tickets.length === 0) return;
    const next = Math.min(Math.max(current + delta, 0), tickets.length - 1);
    setFocused(next);
    focusRow(next);
  };
  const open = () => {
    const ticket = tickets[current];
    if (ticket) void navigate(paths.ticket(ticket.id));
  };

  const group = t('views.shortcuts.groups.inbox');
  const shortcuts: Shortcut[] = [
    { keys: 'j', group, description: t('views.shortcuts.next'), run: () => move(1) },
    { keys: 'k', group, description: t('views.shortcuts.previous'), run: () => move(-1) },
    { keys: 'Enter', group, description: t('views.shortcuts.open'), run: open },
    { keys: 'o', group, description: t('views.shortcuts.open'), run: open },
    { keys: '/', group, description: t('views.shortcuts.search'), run: () => searchRef.current?.focus() },
  ];
  if (selection) {
    shortcuts.push(
      {
        keys: 'x',
        group,
        description: t('views.shortcuts.select'),
        run: () => {
          const ticket = tickets[current];
          if (ticket) selection.toggle(ticket);
        },
      },
      { keys: 'Shift+A', group, description: t('views.shortcuts.selectPage'), run: selection.togglePage },
    );
  }
  if (onNewTicket)
    shortcuts.push({ keys: 'c', group, description: t('views.shortcuts.newTicket'), run: onNewTicket });
  useShortcuts(shortcuts);

  return current;
}
