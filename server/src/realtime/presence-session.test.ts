import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { PresenceBus, PresenceNotice } from './presence-bus';
import { PresenceSession } from './presence-session';

const WORKSPACE = '0b6c1a4e-8f1d-4a51-9d0c-000000000001';
const OWN = '0b6c1a4e-8f1d-4a51-9d0c-0000000000e1';
const FOREIGN = '0b6c1a4e-8f1d-4a51-9d0c-0000000000e2';

/** An in-memory bus: OWN belongs to the workspace, FOREIGN does not; counts tenancy lookups. */
function memoryBus() {
  const published: PresenceNotice[] = [];
  const lookups: string[] = [];
  const bus: PresenceBus = {
    ticketInWorkspace: (_workspaceId, ticketId) => {
      lookups.push(ticketId);
      return Promise.resolve(ticketId === OWN);
    },
    publish: (notice) => {
      published.push(notice);
      return Promise.resolve();
    },
  };
  return { bus, published, lookups };
}

function session(bus: PresenceBus, now: () => number = Date.now) {
  return new PresenceSession(
    bus,
    { workspaceId: WORKSPACE, agent: { id: OWN, name: 'Ana' }, socketId: 'socket-1' },
    pino({ level: 'silent' }),
    { maxMessages: 3, windowMs: 1000 },
    now,
  );
}

describe('PresenceSession', () => {
  it('publishes in order, asks about each ticket once, and ignores foreign tickets', async () => {
    const { bus, published, lookups } = memoryBus();
    const s = session(bus);
    s.receive(FOREIGN, 'viewing');
    s.receive(OWN, 'viewing');
    s.receive(OWN, 'typing');
    await s.settled();
    expect(published.map((n) => [n.presence.ticketId, n.presence.state])).toEqual([
      [OWN, 'viewing'],
      [OWN, 'typing'],
    ]);
    expect(published[0]).toMatchObject({ workspaceId: WORKSPACE, originSocketId: 'socket-1' });
    expect(lookups.sort()).toEqual([FOREIGN, OWN].sort());
  });

  it('drops messages beyond the limit until the window passes', async () => {
    let now = 0;
    const { bus, published } = memoryBus();
    const s = session(bus, () => now);
    const accepted = [1, 2, 3, 4, 5].map(() => s.receive(OWN, 'viewing'));
    expect(accepted).toEqual([true, true, true, false, false]);
    now = 1000;
    expect(s.receive(OWN, 'typing')).toBe(true);
    await s.settled();
    expect(published).toHaveLength(4);
  });

  it('says left only for announced tickets, and for all of them on close', async () => {
    const { bus, published } = memoryBus();
    const s = session(bus);
    s.receive(OWN, 'left'); // never announced: nothing to say
    await s.settled();
    expect(published).toHaveLength(0);
    s.receive(OWN, 'typing');
    s.close();
    s.receive(OWN, 'viewing'); // after close: ignored
    await s.settled();
    expect(published.map((n) => n.presence.state)).toEqual(['typing', 'left']);
  });
});
