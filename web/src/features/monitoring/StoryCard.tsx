import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '@common/calendar/iso-date';
import { useI18n } from '../../i18n/I18nProvider';
import type { Story } from './monitoring.api';

const TONE_COLOR = { positive: 'green', neutral: 'gray', negative: 'red' } as const;

/** One story in a list: title, outlet, date, tone, topics, flags, the gist and where else it ran. */
export function StoryCard({ story }: { story: Story }) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="sm" data-testid="story">
      <Stack gap={4}>
        <Anchor component={Link} to={`/monitoring/articles/${story.id}`} fw={600} className="ttdn-touch">
          {story.title}
        </Anchor>
        <Group gap={6} wrap="wrap">
          <Text size="sm" c="dimmed">
            {story.outlet} · {formatDate(story.day)}
          </Text>
          {story.tone && (
            <Badge color={TONE_COLOR[story.tone]} variant="light">
              {t(`monitor.tone.${story.tone}`)}
            </Badge>
          )}
          {story.flags.map((f) => (
            <Badge key={f} color="red" variant="filled">
              {t(`monitor.flag.${f}` as 'monitor.flag.border')}
            </Badge>
          ))}
          {story.topics.slice(0, 2).map((topic) => (
            <Badge key={topic} variant="outline">
              {t(`monitor.topic.${topic}` as 'monitor.topic.other')}
            </Badge>
          ))}
        </Group>
        <Text size="sm" lineClamp={2}>
          {story.gist}
        </Text>
        {story.copies > 0 && (
          <Text size="xs" c="dimmed">
            {t('monitor.stories.copies', { copies: story.copies })}
            {story.outlets.length > 0 ? `: ${story.outlets.join(', ')}` : ''}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
