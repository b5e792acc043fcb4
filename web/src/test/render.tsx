import type { Session } from '@atiende/contracts';
import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Providers } from '../app/Providers';
import { api } from '../lib/api/client';
import { createI18n } from '../lib/i18n/i18n';
import { SessionContext } from '../lib/session-context';
import { makeSession } from './fixtures';

/** Renders the current URL (path + query) so tests can assert on navigation and filters. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

export interface RenderOptions {
  /** Initial URL, e.g. `/inbox?status=open`. */
  route?: string;
  /** Route pattern the element is mounted at, e.g. `/tickets/:ticketId`. */
  path?: string;
  session?: Session;
}

/**
 * Renders `ui` as the signed-in app would: Mantine (test env: no transitions/portals), a fresh
 * QueryClient without retries, Spanish translations, a memory router at `route`, and the Session.
 */
export function renderWithApp(
  ui: ReactNode,
  { route = '/', path = '*', session = makeSession() }: RenderOptions = {},
): RenderResult & { queryClient: QueryClient } {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
  api.setCsrfToken(session.csrfToken);
  const result = render(
    <Providers queryClient={queryClient} i18n={createI18n({ language: 'es' })} env="test">
      <MemoryRouter initialEntries={[route]}>
        <SessionContext.Provider value={session}>
          <Routes>
            <Route path={path} element={ui} />
          </Routes>
          <LocationProbe />
        </SessionContext.Provider>
      </MemoryRouter>
    </Providers>,
  );
  return { ...result, queryClient };
}
