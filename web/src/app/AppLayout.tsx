import { Anchor, AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { PresenceContext } from '../lib/realtime/presence-context';
import { PresenceStore } from '../lib/realtime/presence-store';
import { useRealtime } from '../lib/realtime/use-realtime';
import { AppHeader } from './AppHeader';
import classes from './AppLayout.module.css';
import { AppNavbar } from './AppNavbar';

/**
 * The signed-in shell: header, collapsible navbar, the current page, and the live connection,
 * whose presence store (who else is on a ticket) the pages reach through `PresenceContext`.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [navbarOpened, { toggle, close }] = useDisclosure(false);
  const [presence] = useState(() => new PresenceStore());
  const realtimeStatus = useRealtime(presence);
  const location = useLocation();

  // On small screens the navbar overlays the page: close it once the user navigates.
  useEffect(() => {
    close();
  }, [location.pathname, location.search, close]);

  return (
    <PresenceContext.Provider value={presence}>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
        padding="md"
      >
        <Anchor href="#main-content" className={classes.skipLink}>
          {t('app.skipToContent')}
        </Anchor>
        <AppShell.Header>
          <AppHeader navbarOpened={navbarOpened} onToggleNavbar={toggle} realtimeStatus={realtimeStatus} />
        </AppShell.Header>
        <AppShell.Navbar p="xs">
          <AppNavbar />
        </AppShell.Navbar>
        <AppShell.Main id="main-content" tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </PresenceContext.Provider>
  );
}
