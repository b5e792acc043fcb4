import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

/** The kanban board (being built). */
export function BoardPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('board.title')} />;
}
