import { Alert, Anchor, Button, Card, Checkbox, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatDate } from '@common/calendar/iso-date';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { type DigestKind, useDigestPreview, useDigests, useMonitoringActions } from './monitoring.api';

/** The draft digest of the previous period: the coordinator ticks and orders stories, then issues it. */
export function DigestsPanel() {
  const { t } = useI18n();
  const [kind, setKind] = useState<DigestKind>('daily');
  const preview = useDigestPreview(kind, undefined);
  const issued = useDigests();
  const { issueDigest } = useMonitoringActions();
  const [chosen, setChosen] = useState<number[]>([]);
  const digest = preview.data?.digest;
  useEffect(() => setChosen(digest ? digest.candidates.map((c) => c.id) : []), [digest]);
  const byId = new Map(digest?.candidates.map((c) => [c.id, c]) ?? []);
  const moveUp = (id: number) =>
    setChosen((list) => {
      const i = list.indexOf(id);
      if (i <= 0) return list;
      const next = [...list];
      [next[i - 1], next[i]] = [next[i]!, next[i - 1]!];
      return next;
    });
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('monitor.digest.kindLabel')}
        value={kind}
        onChange={(v) => setKind(v as DigestKind)}
        data={(['daily', 'weekly', 'monthly'] as const).map((v) => ({
          value: v,
          label: t(`monitor.digest.kind.${v}`),
        }))}
      />
      <QueryState isLoading={preview.isLoading} error={preview.error}>
        {digest && (
          <Card withBorder padding="sm">
            <Title order={2} size="h5">
              {digest.title}
            </Title>
            <Text size="sm" fs="italic">
              {digest.subtitle}
            </Text>
            <Text size="sm" my="xs">
              {digest.summary}
            </Text>
            <Stack gap={6}>
              {[...chosen, ...digest.candidates.map((c) => c.id).filter((id) => !chosen.includes(id))].map((id) => {
                const s = byId.get(id)!;
                const on = chosen.includes(id);
                return (
                  <Group key={id} gap="xs" wrap="nowrap" align="start" data-testid="digest-candidate">
                    <Checkbox
                      aria-label={`${t('monitor.digest.include')}: ${s.title}`}
                      checked={on}
                      onChange={(e) => {
                        const checked = e.currentTarget.checked;
                        setChosen((list) => (checked ? [...list, id] : list.filter((x) => x !== id)));
                      }}
                      mt={4}
                    />
                    <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                      <Text size="sm" fw={600}>
                        {s.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {s.outlet} · {formatDate(s.day)} · {t(`monitor.tone.${s.tone ?? 'neutral'}`)}
                      </Text>
                    </Stack>
                    {on && chosen.indexOf(id) > 0 && (
                      <Button size="xs" variant="subtle" onClick={() => moveUp(id)} className="ttdn-touch">
                        {t('monitor.digest.up')}
                      </Button>
                    )}
                  </Group>
                );
              })}
            </Stack>
            {preview.data?.abilities['monitor.manage'] && (
              <Button
                mt="sm"
                className="ttdn-touch"
                loading={issueDigest.isPending}
                onClick={() => issueDigest.mutate({ kind, date: digest.periodStart, articleIds: chosen })}
              >
                {t('monitor.digest.issue')}
              </Button>
            )}
            {issueDigest.isSuccess && (
              <Alert color="green" mt="xs">
                {t('monitor.digest.issuedOk')}
              </Alert>
            )}
            {issueDigest.error && <ErrorAlert error={issueDigest.error} />}
          </Card>
        )}
      </QueryState>
      <Title order={2} size="h5">
        {t('monitor.digest.issuedList')}
      </Title>
      <QueryState isLoading={issued.isLoading} error={issued.error}>
        {issued.data?.digests.map((d) => (
          <Group key={d.id} justify="space-between" wrap="wrap" data-testid="issued-digest">
            <Text size="sm">
              {t(`monitor.digest.kind.${d.kind}`)} · {formatDate(d.periodStart)}
              {d.periodEnd !== d.periodStart ? ` – ${formatDate(d.periodEnd)}` : ''} · {d.items}
            </Text>
            <Anchor href={`/api/monitoring/digests/${d.id}/digest.docx`} download className="ttdn-touch">
              {t('monitor.digest.download')}
            </Anchor>
          </Group>
        ))}
      </QueryState>
    </Stack>
  );
}
