import { formatDateTime } from '@common/calendar/iso-date';
import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT } from '../admin/touch';
import { isTemporarilyLocked, userRoleLabel } from './user-form';
import type { UserAccount } from './users.api';

type Props = {
  users: UserAccount[];
  meId: number;
  today: string;
  /** Wide screens get a table; phones get one card per account. */
  wide: boolean;
  onEdit: (user: UserAccount) => void;
  onReset: (user: UserAccount) => void;
};

// The badge keeps its whole word: Mantine's label clips with an ellipsis, which let the table column
// and the card squeeze "Đang hoạt động" to "Đang h…".
const whole = { root: { flexShrink: 0 }, label: { overflow: 'visible' } } as const;

/** Active, disabled, or locked for a while after failed sign-ins. */
function UserStatus({ user, today }: { user: UserAccount; today: string }) {
  const { t } = useI18n();
  if (!user.isActive)
    return (
      <Badge color="red" variant="light" tt="none" styles={whole}>
        {t('users.disabled')}
      </Badge>
    );
  if (isTemporarilyLocked(user, today))
    return (
      <Badge color="orange" variant="light" tt="none" styles={whole} style={{ whiteSpace: 'normal', height: 'auto' }}>
        {t('users.lockedUntil', { time: formatDateTime(user.lockedUntil) })}
      </Badge>
    );
  return (
    <Badge color="green" variant="light" tt="none" styles={whole}>
      {t('users.active')}
    </Badge>
  );
}

/** Edit and reset: 44 px tall on phones, compact in the table (a mouse, and rows stay one line). */
function Actions({ user, wide, onEdit, onReset }: Pick<Props, 'onEdit' | 'onReset' | 'wide'> & { user: UserAccount }) {
  const { t } = useI18n();
  const size = wide ? { size: 'compact-sm' } : { h: TOUCH_HEIGHT };
  return (
    <Group gap="xs" wrap={wide ? 'nowrap' : 'wrap'}>
      <Button
        variant="light"
        {...size}
        onClick={() => onEdit(user)}
        aria-label={`${t('users.edit')}: ${user.username}`}
      >
        {t('users.edit')}
      </Button>
      <Button
        variant="subtle"
        {...size}
        onClick={() => onReset(user)}
        aria-label={`${t('users.resetPassword')}: ${user.username}`}
      >
        {t('users.resetPassword')}
      </Button>
    </Group>
  );
}

/** The accounts: username, name, role in words, agency, status, and the actions on each. */
export function UserList({ users, meId, today, wide, onEdit, onReset }: Props) {
  const { t } = useI18n();
  const you = (user: UserAccount) =>
    user.id === meId ? (
      <Text span size="xs" c="dimmed">
        {' '}
        ({t('users.you')})
      </Text>
    ) : null;
  if (!wide)
    return (
      <Stack gap="xs" data-testid="user-cards">
        {users.map((user) => (
          <Paper key={user.id} withBorder p="sm" data-testid={`user-${user.username}`}>
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {user.displayName}
                  {you(user)}
                </Text>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {user.username}
                </Text>
              </div>
              <UserStatus user={user} today={today} />
            </Group>
            <Text size="sm" mt={4}>
              {userRoleLabel(t, user.role)}
            </Text>
            {user.agencyName && (
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {user.agencyName}
              </Text>
            )}
            <Group mt="xs">
              <Actions user={user} wide={false} onEdit={onEdit} onReset={onReset} />
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Paper withBorder style={{ overflowX: 'auto' }}>
      <Table striped verticalSpacing="xs" data-testid="user-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.username')}</Table.Th>
            <Table.Th>{t('users.displayName')}</Table.Th>
            <Table.Th>{t('users.role')}</Table.Th>
            <Table.Th>{t('users.agency')}</Table.Th>
            <Table.Th>{t('users.status')}</Table.Th>
            <Table.Th>{t('users.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid={`user-${user.username}`}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {user.username}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {user.displayName}
                  {you(user)}
                </Text>
                {user.email && (
                  <Text size="xs" c="dimmed">
                    {user.email}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{userRoleLabel(t, user.role)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{user.agencyName ?? '—'}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <UserStatus user={user} today={today} />
              </Table.Td>
              <Table.Td>
                <Actions user={user} wide onEdit={onEdit} onReset={onReset} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
