import { formatTicketNumber, type Ticket, type TicketColumn } from '@atiende/contracts';
import { Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../lib/paths';
import classes from './InboxTable.module.css';
import { renderCell } from './ticket-cells';
import { useTypeName } from './use-type-names';

/** Clicks on these keep their own meaning instead of opening the row's ticket. */
const OWN_CLICK = 'a, button, input, label, [role="checkbox"]';

/** Attribute on each row's link, holding the row index: keyboard navigation focuses it. */
export const ROW_LINK_ATTRIBUTE = 'data-ticket-index';

interface InboxTableProps {
  tickets: readonly Ticket[];
  columns: readonly TicketColumn[];
  /** Null hides the checkboxes (the agent may not run bulk actions). */
  selection: {
    isSelected: (ticketId: string) => boolean;
    toggle: (ticket: Ticket) => void;
    togglePage: () => void;
    pageState: 'none' | 'some' | 'all';
  } | null;
  /** Row highlighted by `j`/`k`. */
  focusedIndex: number;
  label: string;
}

/**
 * The inbox as a table with the view's columns, in the agent's order. The subject is the row's
 * link (what keyboard navigation focuses; a click anywhere else on the row opens the ticket too);
 * a checkbox per row and one for the page feed bulk actions.
 */
export function InboxTable({ tickets, columns, selection, focusedIndex, label }: InboxTableProps) {
  const { t } = useTranslation();
  const typeName = useTypeName();
  const navigate = useNavigate();
  const ctx = { t, typeName };
  const openOnClick = (ticketId: string) => (event: MouseEvent<HTMLTableRowElement>) => {
    if (event.target instanceof Element && event.target.closest(OWN_CLICK)) return;
    if (window.getSelection()?.toString()) return; // selecting text, not opening
    void navigate(paths.ticket(ticketId));
  };

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="xs" aria-label={label} className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={36}>
                <Checkbox
                  aria-label={t('views.bulk.selectPage')}
                  checked={selection.pageState === 'all'}
                  indeterminate={selection.pageState === 'some'}
                  onChange={selection.togglePage}
                />
              </Table.Th>
            )}
            {columns.map((column) => (
              <Table.Th key={column}>{t(`views.columns.${column}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tickets.map((ticket, index) => {
            const selected = selection?.isSelected(ticket.id) ?? false;
            return (
              <Table.Tr
                key={ticket.id}
                data-testid="ticket-row"
                data-focused={index === focusedIndex || undefined}
                aria-selected={selection ? selected : undefined}
                className={classes.row}
                onClick={openOnClick(ticket.id)}
              >
                {selection && (
                  <Table.Td>
                    <Checkbox
                      aria-label={t('views.bulk.selectTicket', { number: formatTicketNumber(ticket.number) })}
                      checked={selected}
                      onChange={() => {
                        selection.toggle(ticket);
                      }}
                    />
                  </Table.Td>
                )}
                {columns.map((column) => (
                  <Table.Td key={column} className={column === 'subject' ? classes.subject : undefined}>
                    {column === 'subject' ? (
                      <Link
                        to={paths.ticket(ticket.id)}
                        className={classes.link}
                        {...{ [ROW_LINK_ATTRIBUTE]: index }}
                      >
                        <Text span fw={600} size="sm" lineClamp={2}>
                          {ticket.subject}
                        </Text>
                      </Link>
                    ) : (
                      renderCell(column, ticket, ctx)
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
