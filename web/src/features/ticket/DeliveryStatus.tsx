import type { MessageEmail } from '@atiende/contracts';
import { Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Delivery = NonNullable<MessageEmail['delivery']>;

/**
 * Where an outgoing email reply is on its way to the customer. A failed delivery is shown in red
 * with the server's reason, because the agent must know the customer never got the answer.
 */
export function DeliveryStatus({ delivery }: { delivery: Delivery }) {
  const { t } = useTranslation();
  const label = t(`thread.delivery.${delivery.status}`);
  if (delivery.status === 'failed') {
    return (
      <Group gap={4} c="red.7" wrap="nowrap" role="status">
        <IconAlertTriangle size={14} aria-hidden />
        <Text size="xs" fw={600} inherit>
          {delivery.error ? `${label}: ${delivery.error}` : label}
        </Text>
      </Group>
    );
  }
  const Icon = delivery.status === 'sent' ? IconCheck : IconClock;
  return (
    <Tooltip label={label}>
      <Group gap={4} c="dimmed" wrap="nowrap" aria-label={label} role="img">
        <Icon size={14} aria-hidden />
      </Group>
    </Tooltip>
  );
}
