import { Center, Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionContext } from '../../lib/session-context';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoginPage } from './LoginPage';
import { useSessionQuery } from './use-auth';

/**
 * Renders `children` only for a signed-in agent, providing their Session; otherwise the login page,
 * at whatever URL was opened, so a shared ticket link still lands on the ticket after signing in.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSessionQuery();

  if (session.isPending) return <CenteredLoader label={t('app.loading')} />;
  if (session.isError) {
    return (
      <Container size="xs" py="xl">
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </Container>
    );
  }
  if (session.data === null) {
    return (
      <Center mih="100vh" bg="gray.0">
        <LoginPage />
      </Center>
    );
  }
  return <SessionContext.Provider value={session.data}>{children}</SessionContext.Provider>;
}
