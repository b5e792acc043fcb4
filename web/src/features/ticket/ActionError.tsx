import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/api-error';
import { describeError } from '../../lib/errors';

/**
 * A refused ticket action inside its dialog: the translated error, plus the server's own sentence
 * for refusals that depend on the ticket's state (e.g. "a closed ticket cannot be merged"), since
 * the generic translation of `conflict`/`validation_failed` cannot say which rule was hit.
 */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const detail =
    error instanceof ApiError && (error.code === 'conflict' || error.code === 'validation_failed')
      ? error.message
      : null;
  return (
    <Alert color="red" role="alert">
      <Text size="sm">{describeError(t, error)}</Text>
      {detail !== null && (
        <Text size="xs" c="dimmed" mt={4}>
          {detail}
        </Text>
      )}
    </Alert>
  );
}
