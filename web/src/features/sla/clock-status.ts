import type { SlaClock } from '@atiende/contracts';
import type { TFunction } from 'i18next';
import { formatDuration } from '../../lib/i18n/format-duration';
import { SLA_WARNING_SECONDS } from '../../ui/SlaIndicatorBadge';

/** How a clock looks: each tone has its own colour and icon, and always a sentence. */
export type ClockTone = 'ok' | 'warning' | 'breached' | 'paused' | 'met';

/** One clock as the ticket panel shows it. */
export interface ClockStatus {
  tone: ClockTone;
  /** The state in words, e.g. "vence en 1 h 20 min", "cumplido", "incumplido hace 2 h". */
  status: string;
  /** A date worth knowing (due, met or stopped at) in the UI language, or null. */
  when: { key: 'dueAt' | 'stoppedAt' | 'metAt'; iso: string } | null;
}

const seconds = (fromMs: number, toMs: number) => (toMs - fromMs) / 1000;

/**
 * Describes a clock as of `now` (epoch ms). A running clock whose due time passed since the last
 * fetch already reads as breached, so the countdown is right between refetches. Durations to a due
 * time are wall-clock (the server already placed `dueAt` inside business hours); a paused clock shows
 * the business time it has left.
 */
export function describeClock(t: TFunction, clock: SlaClock, now: number): ClockStatus {
  const due = clock.dueAt === null ? null : Date.parse(clock.dueAt);
  switch (clock.state) {
    case 'met':
      return {
        tone: 'met',
        status: t('sla.clock.met'),
        when: clock.stoppedAt === null ? null : { key: 'metAt', iso: clock.stoppedAt },
      };
    case 'paused': {
      const left = clock.remainingSeconds ?? 0;
      return {
        tone: left > 0 ? 'paused' : 'breached',
        status:
          left > 0
            ? t('sla.clock.pausedLeft', { time: formatDuration(t, left) })
            : t('sla.clock.pausedOverdue'),
        when: null,
      };
    }
    case 'running':
    case 'breached': {
      if (clock.state === 'running' && due !== null && due > now) {
        const left = seconds(now, due);
        return {
          tone: left <= SLA_WARNING_SECONDS ? 'warning' : 'ok',
          status: t('sla.clock.dueIn', { time: formatDuration(t, left) }),
          when: { key: 'dueAt', iso: new Date(due).toISOString() },
        };
      }
      const dueAt = due ?? (clock.breachedAt === null ? null : Date.parse(clock.breachedAt));
      if (clock.stoppedAt !== null) {
        const late = dueAt === null ? null : seconds(dueAt, Date.parse(clock.stoppedAt));
        return {
          tone: 'breached',
          status:
            late === null || late <= 0
              ? t('sla.clock.breached')
              : t('sla.clock.breachedBy', { time: formatDuration(t, late) }),
          when: { key: 'stoppedAt', iso: clock.stoppedAt },
        };
      }
      return {
        tone: 'breached',
        status:
          dueAt === null
            ? t('sla.clock.breached')
            : t('sla.clock.breachedAgo', { time: formatDuration(t, seconds(dueAt, now)) }),
        when: dueAt === null ? null : { key: 'dueAt', iso: new Date(dueAt).toISOString() },
      };
    }
  }
}
