import { Button, Card, Group, Select, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDateTime } from '@common/calendar/iso-date';
import { TOPICS } from '@common/contracts/monitoring';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { AttentionPanel } from './AttentionPanel';
import { CsvImportPanel } from './CsvImportPanel';
import { DigestsPanel } from './DigestsPanel';
import { useAlerts, useMonitoringActions, useSources, useStories } from './monitoring.api';
import { PastePanel } from './PastePanel';
import { ProfilePanel } from './ProfilePanel';
import { SavedSearches } from './SavedSearches';
import { SourcesPanel } from './SourcesPanel';
import { StoryCard } from './StoryCard';

function StoriesPanel() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [tone, setTone] = useState<string | null>(null);
  const [topic, setTopic] = useState<string | null>(null);
  const filters = {
    q: search || undefined,
    tone: (tone ?? undefined) as 'negative' | undefined,
    topic: topic ?? undefined,
  };
  const stories = useStories(filters);
  return (
    <Stack gap="sm">
      <SavedSearches
        current={filters}
        onApply={(saved) => {
          setQ(saved.q ?? '');
          setSearch(saved.q ?? '');
          setTone(saved.tone ?? null);
          setTopic(saved.topic ?? null);
        }}
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(q.trim());
        }}
      >
        <Group align="end" gap="xs" wrap="wrap">
          <TextInput
            label={t('monitor.filter.search')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            style={{ flex: '1 1 220px' }}
            name="q"
          />
          <Select
            label={t('monitor.filter.tone')}
            data={(['negative', 'neutral', 'positive'] as const).map((v) => ({
              value: v,
              label: t(`monitor.tone.${v}`),
            }))}
            value={tone}
            onChange={setTone}
            clearable
            placeholder={t('monitor.filter.any')}
            style={{ flex: '1 1 140px' }}
          />
          <Select
            label={t('monitor.filter.topic')}
            data={TOPICS.map((v) => ({ value: v, label: t(`monitor.topic.${v}`) }))}
            value={topic}
            onChange={setTopic}
            clearable
            placeholder={t('monitor.filter.any')}
            style={{ flex: '1 1 180px' }}
          />
          <Button type="submit" className="ttdn-touch">
            {t('monitor.filter.apply')}
          </Button>
        </Group>
      </form>
      <QueryState isLoading={stories.isLoading} error={stories.error}>
        <Text size="sm" c="dimmed">
          {t(stories.data?.totalCapped ? 'monitor.stories.totalCapped' : 'monitor.stories.total', {
            total: stories.data?.total ?? 0,
          })}
        </Text>
        {stories.data?.approximate && <Text size="sm">{t('monitor.stories.approximate')}</Text>}
        {stories.data?.stories.length === 0 && <Text>{t('monitor.stories.none')}</Text>}
        {stories.data?.stories.map((s) => (
          <StoryCard key={s.id} story={s} />
        ))}
      </QueryState>
    </Stack>
  );
}

function AlertsPanel() {
  const { t } = useI18n();
  const alerts = useAlerts();
  const { handleAlert, caseFromAlert } = useMonitoringActions();
  const navigate = useNavigate();
  const canManage = alerts.data?.abilities['monitor.manage'] ?? false;
  const canOpenCase = alerts.data?.abilities['response.manage'] ?? false;
  return (
    <QueryState isLoading={alerts.isLoading} error={alerts.error}>
      <Stack gap="sm">
        {alerts.data?.alerts.length === 0 && <Text>{t('monitor.alerts.none')}</Text>}
        {alerts.data?.alerts.map((a) => (
          <Card key={a.id} withBorder padding="sm" data-testid="alert" bg={a.handledAt ? undefined : 'red.0'}>
            <Stack gap={6}>
              <Text fw={a.handledAt ? 400 : 600}>{a.message}</Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(String(a.createdAt))}
              </Text>
              <Group gap="xs">
                {a.articleId && (
                  <Button
                    component={Link}
                    to={`/monitoring/articles/${a.articleId}`}
                    variant="light"
                    className="ttdn-touch"
                  >
                    {t('monitor.alerts.open')}
                  </Button>
                )}
                {canOpenCase && canManage && !a.handledAt && a.articleId && (
                  <Button
                    color="red"
                    loading={caseFromAlert.isPending && caseFromAlert.variables?.id === a.id}
                    onClick={() =>
                      caseFromAlert.mutate(a, { onSuccess: (opened) => navigate(`/response/cases/${opened.id}`) })
                    }
                    className="ttdn-touch"
                  >
                    {t('monitor.alerts.openCase')}
                  </Button>
                )}
                {canManage && !a.handledAt && (
                  <Button variant="default" onClick={() => handleAlert.mutate(a.id)} className="ttdn-touch">
                    {t('monitor.alerts.handle')}
                  </Button>
                )}
                {a.handledAt && (
                  <Text size="xs">{t('monitor.alerts.handled', { at: formatDateTime(String(a.handledAt)) })}</Text>
                )}
              </Group>
            </Stack>
          </Card>
        ))}
      </Stack>
    </QueryState>
  );
}

const TABS = ['stories', 'attention', 'alerts', 'digests', 'paste', 'csv', 'sources', 'profile'] as const;

/** /monitoring: stories with filters, alerts, digests, pasting, CSV import, sources and the province profile, as tabs. */
export function MonitoringPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  // Pasting and importing add articles: only those who manage monitoring see those tabs.
  const canManage = useSources().data?.abilities['monitor.manage'] ?? false;
  const tabs = TABS.filter((v) => canManage || (v !== 'paste' && v !== 'csv'));
  const tab = (tabs as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : 'stories';
  return (
    <Stack maw={960}>
      <Title order={1} size="h3">
        {t('monitor.page.title')}
      </Title>
      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'stories' ? { tab: v } : {})} keepMounted={false}>
        <Tabs.List style={{ flexWrap: 'wrap' }}>
          {tabs.map((v) => (
            <Tabs.Tab key={v} value={v} className="ttdn-touch">
              {t(`monitor.tab.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="stories" pt="sm">
          <StoriesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="attention" pt="sm">
          <AttentionPanel />
        </Tabs.Panel>
        <Tabs.Panel value="alerts" pt="sm">
          <AlertsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="digests" pt="sm">
          <DigestsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="paste" pt="sm">
          <PastePanel />
        </Tabs.Panel>
        <Tabs.Panel value="csv" pt="sm">
          <CsvImportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="sources" pt="sm">
          <SourcesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="profile" pt="sm">
          <ProfilePanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
