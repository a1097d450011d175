import { Button, Group, Paper, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT, touchInput, touchPassword } from '../admin/touch';
import {
  checkCreateUser,
  emptyUserForm,
  type FieldProblem,
  type FieldProblems,
  fieldProblemsOfError,
  MIN_PASSWORD_LENGTH,
  type UserFormValues,
} from './user-form';
import { UserFields } from './UserFields';
import { type UserAccount, useUserMutations } from './users.api';

/**
 * "Tạo tài khoản", shown on the page itself (not in a dialog), so the header's language switch
 * stays within reach while an error is on screen. What was typed survives a refusal.
 */
export function CreateUserForm({ onDone, onCancel }: { onDone: (user: UserAccount) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const { create } = useUserMutations();
  const [values, setValues] = useState<UserFormValues>(emptyUserForm);
  const [problems, setProblems] = useState<FieldProblems>({});
  const change = (patch: Partial<UserFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const fromServer = create.error ? fieldProblemsOfError(create.error) : null;
  const shown: FieldProblems = { ...problems, ...fromServer };
  const say = (problem: FieldProblem | undefined) => (problem ? t(problem.key, problem.params) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkCreateUser(values);
    setProblems(checked.problems ?? {});
    create.reset();
    if (checked.body) create.mutate(checked.body, { onSuccess: (answer) => onDone(answer.user) });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="create-user-title" noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4" id="create-user-title">
          {t('users.create')}
        </Title>
        {create.error !== null && fromServer === null && <ErrorAlert error={create.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('users.username')}
            value={values.username}
            onChange={(e) => change({ username: e.currentTarget.value })}
            description={t('users.usernameHint')}
            error={say(shown.username)}
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            styles={touchInput}
          />
          <PasswordInput
            label={t('users.password')}
            value={values.password}
            onChange={(e) => change({ password: e.currentTarget.value })}
            description={t('users.passwordRule', { min: MIN_PASSWORD_LENGTH })}
            error={say(shown.password)}
            required
            autoComplete="new-password"
            {...touchPassword}
          />
        </SimpleGrid>
        <UserFields values={values} onChange={change} problems={shown} />
        <Text size="sm" c="dimmed">
          {t('users.mayUseNow')}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel} h={TOUCH_HEIGHT}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} h={TOUCH_HEIGHT}>
            {t('users.create')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
