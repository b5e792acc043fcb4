import { UNRESOLVED_STATUSES } from '@atiende/contracts';
import { Badge, NavLink, Stack } from '@mantine/core';
import {
  IconAddressBook,
  IconBuilding,
  IconChartBar,
  IconClockHour4,
  IconMoodSmile,
  IconInbox,
  IconLayoutKanban,
  IconSettings,
  IconUser,
  IconUserQuestion,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useTicketCounts } from '../features/inbox/use-ticket-queries';
import { GlobalShortcuts } from '../features/shortcuts/GlobalShortcuts';
import { ViewsNavSection } from '../features/views/ViewsNavSection';
import { paths } from '../lib/paths';
import { useAbilities } from '../lib/use-abilities';

interface NavItemProps {
  to: string;
  label: string;
  icon: ReactNode;
  active: boolean;
  count?: number | undefined;
  countLabel?: string;
}

function NavItem({ to, label, icon, active, count, countLabel }: NavItemProps) {
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      leftSection={icon}
      active={active}
      aria-current={active ? 'page' : undefined}
      rightSection={
        count === undefined ? null : (
          <Badge size="sm" variant={active ? 'filled' : 'light'} circle={count < 10} aria-label={countLabel}>
            {count}
          </Badge>
        )
      }
    />
  );
}

/**
 * Main navigation with the unresolved-ticket counts (kept live by the realtime socket), the saved
 * views with their counts, and the app-wide keyboard shortcuts (`?` help, `g i`, `g b`).
 */
export function AppNavbar() {
  const { t } = useTranslation();
  const location = useLocation();
  const counts = useTicketCounts().data;
  const { can } = useAbilities();
  const assignee = new URLSearchParams(location.search).get('assigneeId');
  // A saved view highlights its own entry in the "Vistas" section instead.
  const onInbox =
    location.pathname.startsWith(paths.inbox) && !new URLSearchParams(location.search).has('view');
  const unresolved = counts ? UNRESOLVED_STATUSES.reduce((sum, s) => sum + counts.byStatus[s], 0) : undefined;

  return (
    <Stack gap={4} component="nav" aria-label={t('nav.main')}>
      <NavItem
        to={paths.inbox}
        label={t('nav.inbox')}
        icon={<IconInbox size={18} />}
        active={onInbox && assignee !== 'me' && assignee !== 'none'}
        count={unresolved}
        countLabel={t('nav.unresolvedCount', { count: unresolved ?? 0 })}
      />
      <NavItem
        to={`${paths.inbox}?assigneeId=me`}
        label={t('nav.mine')}
        icon={<IconUser size={18} />}
        active={onInbox && assignee === 'me'}
        count={counts?.mine}
      />
      <NavItem
        to={`${paths.inbox}?assigneeId=none`}
        label={t('nav.unassigned')}
        icon={<IconUserQuestion size={18} />}
        active={onInbox && assignee === 'none'}
        count={counts?.unassigned}
      />
      <NavItem
        to={paths.board}
        label={t('nav.board')}
        icon={<IconLayoutKanban size={18} />}
        active={location.pathname.startsWith(paths.board)}
      />
      <NavItem
        to={paths.dashboard}
        label={t('nav.dashboard')}
        icon={<IconChartBar size={18} />}
        active={location.pathname.startsWith(paths.dashboard)}
      />
      <NavItem
        to={paths.surveys}
        label={t('nav.surveys')}
        icon={<IconMoodSmile size={18} />}
        active={location.pathname.startsWith(paths.surveys)}
      />
      <NavItem
        to={paths.contacts}
        label={t('nav.contacts')}
        icon={<IconAddressBook size={18} />}
        active={location.pathname.startsWith(paths.contacts)}
      />
      <NavItem
        to={paths.companies}
        label={t('nav.companies')}
        icon={<IconBuilding size={18} />}
        active={location.pathname.startsWith(paths.companies)}
      />
      {can('ticket_config.manage') && (
        <NavItem
          to={paths.ticketSettings}
          label={t('nav.ticketSettings')}
          icon={<IconSettings size={18} />}
          active={location.pathname.startsWith(paths.ticketSettings)}
        />
      )}
      {can('sla.manage') && (
        <NavItem
          to={paths.slaSettings}
          label={t('nav.slaSettings')}
          icon={<IconClockHour4 size={18} />}
          active={location.pathname.startsWith(paths.slaSettings)}
        />
      )}
      <ViewsNavSection />
      <GlobalShortcuts />
    </Stack>
  );
}
