import type { SlaRecomputeRun } from '@atiende/contracts';
import { Alert, Stack, Tabs, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbilities } from '../../lib/use-abilities';
import { useSearchParam } from '../../lib/use-search-param';
import { PageHeader } from '../../ui/PageHeader';
import { CalendarsTab } from './CalendarsTab';
import { PoliciesTab } from './PoliciesTab';
import { RecomputeProgress } from './RecomputeProgress';

const TABS = ['policies', 'calendars'] as const;
type Tab = (typeof TABS)[number];

function isTab(value: string): value is Tab {
  return (TABS as readonly string[]).includes(value);
}

/**
 * SLA policies and business calendars, one tab each (kept in `?tab=`), for agents with
 * `sla.manage` (admins and supervisors); others get a clear no-permission message and no request is
 * made. Saving starts a recompute of open tickets whose progress shows above the tabs.
 */
export function SlaSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('sla.title')} · ${t('app.name')}`);
  const { can } = useAbilities();
  const [tabParam, setTabParam] = useSearchParam('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'policies';
  const [run, setRun] = useState<SlaRecomputeRun | null>(null);

  if (!can('sla.manage')) {
    return (
      <>
        <PageHeader title={t('sla.title')} />
        <Alert
          color="yellow"
          variant="light"
          icon={<IconLock />}
          title={t('sla.noPermission.title')}
          role="alert"
        >
          {t('sla.noPermission.body')}
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('sla.title')} />
      <Text c="dimmed" size="sm" mb="md">
        {t('sla.intro')}
      </Text>
      <Stack>
        {run !== null && (
          <RecomputeProgress
            key={run.id}
            run={run}
            onClose={() => {
              setRun(null);
            }}
          />
        )}
        <Tabs
          value={tab}
          onChange={(value) => {
            if (value !== null && isTab(value)) setTabParam(value === 'policies' ? '' : value);
          }}
          keepMounted={false}
        >
          <Tabs.List aria-label={t('sla.tabsLabel')} mb="md">
            {TABS.map((value) => (
              <Tabs.Tab key={value} value={value}>
                {t(`sla.tabs.${value}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="policies">
            <PoliciesTab onRecompute={setRun} />
          </Tabs.Panel>
          <Tabs.Panel value="calendars">
            <CalendarsTab onRecompute={setRun} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
