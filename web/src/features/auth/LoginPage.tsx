import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/api-error';
import { describeError, issuesToFieldErrors } from '../../lib/errors';
import { useLogin } from './use-auth';

/**
 * Email + password sign-in. Wrong credentials (401) and lockout after repeated failures (429) get
 * their own messages; validation issues appear under the field they concern.
 */
export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('auth.submit')} · ${t('app.name')}`);
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password });
  };

  const error = login.error;
  const fieldErrors =
    error instanceof ApiError
      ? issuesToFieldErrors(error.issues, { email: 'email', password: 'password' }).fields
      : {};
  let message: string | null = null;
  if (error instanceof ApiError && error.code === 'unauthenticated') message = t('auth.invalidCredentials');
  else if (error instanceof ApiError && error.code === 'rate_limited') message = t('auth.rateLimited');
  else if (error !== null) message = describeError(t, error);

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={400} m="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <div>
            <Title order={1} size="h2">
              {t('auth.title')}
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              {t('auth.subtitle')}
            </Text>
          </div>
          {message !== null && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle />} role="alert">
              {message}
            </Alert>
          )}
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(event) => {
              setEmail(event.currentTarget.value);
            }}
            error={fieldErrors.email}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => {
              setPassword(event.currentTarget.value);
            }}
            error={fieldErrors.password}
          />
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('auth.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
