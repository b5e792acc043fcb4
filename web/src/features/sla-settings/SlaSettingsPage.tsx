import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** SLA policies and business calendars (admins and supervisors). */
export function SlaSettingsPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('sla.title')}</Title>;
}
