import { describe, expect, it } from 'vitest';
import { optionValueFrom, reorderMoves, sortByPosition } from './config-order';

const entry = (id: string, position: number) => ({ id, name: id, position });

describe('config ordering', () => {
  it('swaps two neighbours and only patches what changed', () => {
    const list = [entry('a', 0), entry('b', 1), entry('c', 2)];
    expect(reorderMoves(list, 2, -1)).toEqual([
      { id: 'c', position: 1 },
      { id: 'b', position: 2 },
    ]);
  });

  it('renumbers lists with ties or gaps so the move is real', () => {
    const list = sortByPosition([entry('b', 0), entry('a', 0), entry('c', 7)]);
    expect(list.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    // b already sits at 0; a and c get their new indexes.
    expect(reorderMoves(list, 0, 1)).toEqual([
      { id: 'a', position: 1 },
      { id: 'c', position: 2 },
    ]);
  });

  it('does nothing past either end', () => {
    const list = [entry('a', 0), entry('b', 1)];
    expect(reorderMoves(list, 0, -1)).toEqual([]);
    expect(reorderMoves(list, 1, 1)).toEqual([]);
  });

  it('derives option values from labels', () => {
    expect(optionValueFrom('  Plan Básico ')).toBe('plan_basico');
    expect(optionValueFrom('Atención 24/7')).toBe('atencion_24_7');
    expect(optionValueFrom('¿?')).toBe('');
  });
});
