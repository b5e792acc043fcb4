/** The ordering fields shared by every ticket-config entry. */
export interface Ordered {
  id: string;
  name: string;
  position: number;
}

/** Entries in display order: by `position`, ties by name, so the order is stable. */
export function sortByPosition<T extends Ordered>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
}

/**
 * The PATCHes that move `entries[index]` one place up (-1) or down (+1) in the displayed order.
 * The whole list is renumbered 0..n-1 (positions may have gaps or ties) and only entries whose
 * position actually changes are returned. Empty when the move would leave the list.
 */
export function reorderMoves(
  entries: readonly Ordered[],
  index: number,
  direction: -1 | 1,
): { id: string; position: number }[] {
  const target = index + direction;
  const moved = entries[index];
  const other = entries[target];
  if (moved === undefined || other === undefined) return [];
  const order = [...entries];
  order[index] = other;
  order[target] = moved;
  return order.flatMap((entry, position) =>
    entry.position === position ? [] : [{ id: entry.id, position }],
  );
}

/**
 * The stored value derived from an option label when the admin leaves it empty: lower-case,
 * accents removed, anything else than letters and digits collapsed to `_` ("Plan Básico" → `plan_basico`).
 */
export function optionValueFrom(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 100);
}
