import { formatDate } from '@common/calendar/iso-date';
import { Badge, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { downloadGuidanceRegister } from '@common/contracts/guidance';
import { fileUrl } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { useMe } from '../auth/session';
import { type GuidanceLine, type GuidanceListFilter, useGuidanceList } from './guidance.api';
import { StatusBadge } from './StatusBadge';

const STATUSES = ['all', 'pending', 'unread', 'complete'] as const;

/**
 * The register of guidance notes: newest first, filtered by receipt status and words (kept in the
 * URL). The coordinator sees every note's read and acknowledged counts; agency staff their own status.
 */
export function GuidanceRegisterPage() {
  const { t } = useI18n();
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const status = (search.get('status') ?? 'all') as (typeof STATUSES)[number];
  const filter: GuidanceListFilter = {
    status: status === 'all' ? undefined : status,
    q: search.get('q') || undefined,
  };
  const list = useGuidanceList(filter);
  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  };
  return (
    <Stack gap="md" pb="md">
      <Group justify="space-between" align="center">
        <Title order={1} size="h3">
          {t('guidance.title')}
        </Title>
        <Group gap="xs">
          <Button component="a" variant="default" href={fileUrl(downloadGuidanceRegister, { query: filter })} download>
            {t('guidance.xlsx')}
          </Button>
          {me.abilities['guidance.issue'] && (
            <Button component={Link} to="/guidance/new" data-testid="issue-guidance">
              + {t('guidance.issue')}
            </Button>
          )}
        </Group>
      </Group>
      <Select
        label={t('guidance.filter.status')}
        data={STATUSES.map((s) => ({ value: s, label: t(`guidance.filter.${s}`) }))}
        value={status}
        allowDeselect={false}
        onChange={(v) => setParam('status', !v || v === 'all' ? null : v)}
        maw={420}
        data-testid="guidance-status-filter"
      />
      <TextInput
        label={t('guidance.filter.search')}
        defaultValue={filter.q ?? ''}
        onBlur={(e) => setParam('q', e.currentTarget.value.trim() || null)}
        onKeyDown={(e) => e.key === 'Enter' && setParam('q', e.currentTarget.value.trim() || null)}
        maw={420}
      />
      <QueryState isLoading={list.isLoading} error={list.error} onRetry={() => void list.refetch()}>
        {list.data && (
          <>
            {list.data.notes.length === 0 && <Text>{t('guidance.empty')}</Text>}
            {list.data.notes.map((note) => (
              <NoteCard key={note.id} note={note} />
            ))}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function NoteCard({ note }: { note: GuidanceLine }) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="sm" component={Link} to={`/guidance/${note.id}`} data-testid={`guidance-${note.id}`}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{note.title}</Text>
          {note.mine && <StatusBadge status={note.mine} />}
        </Group>
        <Text size="sm" c="dimmed">
          {[
            note.number,
            t('guidance.issuedOn', { date: formatDate(note.issuedOn) }),
            t('guidance.acknowledgeBy', { date: formatDate(note.acknowledgeBy) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Group gap="xs">
          {note.mine === null && (
            <Text size="sm" data-testid="guidance-counts">
              {t('guidance.counts', { read: note.read, acknowledged: note.acknowledged, total: note.recipients })}
            </Text>
          )}
          {note.overdue && (
            <Badge color="red" variant="light">
              {t('guidance.overdue')}
            </Badge>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
