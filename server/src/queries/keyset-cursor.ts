import { invalidField } from '../lib/app-error';

/**
 * Opaque keyset cursor: the sort name plus the last row's sort values. Keyset pagination keeps
 * deep pages as fast as the first, unlike OFFSET.
 */
export function encodeCursor(sort: string, values: (string | number)[]): string {
  return Buffer.from(JSON.stringify([sort, ...values])).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` for the same sort; anything else is a 400 on `cursor`. */
export function decodeCursor(cursor: string, sort: string, arity: number): (string | number)[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed[0] === sort &&
      parsed.length === arity + 1 &&
      parsed.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return parsed.slice(1);
    }
  } catch {
    // fall through to the error below
  }
  throw invalidField('cursor', 'Invalid or expired cursor; start again from the first page');
}

/**
 * Turns `limit + 1` fetched rows into a page: the first `limit` presented, and a cursor after the
 * last of them only when the extra row proves there is more.
 */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  present: (row: Row) => Item,
  cursor: { sort: string; valuesOf: (row: Row) => (string | number)[] },
): { items: Item[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(present),
    nextCursor:
      rows.length > limit && last !== undefined ? encodeCursor(cursor.sort, cursor.valuesOf(last)) : null,
  };
}
