import type { SlaClock, TicketSla } from '@atiende/contracts';
import { Button, Group, Loader, Stack, Text, ThemeIcon, Title, type MantineColor } from '@mantine/core';
import {
  IconAlarm,
  IconAlertTriangle,
  IconCircleCheck,
  IconClock,
  IconPlayerPause,
  type Icon,
} from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/i18n/dates';
import { useNow } from '../../ui/SlaIndicatorBadge';
import { describeClock, type ClockTone } from './clock-status';
import { useTicketSla } from './use-ticket-sla';

const TONES: Record<ClockTone, { color: MantineColor; icon: Icon }> = {
  ok: { color: 'green', icon: IconClock },
  warning: { color: 'orange', icon: IconAlarm },
  breached: { color: 'red', icon: IconAlertTriangle },
  paused: { color: 'gray', icon: IconPlayerPause },
  met: { color: 'teal', icon: IconCircleCheck },
};

/** One clock: icon and colour by state, the metric, the state in words and the relevant date. */
function ClockRow({ clock, now }: { clock: SlaClock; now: number }) {
  const { t, i18n } = useTranslation();
  const status = describeClock(t, clock, now);
  const { color, icon: IconComponent } = TONES[status.tone];
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Group
      component="li"
      gap="xs"
      wrap="nowrap"
      align="flex-start"
      data-testid="sla-clock"
      data-metric={clock.metric}
      data-tone={status.tone}
    >
      <ThemeIcon color={color} variant="light" size="sm" radius="xl" aria-hidden>
        <IconComponent size={14} />
      </ThemeIcon>
      <div>
        <Text size="sm">
          <Text span fw={600} inherit>
            {t(`sla.metrics.${clock.metric}`)}
          </Text>
          {' · '}
          <Text span inherit c={status.tone === 'breached' ? 'red.7' : undefined}>
            {status.status}
          </Text>
        </Text>
        {status.when !== null && (
          <Text size="xs" c="dimmed">
            {t(`sla.clock.${status.when.key}`, { date: formatDateTime(status.when.iso, language) })}
          </Text>
        )}
      </div>
    </Group>
  );
}

/** The loaded SLA: policy and calendar, then one row per clock. */
function TicketSlaBody({ sla }: { sla: TicketSla }) {
  const { t } = useTranslation();
  const now = useNow();
  if (sla.policy === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('sla.panel.noPolicy')}
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      <Text size="sm">
        {t('sla.panel.policy', { name: sla.policy.name })}
        <Text span c="dimmed" inherit>
          {' · '}
          {sla.calendar === null
            ? t('sla.panel.allDay')
            : t('sla.panel.calendar', { name: sla.calendar.name, zone: sla.calendar.timeZone })}
        </Text>
      </Text>
      {sla.clocks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sla.panel.noClocks')}
        </Text>
      ) : (
        <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
          {sla.clocks.map((clock) => (
            <ClockRow key={clock.metric} clock={clock} now={now} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/**
 * The ticket's SLA in the side panel: which policy applies (and its business hours), and each
 * clock's state in words with colour and icon ("Primera respuesta · vence en 1 h 20 min",
 * "cumplido", "incumplido hace 2 h", "en pausa — quedan 3 h"). The countdown re-renders every
 * 30 s; realtime ticket events refetch the clocks.
 */
export function TicketSlaPanel({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const sla = useTicketSla(ticketId);
  return (
    <section aria-labelledby={titleId} data-testid="ticket-sla-panel">
      <Title order={3} size="h6" id={titleId} mb={6}>
        {t('sla.panel.title')}
      </Title>
      {sla.isPending ? (
        <Loader size="xs" aria-label={t('common.loading')} />
      ) : sla.isError ? (
        <Group gap="xs">
          <Text size="sm" c="red.7" role="alert">
            {t('sla.panel.loadFailed')}
          </Text>
          <Button variant="subtle" size="compact-xs" onClick={() => void sla.refetch()}>
            {t('errors.retry')}
          </Button>
        </Group>
      ) : (
        <TicketSlaBody sla={sla.data} />
      )}
    </section>
  );
}
