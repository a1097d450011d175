import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { MessageKey, TranslateParams } from '@common/i18n/translate';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { matchesFolded } from '../../lib/fold-filter';
import { useMe } from '../auth/session';
import { TOUCH_HEIGHT, touchInput, WIDE_SCREEN } from '../admin/touch';
import { CreateUserForm } from './CreateUserForm';
import { EditUserForm } from './EditUserForm';
import { ResetPasswordForm } from './ResetPasswordForm';
import { asRole, ROLES, userRoleLabel } from './user-form';
import { UserList } from './UserList';
import { type UserAccount, useUsers } from './users.api';

/** A confirmation kept as a catalogue key, so it follows a language switch. */
type Notice = { key: MessageKey; params: TranslateParams };

/**
 * Account management (ability user.manage): the accounts with search and role filter (in the URL),
 * "create" on the page, edit and password reset in dialogs (full screen on phones).
 */
export function UsersPage() {
  const { t } = useI18n();
  const me = useMe();
  const users = useUsers();
  const wide = useMediaQuery(WIDE_SCREEN, true);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const role = asRole(params.get('role'));
  const setFilter = (name: 'q' | 'role', value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserAccount | null>(null);
  const [resetting, setResetting] = useState<UserAccount | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const shown = useMemo(
    () =>
      (users.data?.users ?? []).filter(
        (u) =>
          (!role || u.role === role) &&
          (!q.trim() || matchesFolded(`${u.username} ${u.displayName} ${u.agencyName ?? ''} ${u.email ?? ''}`, q)),
      ),
    [users.data, q, role],
  );
  return (
    <Stack>
      <Title order={1} size="h3">
        {t('users.title')}
      </Title>
      <Group justify="space-between" align="flex-end">
        <SimpleGrid cols={{ base: 1, xs: 2 }} style={{ flex: 1 }}>
          <TextInput
            label={t('users.search')}
            type="search"
            value={q}
            onChange={(e) => setFilter('q', e.currentTarget.value)}
            placeholder={t('users.searchPlaceholder')}
            styles={touchInput}
          />
          <Select
            label={t('users.role')}
            placeholder={t('users.allRoles')}
            clearable
            data={ROLES.map((r) => ({ value: r, label: userRoleLabel(t, r) }))}
            value={role}
            onChange={(value) => setFilter('role', value)}
            styles={touchInput}
          />
        </SimpleGrid>
        {!creating && (
          <Button
            onClick={() => {
              setNotice(null);
              setCreating(true);
            }}
            h={TOUCH_HEIGHT}
            fullWidth={!wide}
          >
            {t('users.create')}
          </Button>
        )}
      </Group>
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)} data-testid="users-notice">
          {t(notice.key, notice.params)}
        </Alert>
      )}
      {creating && (
        <CreateUserForm
          onCancel={() => setCreating(false)}
          onDone={(user) => {
            setCreating(false);
            setNotice({ key: 'users.created', params: { username: user.username } });
          }}
        />
      )}
      <QueryState isLoading={users.isLoading} error={users.error} onRetry={() => void users.refetch()}>
        <Text size="sm" c="dimmed">
          {t('users.count', { count: shown.length })}
        </Text>
        {shown.length === 0 ? (
          <Text c="dimmed">{t('users.empty')}</Text>
        ) : (
          <UserList
            users={shown}
            meId={me.user.userId}
            today={me.today}
            wide={wide}
            onEdit={setEditing}
            onReset={setResetting}
          />
        )}
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('users.editTitle', { username: editing.username }) : ''}
        fullScreen={!wide}
        closeButtonProps={{ size: 'xl', 'aria-label': t('app.close') }}
        size="lg"
      >
        {editing && (
          <EditUserForm
            user={editing}
            isSelf={editing.id === me.user.userId}
            onCancel={() => setEditing(null)}
            onDone={(before, after) => {
              setEditing(null);
              const key =
                before.isActive && !after.isActive
                  ? 'users.disabledNotice'
                  : !before.isActive && after.isActive
                    ? 'users.enabledNotice'
                    : 'users.saved';
              setNotice({ key, params: { username: after.username } });
            }}
          />
        )}
      </Modal>
      <Modal
        opened={resetting !== null}
        onClose={() => setResetting(null)}
        title={resetting ? t('users.resetTitle', { username: resetting.username }) : ''}
        fullScreen={!wide}
        closeButtonProps={{ size: 'xl', 'aria-label': t('app.close') }}
      >
        {resetting && (
          <ResetPasswordForm
            user={resetting}
            onCancel={() => setResetting(null)}
            onDone={(user) => {
              setResetting(null);
              setNotice({ key: 'users.resetDone', params: { username: user.username } });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
