import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** The general error above a form (field errors are shown on the fields themselves). */
export function FormAlert({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle />} role="alert">
      {message}
    </Alert>
  );
}
