import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Page title (the page's single `h1`) with optional actions aligned to the right. */
export function PageHeader({ title, actions }: { title: ReactNode; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="center" mb="md" wrap="wrap" gap="sm">
      <Title order={1} size="h2">
        {title}
      </Title>
      {actions}
    </Group>
  );
}
