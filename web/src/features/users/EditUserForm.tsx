import { Alert, Button, Group, Stack, Switch, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT } from '../admin/touch';
import {
  checkUpdateUser,
  type FieldProblems,
  fieldProblemsOfError,
  type UserFormValues,
  userFormOf,
} from './user-form';
import { UserFields } from './UserFields';
import { type UserAccount, useUserMutations } from './users.api';

/**
 * Edits an account: name, e-mail, role, agency and whether it may sign in. Says beforehand that
 * disabling, or changing the role or agency, ends the person's sessions (the server does so).
 */
export function EditUserForm({
  user,
  isSelf,
  onDone,
  onCancel,
}: {
  user: UserAccount;
  isSelf: boolean;
  onDone: (before: UserAccount, after: UserAccount) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { update } = useUserMutations();
  const [values, setValues] = useState<UserFormValues>(() => userFormOf(user));
  const [problems, setProblems] = useState<FieldProblems>({});
  const change = (patch: Partial<UserFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const fromServer = update.error ? fieldProblemsOfError(update.error) : null;
  const disabling = user.isActive && !values.isActive;
  const accessChanging = values.role !== user.role || values.agencyId !== user.agencyId;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkUpdateUser(values);
    setProblems(checked.problems ?? {});
    update.reset();
    if (checked.body)
      update.mutate({ id: user.id, body: checked.body }, { onSuccess: (answer) => onDone(user, answer.user) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {update.error !== null && fromServer === null && <ErrorAlert error={update.error} />}
        <UserFields values={values} onChange={change} problems={{ ...problems, ...fromServer }} isSelf={isSelf} />
        <Switch
          size="lg"
          label={t('users.activeSwitch')}
          checked={values.isActive}
          onChange={(e) => change({ isActive: e.currentTarget.checked })}
          disabled={isSelf}
          styles={{ body: { minHeight: TOUCH_HEIGHT, alignItems: 'center' } }}
        />
        {isSelf && (
          <Text size="sm" c="dimmed">
            {t('users.selfHint')}
          </Text>
        )}
        {disabling && (
          <Alert color="orange" variant="light" data-testid="disable-warning">
            {t('users.disableWarning')}
          </Alert>
        )}
        {!disabling && values.isActive && accessChanging && (
          <Text size="sm" c="orange.9">
            {t('users.accessWarning')}
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel} h={TOUCH_HEIGHT}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} color={disabling ? 'red' : undefined} h={TOUCH_HEIGHT}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
