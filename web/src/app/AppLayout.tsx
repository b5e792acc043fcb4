import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useRealtime } from '../lib/realtime/use-realtime';
import { AppHeader } from './AppHeader';
import { AppNavbar } from './AppNavbar';

/** The signed-in shell: header, collapsible navbar, the current page, and the live connection. */
export function AppLayout() {
  const [navbarOpened, { toggle, close }] = useDisclosure(false);
  const realtimeStatus = useRealtime();
  const location = useLocation();

  // On small screens the navbar overlays the page: close it once the user navigates.
  useEffect(() => {
    close();
  }, [location.pathname, location.search, close]);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <AppHeader navbarOpened={navbarOpened} onToggleNavbar={toggle} realtimeStatus={realtimeStatus} />
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppNavbar />
      </AppShell.Navbar>
      <AppShell.Main id="main-content">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
