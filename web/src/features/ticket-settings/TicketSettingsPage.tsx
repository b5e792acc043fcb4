import { Alert, Stack, Tabs, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAbilities } from '../../lib/use-abilities';
import { useSearchParam } from '../../lib/use-search-param';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { useTicketConfig } from '../ticket-config/use-ticket-config';
import { CustomFieldsTab } from './CustomFieldsTab';
import { LifecycleTab } from './LifecycleTab';
import { ResolutionReasonsTab } from './ResolutionReasonsTab';
import { StatusesTab } from './StatusesTab';
import { TicketTypesTab } from './TicketTypesTab';

const TABS = ['types', 'statuses', 'reasons', 'customFields', 'lifecycle'] as const;
type Tab = (typeof TABS)[number];

function isTab(value: string): value is Tab {
  return (TABS as readonly string[]).includes(value);
}

/**
 * Admin screens for ticket types, custom statuses, "not finalized" reasons, custom fields and
 * lifecycle settings, one tab each (the tab is kept in `?tab=` so it survives reloads and links).
 * Agents without `ticket_config.manage` get a clear no-permission message instead (the server
 * refuses their writes anyway).
 */
export function TicketSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('admin.title')} · ${t('app.name')}`);
  const { can } = useAbilities();
  const allowed = can('ticket_config.manage');
  const [tabParam, setTabParam] = useSearchParam('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'types';

  if (!allowed) {
    return (
      <>
        <PageHeader title={t('admin.title')} />
        <Alert
          color="yellow"
          variant="light"
          icon={<IconLock />}
          title={t('admin.noPermission.title')}
          role="alert"
        >
          {t('admin.noPermission.body')}
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('admin.title')} />
      <Text c="dimmed" size="sm" mb="md">
        {t('admin.intro')}
      </Text>
      <TicketSettingsTabs
        tab={tab}
        onTab={(next) => {
          setTabParam(next === 'types' ? '' : next);
        }}
      />
    </>
  );
}

/** The tabs over the loaded config (loading and error states included). */
function TicketSettingsTabs({ tab, onTab }: { tab: Tab; onTab: (tab: Tab) => void }) {
  const { t } = useTranslation();
  const config = useTicketConfig();

  if (config.isPending) return <CenteredLoader label={t('common.loading')} />;
  if (config.isError) return <ErrorAlert error={config.error} onRetry={() => void config.refetch()} />;
  const { types, statuses, resolutionReasons, customFields, settings } = config.data;

  return (
    <Tabs
      value={tab}
      onChange={(value) => {
        if (value !== null && isTab(value)) onTab(value);
      }}
      keepMounted={false}
    >
      <Tabs.List aria-label={t('admin.tabsLabel')} mb="md">
        {TABS.map((value) => (
          <Tabs.Tab key={value} value={value}>
            {t(`admin.tabs.${value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Stack>
        <Tabs.Panel value="types">
          <TicketTypesTab types={types} />
        </Tabs.Panel>
        <Tabs.Panel value="statuses">
          <StatusesTab statuses={statuses} />
        </Tabs.Panel>
        <Tabs.Panel value="reasons">
          <ResolutionReasonsTab reasons={resolutionReasons} />
        </Tabs.Panel>
        <Tabs.Panel value="customFields">
          <CustomFieldsTab fields={customFields} />
        </Tabs.Panel>
        <Tabs.Panel value="lifecycle">
          <LifecycleTab settings={settings} />
        </Tabs.Panel>
      </Stack>
    </Tabs>
  );
}
