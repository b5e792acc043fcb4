import { DEFAULT_TICKET_COLUMNS, TicketColumn } from '@atiende/contracts';

/** Columns that are always shown: without them a row cannot be recognised or opened. */
export const REQUIRED_COLUMNS: readonly TicketColumn[] = ['subject'];

/**
 * Reads the column list from `?columns=number,subject,…`: known columns only, deduplicated, in
 * the order given, always including the required ones; the default set when absent or unusable.
 */
export function parseColumns(raw: string | null): TicketColumn[] {
  if (raw === null || raw === '') return [...DEFAULT_TICKET_COLUMNS];
  const columns: TicketColumn[] = [];
  for (const part of raw.split(',')) {
    const parsed = TicketColumn.safeParse(part);
    if (parsed.success && !columns.includes(parsed.data)) columns.push(parsed.data);
  }
  return withRequired(columns);
}

/** `columns` with the required columns added (at the front) if the user removed them. */
export function withRequired(columns: readonly TicketColumn[]): TicketColumn[] {
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  return [...missing, ...columns];
}

/** The URL value for `columns`, or null for the default set (kept out of the URL). */
export function serializeColumns(columns: readonly TicketColumn[]): string | null {
  return sameOrder(columns, DEFAULT_TICKET_COLUMNS) ? null : columns.join(',');
}

/** True when both lists hold the same columns in the same order. */
export function sameOrder(a: readonly TicketColumn[], b: readonly TicketColumn[]): boolean {
  return a.length === b.length && a.every((column, index) => b[index] === column);
}
