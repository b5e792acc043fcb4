import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled value in a details card (contact, company). */
export function DetailItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
