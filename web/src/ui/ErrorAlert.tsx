import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';

interface ErrorAlertProps {
  error: unknown;
  /** Shows a "retry" button when given, e.g. a query's `refetch`. */
  onRetry?: () => void;
}

/** A failed request, translated by error code, announced to screen readers (`role="alert"`). */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('errors.title')} icon={<IconAlertTriangle />} role="alert">
      {describeError(t, error)}
      {onRetry && (
        <Button variant="subtle" color="red" size="xs" ml="sm" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      )}
    </Alert>
  );
}
