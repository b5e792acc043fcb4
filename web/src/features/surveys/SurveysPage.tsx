import { Tabs } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useAbilities } from '../../lib/use-abilities';
import { useSearchParam } from '../../lib/use-search-param';
import { PageHeader } from '../../ui/PageHeader';
import { SurveyResultsTab } from './SurveyResultsTab';
import { SurveySettingsTab } from './SurveySettingsTab';

/**
 * Satisfaction surveys (route `/surveys`, every agent): the results report, and for agents with
 * `surveys.manage` (admins) a settings tab. The tab is kept in `?tab=` so it survives reloads;
 * others never see the settings tab (the server refuses their writes anyway).
 */
export function SurveysPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('surveys.title')} · ${t('app.name')}`);
  const { can } = useAbilities();
  const canManage = can('surveys.manage');
  const [tabParam, setTabParam] = useSearchParam('tab');
  const tab = canManage && tabParam === 'settings' ? 'settings' : 'results';

  return (
    <>
      <PageHeader title={t('surveys.title')} />
      {canManage ? (
        <Tabs
          value={tab}
          onChange={(value) => {
            setTabParam(value === 'settings' ? 'settings' : '');
          }}
          keepMounted={false}
        >
          <Tabs.List aria-label={t('surveys.tabsLabel')} mb="md">
            <Tabs.Tab value="results">{t('surveys.tabs.results')}</Tabs.Tab>
            <Tabs.Tab value="settings">{t('surveys.tabs.settings')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="results">
            <SurveyResultsTab />
          </Tabs.Panel>
          <Tabs.Panel value="settings">
            <SurveySettingsTab />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <SurveyResultsTab />
      )}
    </>
  );
}
