import { CSRF_HEADER } from '@atiende/contracts';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Providers } from '../../app/Providers';
import { createI18n } from '../../lib/i18n/i18n';
import { useSession } from '../../lib/session-context';
import { stubFetch, type StubResponse } from '../../test/fetch-stub';
import { makeSession } from '../../test/fixtures';
import { AuthGate } from './AuthGate';
import { UserMenu } from './UserMenu';

function SignedIn() {
  const { agent } = useSession();
  return (
    <>
      <p>Hola {agent.name}</p>
      <UserMenu />
    </>
  );
}

function renderGate() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <Providers queryClient={queryClient} i18n={createI18n({ language: 'es' })} env="test">
      <MemoryRouter>
        <AuthGate>
          <SignedIn />
        </AuthGate>
      </MemoryRouter>
    </Providers>,
  );
}

async function signIn(loginResponse: StubResponse) {
  const user = userEvent.setup();
  const stub = stubFetch({
    'GET /api/auth/me': { status: 401, body: { error: { code: 'unauthenticated', message: 'No session' } } },
    'POST /api/auth/login': loginResponse,
    'POST /api/auth/logout': { status: 204 },
  });
  renderGate();
  await user.type(await screen.findByLabelText(/Correo electrónico/), 'ana@atiende.test');
  await user.type(screen.getByLabelText(/Contraseña/), 'secreto-largo');
  await user.click(screen.getByRole('button', { name: 'Ingresar' }));
  return { user, ...stub };
}

describe('AuthGate and sign-in', () => {
  it('shows the app directly when /auth/me returns a session', async () => {
    stubFetch({ 'GET /api/auth/me': { body: makeSession() } });
    renderGate();
    expect(await screen.findByText('Hola Ana Beltrán')).toBeInTheDocument();
  });

  it('signs in from the login page, then signs out with the CSRF token', async () => {
    const { user, requests } = await signIn({ body: makeSession({ csrfToken: 'fresh-token' }) });
    expect(await screen.findByText('Hola Ana Beltrán')).toBeInTheDocument();
    expect(requests.find((r) => r.url.pathname === '/api/auth/login')?.body).toEqual({
      email: 'ana@atiende.test',
      password: 'secreto-largo',
    });

    await user.click(screen.getByRole('button', { name: 'Menú de usuario' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Cerrar sesión' }));
    expect(await screen.findByRole('button', { name: 'Ingresar' })).toBeInTheDocument();
    const logout = requests.find((r) => r.url.pathname === '/api/auth/logout');
    expect(logout?.headers.get(CSRF_HEADER)).toBe('fresh-token');
  });

  it('explains wrong credentials', async () => {
    await signIn({
      status: 401,
      body: { error: { code: 'unauthenticated', message: 'Invalid credentials' } },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('El correo o la contraseña no son correctos.');
  });

  it('explains the lockout after too many attempts', async () => {
    await signIn({ status: 429, body: { error: { code: 'rate_limited', message: 'Too many attempts' } } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Demasiados intentos fallidos');
  });

  it('shows validation issues next to the field', async () => {
    await signIn({
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: 'Invalid',
          issues: [{ path: 'email', message: 'Invalid email' }],
        },
      },
    });
    await waitFor(() => {
      expect(screen.getByLabelText(/Correo electrónico/)).toHaveAccessibleDescription(/Invalid email/);
    });
  });
});
