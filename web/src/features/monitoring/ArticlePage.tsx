import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { formatDate } from '@common/calendar/iso-date';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { useArticle } from './monitoring.api';

/** /monitoring/articles/:id: the article, why it is about the province, its tone/topics/flags and its copies. */
export function ArticlePage() {
  const { t } = useI18n();
  const id = Number(useParams().articleId);
  const query = useArticle(id);
  const a = query.data?.article;
  return (
    <Stack maw={860}>
      <Anchor component={Link} to="/monitoring" className="ttdn-touch">
        ← {t('monitor.article.back')}
      </Anchor>
      <QueryState isLoading={query.isLoading} error={query.error}>
        {a && (
          <Stack gap="sm">
            <Title order={1} size="h3">
              {a.title}
            </Title>
            <Text c="dimmed" size="sm">
              {a.outlet} · {formatDate(a.day)}
              {a.author ? ` · ${a.author}` : ''}
            </Text>
            {a.url && (
              <Anchor
                href={a.url}
                target="_blank"
                rel="noreferrer"
                className="ttdn-touch"
                style={{ wordBreak: 'break-all' }}
              >
                {t('monitor.article.open')}
              </Anchor>
            )}
            <Card withBorder padding="sm">
              <Title order={2} size="h5" mb={4}>
                {t('monitor.article.analysis')}
              </Title>
              <Group gap={6} wrap="wrap">
                {a.toneScore && (
                  <Badge
                    color={
                      a.toneScore.label === 'negative' ? 'red' : a.toneScore.label === 'positive' ? 'green' : 'gray'
                    }
                  >
                    {t('monitor.article.confidence', {
                      label: t(`monitor.tone.${a.toneScore.label as 'neutral'}`),
                      confidence: a.toneScore.confidence,
                    })}
                  </Badge>
                )}
                {a.flagScores.map((f) => (
                  <Badge key={f.label} color="red" variant="filled">
                    {t('monitor.article.confidence', {
                      label: t(`monitor.flag.${f.label}` as 'monitor.flag.border'),
                      confidence: f.confidence,
                    })}
                  </Badge>
                ))}
                {a.topicScores.map((f) => (
                  <Badge key={f.label} variant="outline">
                    {t('monitor.article.confidence', {
                      label: t(`monitor.topic.${f.label}` as 'monitor.topic.other'),
                      confidence: f.confidence,
                    })}
                  </Badge>
                ))}
              </Group>
              <Title order={3} size="h6" mt="sm">
                {t('monitor.article.why')}
              </Title>
              <List size="sm" spacing={2}>
                {a.reasons.map((r) => (
                  <List.Item key={r}>{r}</List.Item>
                ))}
              </List>
            </Card>
            {a.copiesList.length > 0 && (
              <Card withBorder padding="sm">
                <Title order={2} size="h5" mb={4}>
                  {t('monitor.article.copies')}
                </Title>
                <List size="sm">
                  {a.copiesList.map((c) => (
                    <List.Item key={c.id}>
                      <Anchor component={Link} to={`/monitoring/articles/${c.id}`}>
                        {c.outlet} · {formatDate(c.day)} — {c.title}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </Card>
            )}
            {a.body.split('\n').map((p, i) => (
              <Text key={`${i}-${p.slice(0, 20)}`} size="sm">
                {p}
              </Text>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
