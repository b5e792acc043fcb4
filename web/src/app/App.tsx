import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { BrowserRouter } from 'react-router';
import { AuthGate } from '../features/auth/AuthGate';
import { AppRoutes } from './AppRoutes';
import { Providers } from './Providers';

/** The whole agent app: providers, router, and the auth gate in front of every route. */
export function App({ queryClient, i18n }: { queryClient: QueryClient; i18n: I18n }) {
  return (
    <Providers queryClient={queryClient} i18n={i18n}>
      <BrowserRouter>
        <AuthGate>
          <AppRoutes />
        </AuthGate>
      </BrowserRouter>
    </Providers>
  );
}
