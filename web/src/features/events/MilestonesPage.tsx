import { formatDate, formatDateTime } from '@common/calendar/iso-date';
import {
  Badge,
  Button,
  Card,
  Code,
  Group,
  Modal,
  NumberInput,
  Progress,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { useMe } from '../auth/session';
import { CampaignForm, FestivalForm } from './EventForms';
import { type MilestoneView, useFeedToken, useFeedTokens, useMilestones, useRevokeFeedToken } from './events.api';
import { ErrorAlert } from '../../components/QueryState';

const KIND_COLOURS = { anniversary: 'red', festival: 'grape', campaign: 'blue' } as const;

/**
 * The year's milestones on one list (phone first): national anniversaries with round years marked,
 * provincial festivals on their solar day (lunar ones converted), campaigns with what each press agency
 * is expected to produce; and the secret link a phone's Calendar app subscribes to.
 */
export function MilestonesPage() {
  const { t } = useI18n();
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('year') ?? me.today.slice(0, 4));
  const roundOnly = search.get('round') === '1';
  const list = useMilestones(year);
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  };
  const shown = (list.data?.milestones ?? []).filter((m) => !roundOnly || m.kind !== 'anniversary' || m.round);
  return (
    <Stack gap="md" pb="md">
      <Title order={1} size="h3">
        {t('events.title', { year })}
      </Title>
      <Group align="flex-end">
        <NumberInput
          label={t('events.year')}
          value={year}
          min={2000}
          max={2100}
          w={120}
          onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && set('year', String(v))}
        />
        <Switch
          label={t('events.roundOnly')}
          checked={roundOnly}
          onChange={(e) => set('round', e.currentTarget.checked ? '1' : null)}
        />
      </Group>
      <QueryState isLoading={list.isLoading} error={list.error} onRetry={() => void list.refetch()}>
        {shown.length === 0 && <Text>{t('events.empty')}</Text>}
        {shown.map((m) => (
          <MilestoneCard key={m.key} milestone={m} canEdit={me.abilities['events.manage'] === true} />
        ))}
      </QueryState>
      <FeedLinks agency={me.user.agencyId !== null} />
      {me.abilities['events.manage'] && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <FestivalForm />
          <CampaignForm />
        </SimpleGrid>
      )}
    </Stack>
  );
}

function MilestoneCard({ milestone: m, canEdit }: { milestone: MilestoneView; canEdit: boolean }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const editable = canEdit && (m.festival !== null || m.campaign !== null);
  const when = m.endsOn !== m.date ? `${formatDate(m.date)} – ${formatDate(m.endsOn)}` : formatDate(m.date);
  return (
    <Card
      withBorder
      padding="sm"
      data-testid={`milestone-${m.key}`}
      style={m.round ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={700}>{when}</Text>
          <Badge color={KIND_COLOURS[m.kind]} variant="light">
            {t(`events.kind.${m.kind}`)}
          </Badge>
          {m.round && (
            <Badge color="red" variant="filled">
              {t('events.round')} · {t('events.years', { years: m.years ?? 0 })}
            </Badge>
          )}
        </Group>
        <Text>{m.title}</Text>
        {(m.lunar || m.place) && (
          <Text size="sm" c="dimmed">
            {[m.lunar, m.place].filter(Boolean).join(' · ')}
          </Text>
        )}
        {m.outputs.map((o) => {
          const label = t('events.expected', {
            agency: o.agency,
            actual: o.actual,
            expected: o.expected,
            unit: o.unit,
            indicator: o.indicator,
          });
          return (
            <Stack gap={2} key={`${o.agency}-${o.indicator}`}>
              <Text size="sm">{label}</Text>
              <Progress
                aria-label={label}
                size="sm"
                color={o.actual >= o.expected ? 'teal' : 'blue'}
                value={o.expected > 0 ? Math.min(100, (o.actual / o.expected) * 100) : 100}
              />
            </Stack>
          );
        })}
        {m.outputs.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('events.actualNote')}
          </Text>
        )}
        {editable && (
          <Group justify="flex-end">
            <Button variant="light" size="compact-md" onClick={() => setEditing(true)}>
              {t('events.edit')}
            </Button>
          </Group>
        )}
      </Stack>
      {editable && (
        <Modal
          opened={editing}
          onClose={() => setEditing(false)}
          title={t(m.festival ? 'events.editFestival' : 'events.editCampaign')}
          size="lg"
        >
          {m.festival && <FestivalForm record={m.festival} onDone={() => setEditing(false)} />}
          {m.campaign && <CampaignForm record={m.campaign} onDone={() => setEditing(false)} />}
        </Modal>
      )}
    </Card>
  );
}

function FeedLinks({ agency }: { agency: boolean }) {
  const { t } = useI18n();
  const token = useFeedToken();
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Text fw={600}>{t('events.feed')}</Text>
        <Group gap="xs">
          <Button variant="default" onClick={() => token.mutate('user')} loading={token.isPending}>
            {t('events.feedMine')}
          </Button>
          {agency && (
            <Button variant="default" onClick={() => token.mutate('agency')} loading={token.isPending}>
              {t('events.feedAgency')}
            </Button>
          )}
        </Group>
        {token.data && (
          <>
            <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="feed-url">
              {`${window.location.origin}${token.data.path}`}
            </Code>
            <Text size="sm" c="dimmed">
              {t('events.feedHelp')}
            </Text>
          </>
        )}
        <FeedTokenList />
      </Stack>
    </Card>
  );
}

/** The reader's links in force, each revocable (a lost phone, a link shared by mistake). */
function FeedTokenList() {
  const { t } = useI18n();
  const tokens = useFeedTokens();
  const revoke = useRevokeFeedToken();
  const list = tokens.data?.tokens ?? [];
  if (list.length === 0) return null;
  return (
    <Stack gap={4} data-testid="feed-tokens">
      <Text size="sm" fw={600}>
        {t('events.feedLinks')}
      </Text>
      {revoke.error && <ErrorAlert error={revoke.error} />}
      {list.map((token) => (
        <Group key={token.id} justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm">
            {t('events.feedLink', { scope: token.scope, created: formatDateTime(token.createdAt) })}
            {token.lastUsedAt && ` · ${t('events.feedLinkUsed', { used: formatDateTime(token.lastUsedAt) })}`}
          </Text>
          <Button
            variant="subtle"
            color="red"
            size="compact-md"
            onClick={() => revoke.mutate(token.id)}
            loading={revoke.isPending && revoke.variables === token.id}
          >
            {t('events.feedRevoke')}
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
