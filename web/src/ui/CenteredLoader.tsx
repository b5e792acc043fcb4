import { Center, Loader } from '@mantine/core';

/** A spinner with an accessible label, for whole-page or whole-panel loading states. */
export function CenteredLoader({ label }: { label: string }) {
  return (
    <Center py="xl" role="status" aria-label={label}>
      <Loader size="md" />
    </Center>
  );
}
