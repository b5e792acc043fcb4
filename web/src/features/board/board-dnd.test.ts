import type { ClientRect, DroppableContainer, SensorContext, UniqueIdentifier } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { columnKeyboardCoordinates } from './board-dnd';

function rect(left: number, top: number, width: number, height: number): ClientRect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

/** Three 300 px columns side by side (10 px apart) and a 280 px card inside the first one. */
function context(overId: UniqueIdentifier | null): SensorContext {
  const columns = new Map<UniqueIdentifier, ClientRect>([
    ['open', rect(320, 100, 300, 600)],
    ['new', rect(10, 100, 300, 600)],
    ['solved', rect(630, 100, 300, 600)],
  ]);
  const containers = [...columns.keys()].map((id) => ({ id, disabled: false }) as DroppableContainer);
  return {
    collisionRect: rect(20, 150, 280, 120),
    droppableRects: columns,
    droppableContainers: { getEnabled: () => containers } as unknown as SensorContext['droppableContainers'],
    over:
      overId === null ? null : { id: overId, rect: rect(0, 0, 0, 0), disabled: false, data: { current: {} } },
  } as unknown as SensorContext;
}

function press(code: string, overId: UniqueIdentifier | null) {
  const event = new KeyboardEvent('keydown', { code, cancelable: true });
  const result = columnKeyboardCoordinates(event, {
    active: 'card',
    context: context(overId),
    currentCoordinates: { x: 20, y: 150 },
  });
  return { result, prevented: event.defaultPrevented };
}

describe('columnKeyboardCoordinates', () => {
  it('jumps to the centre of the next or previous column on screen', () => {
    expect(press('ArrowRight', 'new').result).toEqual({ x: 330, y: 150 });
    expect(press('ArrowRight', 'open').result).toEqual({ x: 640, y: 150 });
    expect(press('ArrowLeft', 'open').result).toEqual({ x: 20, y: 150 });
    expect(press('ArrowRight', 'new').prevented).toBe(true);
  });

  it('stays put at the ends of the board, and on Up/Down', () => {
    expect(press('ArrowLeft', 'new').result).toBeUndefined();
    expect(press('ArrowRight', 'solved').result).toBeUndefined();
    const down = press('ArrowDown', 'new');
    expect(down.result).toBeUndefined();
    expect(down.prevented).toBe(true);
  });

  it('finds the column under the card when it is over none', () => {
    expect(press('ArrowRight', null).result).toEqual({ x: 330, y: 150 });
  });
});
