import { SAVED_VIEW_COUNT_CAP, type SavedView } from '@atiende/contracts';
import { Badge, NavLink, Stack, Text } from '@mantine/core';
import { IconLayoutList, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/session-context';
import { VIEW_PARAM } from '../inbox/url-params';
import { useSavedViewCounts, useSavedViews } from './use-saved-views';
import { viewToSearch } from './view-query';

function ViewLink({ view, count, active }: { view: SavedView; count: number | undefined; active: boolean }) {
  const { t, i18n } = useTranslation();
  const { agent } = useSession();
  // Counts stop at the cap: show "10.000+" rather than a number that looks exact.
  const capped = count !== undefined && count > SAVED_VIEW_COUNT_CAP;
  const shown =
    count === undefined
      ? ''
      : `${new Intl.NumberFormat(i18n.resolvedLanguage ?? i18n.language).format(capped ? SAVED_VIEW_COUNT_CAP : count)}${capped ? '+' : ''}`;
  const Icon = view.shared ? IconUsersGroup : IconLayoutList;
  return (
    <NavLink
      component={Link}
      to={`${paths.inbox}?${viewToSearch(view, agent.id).toString()}`}
      label={view.name}
      leftSection={<Icon size={18} />}
      active={active}
      aria-current={active ? 'page' : undefined}
      rightSection={
        count === undefined ? null : (
          <Badge
            size="sm"
            variant={active ? 'filled' : 'light'}
            circle={count < 10}
            aria-label={t('views.count', { count: shown })}
          >
            {shown}
          </Badge>
        )
      }
    />
  );
}

/**
 * The navbar's "Vistas" section: the agent's personal views, then the shared ones, each with its
 * live ticket count (counts are under the `tickets` query key, so every ticket event refreshes them).
 */
export function ViewsNavSection() {
  const { t } = useTranslation();
  const location = useLocation();
  const views = useSavedViews().data ?? [];
  const counts = useSavedViewCounts().data;
  const current = location.pathname.startsWith(paths.inbox)
    ? new URLSearchParams(location.search).get(VIEW_PARAM)
    : null;
  if (views.length === 0) return null;

  const personal = views.filter((view) => !view.shared);
  const shared = views.filter((view) => view.shared);
  const group = (title: string, list: SavedView[]) =>
    list.length > 0 && (
      <Stack gap={2} role="group" aria-label={title}>
        <Text size="xs" c="dimmed" px="sm" pt={4}>
          {title}
        </Text>
        {list.map((view) => (
          <ViewLink key={view.id} view={view} count={counts?.[view.id]} active={current === view.id} />
        ))}
      </Stack>
    );

  return (
    <Stack gap={2} component="section" aria-label={t('views.title')} mt="sm">
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm">
        {t('views.title')}
      </Text>
      {group(t('views.personalViews'), personal)}
      {group(t('views.sharedViews'), shared)}
    </Stack>
  );
}
