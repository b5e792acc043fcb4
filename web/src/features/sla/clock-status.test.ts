import { describe, expect, it } from 'vitest';
import { createI18n } from '../../lib/i18n/i18n';
import { makeSlaClock, SLA_NOW, slaAt } from '../../test/fixtures';
import { describeClock } from './clock-status';

const t = createI18n({ language: 'es' }).t;
const NOW = SLA_NOW;
const at = slaAt;
const clock = makeSlaClock;

describe('describeClock', () => {
  it('counts down a running clock, warning within the hour', () => {
    expect(describeClock(t, clock({}), NOW)).toEqual({
      tone: 'ok',
      status: 'vence en 1 h 20 min',
      when: { key: 'dueAt', iso: at(80) },
    });
    expect(describeClock(t, clock({ dueAt: at(20) }), NOW).tone).toBe('warning');
  });

  it('reads a running clock past its due time as breached, before any refetch', () => {
    expect(describeClock(t, clock({ dueAt: at(-120) }), NOW)).toMatchObject({
      tone: 'breached',
      status: 'incumplido hace 2 h 0 min',
    });
  });

  it('says how late a stopped breached clock was', () => {
    const late = clock({ state: 'breached', dueAt: at(-180), breachedAt: at(-180), stoppedAt: at(-60) });
    expect(describeClock(t, late, NOW)).toEqual({
      tone: 'breached',
      status: 'incumplido por 2 h 0 min',
      when: { key: 'stoppedAt', iso: at(-60) },
    });
  });

  it('shows met and paused clocks with what is left', () => {
    expect(describeClock(t, clock({ state: 'met', stoppedAt: at(-10) }), NOW)).toMatchObject({
      tone: 'met',
      status: 'cumplido',
    });
    expect(
      describeClock(t, clock({ state: 'paused', dueAt: null, remainingSeconds: 3 * 3600 }), NOW),
    ).toEqual({ tone: 'paused', status: 'en pausa — quedan 3 h 0 min', when: null });
  });
});
