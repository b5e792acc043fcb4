import { Button } from '@mantine/core';
import { IconMapPinOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../lib/paths';
import { EmptyState } from '../ui/EmptyState';

/** Shown for any unknown path inside the app. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconMapPinOff size={26} />}
      title={t('app.notFoundTitle')}
      description={t('app.notFoundBody')}
      action={
        <Button component={Link} to={paths.inbox} variant="light">
          {t('app.backToInbox')}
        </Button>
      }
    />
  );
}
