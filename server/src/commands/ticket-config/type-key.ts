/**
 * Derives a ticket type key from its name: lowercase ASCII letters, digits and `_`, at most 40
 * characters ("Facturación y cobro" → `facturacion_y_cobro`). Falls back to `type` when nothing
 * usable is left (a name made only of symbols).
 */
export function typeKeyFromName(name: string): string {
  const key = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/g, '');
  return key === '' ? 'type' : key;
}
