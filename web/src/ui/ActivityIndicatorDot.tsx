import type { ActivityIndicator } from '@atiende/contracts';
import { ColorSwatch, Tooltip, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ActivityIndicator, MantineColor> = { future: 'green', none: 'gray', due: 'red' };

/**
 * The activity light shown on every ticket (list rows, board cards, ticket view): green = a
 * future activity, grey = nothing pending, red = overdue or due within the hour.
 */
export function ActivityIndicatorDot({
  indicator,
  size = 10,
}: {
  indicator: ActivityIndicator;
  size?: number;
}) {
  const { t } = useTranslation();
  const label = t(`activityIndicator.${indicator}`);
  return (
    <Tooltip label={label}>
      <ColorSwatch
        component="span"
        color={`var(--mantine-color-${COLORS[indicator]}-6)`}
        size={size}
        withShadow={false}
        role="img"
        aria-label={label}
        data-indicator={indicator}
      />
    </Tooltip>
  );
}
