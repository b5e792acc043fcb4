import type { SlaIndicator } from '@atiende/contracts';
import { Badge, Tooltip, type MantineColor } from '@mantine/core';
import {
  IconAlarm,
  IconAlertTriangle,
  IconClockCheck,
  IconPlayerPause,
  type Icon,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../lib/i18n/format-duration';

/** How often SLA countdowns re-render; the times come from the clock, never from a refetch. */
export const SLA_TICK_MS = 30_000;

/** A running clock due within this window shows the warning light (same rule as the server). */
export const SLA_WARNING_SECONDS = 60 * 60;

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const STYLE: Record<Exclude<SlaIndicator, 'none'>, { color: MantineColor; icon: Icon }> = {
  ok: { color: 'green', icon: IconClockCheck },
  warning: { color: 'orange', icon: IconAlarm },
  breached: { color: 'red', icon: IconAlertTriangle },
  paused: { color: 'gray', icon: IconPlayerPause },
};

/**
 * The current time, refreshed every `intervalMs` while the component is mounted, so countdowns
 * move on screen without asking the server again.
 */
export function useNow(intervalMs: number = SLA_TICK_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, intervalMs);
    return () => {
      clearInterval(timer);
    };
  }, [intervalMs]);
  return now;
}

/**
 * The light as of `now`: with a due time it is recomputed on the client (past due → breached, within
 * the hour → warning, else ok), so a list fetched minutes ago still turns red on time; without one the
 * server's value (paused / none) stands.
 */
export function slaIndicatorAt(indicator: SlaIndicator, dueAt: string | null, now: number): SlaIndicator {
  if (dueAt === null) return indicator === 'paused' ? 'paused' : 'none';
  const left = (Date.parse(dueAt) - now) / 1000;
  if (left <= 0) return 'breached';
  return left <= SLA_WARNING_SECONDS ? 'warning' : 'ok';
}

/**
 * A duration in its single largest unit, truncated, for tight places ("12 min", "3 h", "2 d",
 * "< 1 min"); the full form is `formatDuration`.
 */
export function shortSlaTime(t: TFunction, seconds: number): string {
  const total = Math.max(0, Math.floor(Math.abs(seconds)));
  if (total >= DAY) return t('sla.short.days', { d: Math.floor(total / DAY) });
  if (total >= HOUR) return t('sla.short.hours', { h: Math.floor(total / HOUR) });
  if (total >= MINUTE) return t('sla.short.minutes', { m: Math.floor(total / MINUTE) });
  return t('sla.short.lessThanMinute');
}

interface SlaIndicatorBadgeProps {
  indicator: SlaIndicator;
  /** Due time of the ticket's next running clock (`slaDueAt`). */
  dueAt: string | null;
  /** Renders a grey "no SLA" dash instead of nothing when there is no clock (list cells). */
  showNone?: boolean;
}

/**
 * The SLA light with the time left or overdue in short form ("12 min", "−2 h"): colour, icon and
 * text together (never colour alone), the full sentence as accessible name and tooltip. Re-renders
 * every 30 s so the countdown and the colour stay current.
 */
export function SlaIndicatorBadge({ indicator, dueAt, showNone = false }: SlaIndicatorBadgeProps) {
  const { t } = useTranslation();
  const now = useNow();
  const current = slaIndicatorAt(indicator, dueAt, now);
  if (current === 'none') {
    return showNone ? (
      <Badge variant="transparent" color="gray" role="img" aria-label={t('sla.badge.none')}>
        {t('common.none')}
      </Badge>
    ) : null;
  }
  const seconds = dueAt === null ? null : (Date.parse(dueAt) - now) / 1000;
  const { color, icon: IconComponent } = STYLE[current];
  let text: string;
  let label: string;
  if (current === 'paused' || seconds === null) {
    text = t('sla.short.paused');
    label = t('sla.badge.paused');
  } else if (seconds <= 0) {
    // "−< 1 min" reads badly: the first minute overdue already shows as "−1 min".
    text = t('sla.short.overdue', { time: shortSlaTime(t, Math.max(-seconds, 60)) });
    label = t('sla.badge.breached', { time: formatDuration(t, -seconds) });
  } else {
    text = shortSlaTime(t, seconds);
    label = t(current === 'warning' ? 'sla.badge.warning' : 'sla.badge.ok', {
      time: formatDuration(t, seconds),
    });
  }
  return (
    <Tooltip label={label}>
      <Badge
        color={color}
        variant={current === 'breached' ? 'filled' : 'light'}
        radius="sm"
        tt="none"
        leftSection={<IconComponent size={12} aria-hidden />}
        role="img"
        aria-label={label}
        data-sla-indicator={current}
        // Never truncated to "−1…" in a narrow table column: the time is the point of the badge.
        miw="max-content"
        styles={{ label: { overflow: 'visible' } }}
        style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}
      >
        {text}
      </Badge>
    </Tooltip>
  );
}
