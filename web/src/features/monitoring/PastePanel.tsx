import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/QueryState';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/I18nProvider';
import { useMonitoringActions } from './monitoring.api';

/** "Dán bài": the coordinator pastes an article's text; it is analysed, stored, and its analysis shown at once. */
export function PastePanel() {
  const { t } = useI18n();
  const { pasteArticle } = useMonitoringActions();
  const [outlet, setOutlet] = useState('');
  const [title, setTitle] = useState('');
  const [day, setDay] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [body, setBody] = useState('');
  const result = pasteArticle.data?.article;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('monitor.paste.intro')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          pasteArticle.mutate({
            outlet,
            title,
            body,
            url: url.trim() || undefined,
            // A day without an hour is that day's start in Vietnam.
            publishedAt: day ? `${day}T00:00:00+07:00` : undefined,
          });
        }}
      >
        <Stack gap="xs">
          <TextInput
            label={t('monitor.paste.outlet')}
            value={outlet}
            onChange={(e) => setOutlet(e.currentTarget.value)}
            required
          />
          <TextInput
            label={t('monitor.paste.title')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            required
          />
          <DateField label={t('monitor.paste.date')} value={day} onChange={setDay} />
          <TextInput
            label={t('monitor.paste.url')}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            type="url"
          />
          <Textarea
            label={t('monitor.paste.body')}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            required
            autosize
            minRows={6}
            maxRows={16}
          />
          <Button type="submit" className="ttdn-touch" loading={pasteArticle.isPending}>
            {t('monitor.paste.submit')}
          </Button>
          {pasteArticle.error && <ErrorAlert error={pasteArticle.error} />}
        </Stack>
      </form>
      {result && (
        <Card withBorder padding="sm" data-testid="paste-result" aria-live="polite">
          <Stack gap={6}>
            <Title order={2} size="h5">
              {t('monitor.paste.result')}
            </Title>
            <Alert color={result.alreadyStored ? 'yellow' : 'green'} p="xs">
              {t(result.alreadyStored ? 'monitor.paste.already' : 'monitor.paste.stored')}
            </Alert>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {result.title}
            </Text>
            <Text>
              {t(result.relevant ? 'monitor.paste.relevant' : 'monitor.paste.notRelevant', {
                score: result.score.toFixed(2),
              })}
            </Text>
            <Text>
              {result.tone
                ? t('monitor.paste.tone', { tone: t(`monitor.tone.${result.tone}`) })
                : t('monitor.paste.noTone')}
            </Text>
            <Labels
              title={t('monitor.paste.topics')}
              labels={result.topics.map((v) => t(`monitor.topic.${v}` as 'monitor.topic.other'))}
            />
            <Labels
              title={t('monitor.paste.flags')}
              labels={result.flags.map((v) => t(`monitor.flag.${v}` as 'monitor.flag.border'))}
              color="red"
            />
            <Text style={{ overflowWrap: 'anywhere' }}>
              {result.duplicateOf
                ? t('monitor.paste.duplicateOf', {
                    title: result.duplicateOf.title,
                    outlet: result.duplicateOf.outlet,
                  })
                : t('monitor.paste.noDuplicate')}
            </Text>
            <Button component={Link} to={`/monitoring/articles/${result.id}`} variant="light" className="ttdn-touch">
              {t('monitor.paste.open')}
            </Button>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

function Labels({ title, labels, color }: { title: string; labels: string[]; color?: string }) {
  const { t } = useI18n();
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm">{title}:</Text>
      {labels.length === 0 && <Text size="sm">{t('monitor.paste.none')}</Text>}
      {labels.map((label) => (
        <Badge key={label} color={color} variant="light">
          {label}
        </Badge>
      ))}
    </Group>
  );
}
