import * as auth from '@common/contracts/auth';
import { Alert, Button, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { call, setCsrfToken } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { ME_QUERY_KEY } from './session';

/** Changes the user's own password; the server ends the session, so we go back to sign-in. */
export function ChangePasswordPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: () => call(auth.changePassword, { body: { currentPassword, newPassword } }),
    onSuccess: () => {
      setCsrfToken(null);
      queryClient.setQueryData(ME_QUERY_KEY, null);
      navigate('/sign-in?reason=password-changed', { replace: true });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (newPassword.length < 8) return setLocalError(t('auth.passwordTooShort'));
    if (newPassword !== confirm) return setLocalError(t('auth.passwordMismatch'));
    setLocalError(null);
    change.mutate();
  };
  return (
    <Paper withBorder p="lg" maw={440} component="form" onSubmit={submit}>
      <Stack>
        <Title order={1} size="h3">
          {t('auth.changePassword')}
        </Title>
        {(localError || change.error) && (
          <Alert color="red" role="alert">
            {localError ?? errorText(t, change.error)}
          </Alert>
        )}
        <PasswordInput
          label={t('auth.currentPassword')}
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          required
        />
        <PasswordInput
          label={t('auth.newPassword')}
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNew(e.currentTarget.value)}
          required
        />
        <PasswordInput
          label={t('auth.confirmPassword')}
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          required
        />
        <Button type="submit" loading={change.isPending}>
          {t('app.save')}
        </Button>
      </Stack>
    </Paper>
  );
}
