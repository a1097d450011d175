import * as auth from '@common/contracts/auth';
import { formatDateTime } from '@common/calendar/iso-date';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { describeDevice } from './describe-device';

const SESSIONS_KEY = ['auth', 'sessions'] as const;

/** The signed-in person's sessions (device, address, last used), each revocable, or all but this one. */
export function SessionsPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: SESSIONS_KEY, queryFn: ({ signal }) => call(auth.listMySessions, {}, signal) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY });
  const revoke = useMutation({
    mutationFn: (sessionId: string) => call(auth.revokeMySession, { params: { sessionId } }),
    onSuccess: refresh,
  });
  const others = useMutation({ mutationFn: () => call(auth.signOutOtherSessions, {}), onSuccess: refresh });
  const items = list.data?.items ?? [];
  const error = revoke.error ?? others.error;
  return (
    <Stack maw={720}>
      <Title order={1} size="h3">
        {t('auth.sessions.title')}
      </Title>
      <QueryState isLoading={list.isLoading} error={list.error}>
        <Text size="sm">{t('auth.sessions.intro', { minutes: list.data?.idleMinutes ?? 30 })}</Text>
        {error && (
          <Alert color="red" role="alert">
            {errorText(t, error)}
          </Alert>
        )}
        {others.data && (
          <Alert color="green" role="status">
            {t('auth.sessions.othersEnded', { count: others.data.ended })}
          </Alert>
        )}
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((session) => (
            <Paper key={session.id} withBorder p="sm" component="li">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text fw={500}>{describeDevice(session.userAgent) ?? t('auth.sessions.unknownDevice')}</Text>
                    {session.current && <Badge variant="light">{t('auth.sessions.current')}</Badge>}
                  </Group>
                  <Text size="sm">
                    {t('auth.sessions.details', {
                      ip: session.ip ?? '—',
                      lastSeen: formatDateTime(session.lastSeenAt),
                      since: formatDateTime(session.createdAt),
                    })}
                  </Text>
                </Stack>
                {!session.current && (
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => revoke.mutate(session.id)}
                    loading={revoke.isPending && revoke.variables === session.id}
                    aria-label={t('auth.sessions.revokeOne', {
                      device: describeDevice(session.userAgent) ?? t('auth.sessions.unknownDevice'),
                    })}
                  >
                    {t('auth.sessions.revoke')}
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
        {items.length > 1 && (
          <Group>
            <Button color="red" variant="light" onClick={() => others.mutate()} loading={others.isPending}>
              {t('auth.sessions.signOutOthers')}
            </Button>
          </Group>
        )}
      </QueryState>
    </Stack>
  );
}
