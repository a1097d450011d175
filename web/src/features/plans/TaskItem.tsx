import { Anchor, Badge, Box, Collapse, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { PlanTask } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { describePath } from '../../lib/describe-path';
import { formatDate } from '@common/calendar/iso-date';
import { ROLE_COLORS, roleLabel, timeframeLabel } from '../../lib/labels';
import { RoleChips } from './RoleChips';

/** One task of the tree: code, title, timeframe, roles, the "why" when an agency is chosen, content on demand. */
export function TaskItem({
  task,
  showWhy,
  highlight,
}: {
  task: PlanTask;
  showWhy: boolean;
  highlight?: ReadonlySet<number>;
}) {
  const { t } = useI18n();
  const [open, content] = useDisclosure(false);
  const indent = Math.min(task.depth, 3);
  return (
    <Box
      component="article"
      data-testid={`task-${task.code}`}
      data-context={task.isContext ? 'true' : 'false'}
      aria-label={`${task.code} ${task.title}`}
      py="xs"
      pr="xs"
      style={{
        paddingLeft: 8,
        borderLeft: `3px solid ${task.isContext ? 'var(--mantine-color-gray-3)' : 'var(--mantine-color-blue-5)'}`,
        marginLeft: `calc(${indent} * var(--task-indent, 12px))`,
        background: task.isContext ? 'var(--mantine-color-gray-0)' : undefined,
      }}
    >
      <Stack gap={6}>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Text fw={700} size="sm" c={task.isContext ? 'dimmed' : 'blue.8'} style={{ flexShrink: 0 }} component="span">
            {task.code}
          </Text>
          <Text
            size="sm"
            fw={task.depth === 0 ? 700 : 500}
            c={task.isContext ? 'dimmed' : undefined}
            style={{ overflowWrap: 'anywhere' }}
            component="h3"
            m={0}
          >
            {task.title}
            {task.isContext && (
              <Text span size="xs" c="dimmed" fs="italic">
                {' '}
                ({t('plan.context')})
              </Text>
            )}
          </Text>
        </Group>
        {!task.isContext && (
          <>
            {(task.timeframe.kind || task.timeframe.due) && (
              <Group gap={4}>
                {task.timeframe.kind && (
                  <Badge size="sm" variant="dot" color="gray" tt="none" title={task.timeframe.text ?? undefined}>
                    {timeframeLabel(t, task.timeframe.kind)}
                  </Badge>
                )}
                {task.timeframe.due && (
                  <Badge size="sm" variant="light" color="orange" tt="none">
                    {t('plan.due', { date: formatDate(task.timeframe.due) })}
                  </Badge>
                )}
                {task.timeframe.text && task.timeframe.kind === 'other' && (
                  <Text size="xs" c="dimmed">
                    {task.timeframe.text}
                  </Text>
                )}
              </Group>
            )}
            <RoleChips roles={task.roles} highlight={highlight} />
            {showWhy &&
              task.owed.map((o) => (
                <Text
                  key={`${o.role}`}
                  size="xs"
                  data-testid={`why-${task.code}-${o.role}`}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  <Badge size="xs" color={ROLE_COLORS[o.role]} variant="filled" mr={4} tt="none">
                    {roleLabel(t, o.role)}
                  </Badge>
                  <Text span fw={600} size="xs">
                    {t('plan.why')}
                  </Text>{' '}
                  {describePath(t, o.path)}
                </Text>
              ))}
          </>
        )}
        {task.content && (
          <>
            <Anchor
              component="button"
              type="button"
              size="xs"
              onClick={content.toggle}
              aria-expanded={open}
              style={{ alignSelf: 'flex-start' }}
            >
              {open ? `▾ ${t('plan.hideContent')}` : `▸ ${t('plan.showContent')}`}
            </Anchor>
            <Collapse expanded={open}>
              <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {task.content}
              </Text>
            </Collapse>
          </>
        )}
      </Stack>
    </Box>
  );
}
