import * as auth from '@common/contracts/auth';
import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../api/client';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { ME_QUERY_KEY, rememberLogin, useSession } from './session';

/** Sign-in form: one generic message for a wrong name or password, clear texts for lockout and rate limit. */
export function SignInPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const next = params.get('next') ?? '/';
  const safeNext = next.startsWith('/') && !next.startsWith('//') ? next : '/';
  const login = useMutation({
    mutationFn: () => call(auth.login, { body: { username: username.trim(), password } }),
    onSuccess: async (answer) => {
      rememberLogin(queryClient, answer);
      await queryClient.refetchQueries({ queryKey: ME_QUERY_KEY });
      navigate(safeNext, { replace: true });
    },
  });
  if (me && !login.isPending) return <Navigate to={safeNext} replace />;
  const notice =
    params.get('reason') === 'password-changed'
      ? t('auth.passwordChanged')
      : params.get('reason') === 'expired'
        ? t('auth.sessionEnded')
        : params.get('reason') === 'idle'
          ? t('auth.sessionIdle')
          : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (username.trim() && password) login.mutate();
  };
  return (
    <Center mih="100dvh" p="md" bg="gray.0">
      <Paper
        withBorder
        shadow="sm"
        p="lg"
        radius="md"
        w="100%"
        maw={400}
        component="form"
        onSubmit={submit}
        aria-labelledby="sign-in-title"
      >
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Title order={1} size="h2" id="sign-in-title">
                {t('auth.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('app.name')} — {t('auth.subtitle')}
              </Text>
            </div>
            <div style={{ flexShrink: 0 }}>
              <LanguageSwitch />
            </div>
          </Group>
          {notice && !login.error && (
            <Alert color="blue" variant="light">
              {notice}
            </Alert>
          )}
          {login.error && (
            <Alert color="red" variant="light" role="alert" title={t('error.title')}>
              {errorText(t, login.error)}
            </Alert>
          )}
          <TextInput
            label={t('auth.username')}
            autoComplete="username"
            autoCapitalize="none"
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            required
            data-autofocus
            key={location.key}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            required
          />
          <Button type="submit" loading={login.isPending} fullWidth size="md">
            {t('auth.submit')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
