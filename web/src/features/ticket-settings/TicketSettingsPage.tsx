import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

/** Admin screens for ticket types, statuses, reasons, custom fields and lifecycle settings (being built). */
export function TicketSettingsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('admin.title')} />;
}
