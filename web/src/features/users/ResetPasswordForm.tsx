import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT, touchPassword } from '../admin/touch';
import { checkNewPassword, type FieldProblem, MIN_PASSWORD_LENGTH } from './user-form';
import { type UserAccount, useUserMutations } from './users.api';

/** Resets a password in two steps: asks for the new one (with the rule), then confirms once before sending. */
export function ResetPasswordForm({
  user,
  onDone,
  onCancel,
}: {
  user: UserAccount;
  onDone: (user: UserAccount) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { resetPassword } = useUserMutations();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [confirming, setConfirming] = useState(false);
  const ask = (event: FormEvent) => {
    event.preventDefault();
    const found = checkNewPassword(password);
    setProblem(found);
    if (!found) setConfirming(true);
  };
  const send = () => resetPassword.mutate({ id: user.id, password }, { onSuccess: (answer) => onDone(answer.user) });
  if (confirming)
    return (
      <Stack gap="sm">
        {resetPassword.error !== null && <ErrorAlert error={resetPassword.error} />}
        <Text>{t('users.resetConfirm', { username: user.username, name: user.displayName })}</Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => setConfirming(false)} h={TOUCH_HEIGHT}>
            {t('app.back')}
          </Button>
          <Button color="red" onClick={send} loading={resetPassword.isPending} h={TOUCH_HEIGHT}>
            {t('users.resetConfirmButton')}
          </Button>
        </Group>
      </Stack>
    );
  return (
    <form onSubmit={ask} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('users.resetExplain')}</Text>
        <PasswordInput
          label={t('users.newPassword')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          description={t('users.passwordRule', { min: MIN_PASSWORD_LENGTH })}
          error={problem ? t(problem.key, problem.params) : undefined}
          required
          autoComplete="new-password"
          data-autofocus
          {...touchPassword}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel} h={TOUCH_HEIGHT}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" h={TOUCH_HEIGHT}>
            {t('users.resetContinue')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
