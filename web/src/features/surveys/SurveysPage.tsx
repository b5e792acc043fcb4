import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Satisfaction survey results, and their settings for admins. */
export function SurveysPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('surveys.title')}</Title>;
}
