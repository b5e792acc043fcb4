import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface ScoreCardProps {
  title: string;
  /** The headline number, already formatted for the UI locale. */
  value: string;
  /** What the number measures. */
  hint: string;
  /** One line of detail under the hint (counts, answers). */
  detail?: ReactNode;
  /** Anything else below (a bar, a link). */
  children?: ReactNode;
  /** Marks the card, and its value as `${testId}-value`, for tests. */
  testId: string;
}

/**
 * One headline card: title, big value, a hint of what it measures, then details. Shared by the
 * dashboard's quality cards and the survey report so both read alike.
 */
export function ScoreCard({ title, value, hint, detail, children, testId }: ScoreCardProps) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {title}
      </Text>
      <Text fw={700} size="xl" data-testid={`${testId}-value`}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      {detail !== undefined && (
        <Text size="sm" mt="xs">
          {detail}
        </Text>
      )}
      {children}
    </Paper>
  );
}
