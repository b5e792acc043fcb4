import { Burger, Group, Indicator, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UserMenu } from '../features/auth/UserMenu';
import { LanguageSwitcher } from '../features/settings/LanguageSwitcher';
import { paths } from '../lib/paths';
import type { RealtimeStatus } from '../lib/realtime/socket';
import { useSession } from '../lib/session-context';

interface AppHeaderProps {
  navbarOpened: boolean;
  onToggleNavbar: () => void;
  realtimeStatus: RealtimeStatus;
}

const REALTIME_COLORS: Record<RealtimeStatus, string> = {
  open: 'teal',
  connecting: 'yellow',
  closed: 'gray',
};

/** Top bar: product name, workspace, live-connection dot, language switcher and user menu. */
export function AppHeader({ navbarOpened, onToggleNavbar, realtimeStatus }: AppHeaderProps) {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const realtimeLabel = t(`header.realtime.${realtimeStatus}`);

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navbarOpened}
          onClick={onToggleNavbar}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('nav.toggle')}
        />
        <Text component={Link} to={paths.inbox} fw={800} size="lg" c="teal.8" td="none">
          {t('app.name')}
        </Text>
        <Text
          size="sm"
          c="dimmed"
          visibleFrom="xs"
          aria-label={t('header.workspace', { name: workspace.name })}
        >
          {workspace.name}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Tooltip label={realtimeLabel}>
          <Indicator
            color={REALTIME_COLORS[realtimeStatus]}
            processing={realtimeStatus === 'connecting'}
            size={10}
            position="middle-center"
            role="status"
            aria-label={realtimeLabel}
          >
            <span style={{ display: 'block', width: 12, height: 12 }} />
          </Indicator>
        </Tooltip>
        <LanguageSwitcher />
        <UserMenu />
      </Group>
    </Group>
  );
}
