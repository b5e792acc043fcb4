import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { theme } from './theme';

interface ProvidersProps {
  queryClient: QueryClient;
  i18n: I18n;
  /** `'test'` disables Mantine transitions and portals (jsdom). */
  env?: 'default' | 'test';
  children: ReactNode;
}

/** Every context the app needs (theme, data cache, translations, toasts), shared by app and tests. */
export function Providers({ queryClient, i18n, env = 'default', children }: ProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env={env}>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
