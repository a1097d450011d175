import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { addDays, formatDate } from '@common/calendar/iso-date';
import * as m from '@common/contracts/monitoring';
import { call } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { useMe } from '../auth/session';

const TONE_COLOURS = { positive: '#2f9e44', neutral: '#868e96', negative: '#e03131' } as const;
const DAYS = 90;

/** Attention over the last ninety days: stories per day by tone (inline SVG), per topic and per outlet. */
export function AttentionPanel() {
  const { t } = useI18n();
  const me = useMe();
  const to = me.today;
  const from = addDays(to, -(DAYS - 1));
  const stats = useQuery({
    queryKey: ['monitoring', 'stats', from, to],
    queryFn: ({ signal }) => call(m.getStats, { query: { from, to } }, signal),
  });
  const byDay = stats.data?.byDay ?? [];
  const max = Math.max(1, ...byDay.map((d) => d.positive + d.neutral + d.negative));
  const width = byDay.length * 6;
  return (
    <QueryState isLoading={stats.isLoading} error={stats.error}>
      <Stack gap="md">
        <Card withBorder padding="sm">
          <Title order={2} size="h5">
            {t('monitor.attention.byDay', { from: formatDate(from), to: formatDate(to) })}
          </Title>
          <svg
            viewBox={`0 0 ${Math.max(width, 1)} 100`}
            preserveAspectRatio="none"
            width="100%"
            height={140}
            role="img"
            aria-label={t('monitor.attention.byDayLabel', {
              stories: byDay.reduce((n, d) => n + d.positive + d.neutral + d.negative, 0),
            })}
          >
            {byDay.map((d, i) => {
              let y = 100;
              return (['negative', 'neutral', 'positive'] as const).map((tone) => {
                const h = (d[tone] / max) * 100;
                y -= h;
                return h > 0 ? (
                  <rect key={`${d.day}-${tone}`} x={i * 6} y={y} width={5} height={h} fill={TONE_COLOURS[tone]}>
                    <title>{`${formatDate(d.day)}: ${d[tone]} ${t(`monitor.tone.${tone}`)}`}</title>
                  </rect>
                ) : null;
              });
            })}
          </svg>
          <Group gap="md">
            {(['positive', 'neutral', 'negative'] as const).map((tone) => (
              <Group key={tone} gap={4}>
                <span style={{ width: 12, height: 12, background: TONE_COLOURS[tone], display: 'inline-block' }} />
                <Text size="sm">{t(`monitor.tone.${tone}`)}</Text>
              </Group>
            ))}
          </Group>
        </Card>
        <Bars
          title={t('monitor.attention.byTopic')}
          rows={(stats.data?.byTopic ?? []).map((r) => ({
            label: t(`monitor.topic.${r.topic}` as never),
            count: r.count,
          }))}
        />
        <Bars
          title={t('monitor.attention.byOutlet')}
          rows={(stats.data?.byOutlet ?? []).map((r) => ({ label: r.outlet, count: r.count }))}
        />
      </Stack>
    </QueryState>
  );
}

/** A list of labelled horizontal bars (plain elements: readable by screen readers as text). */
function Bars({ title, rows }: { title: string; rows: Array<{ label: string; count: number }> }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <Card withBorder padding="sm">
      <Title order={2} size="h5">
        {title}
      </Title>
      <Stack gap={4} mt="xs">
        {rows.map((r) => (
          <div key={r.label}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{r.label}</Text>
              <Text size="sm" fw={600}>
                {r.count}
              </Text>
            </Group>
            <div style={{ height: 6, width: `${(r.count / max) * 100}%`, background: '#1c7ed6', borderRadius: 3 }} />
          </div>
        ))}
      </Stack>
    </Card>
  );
}
