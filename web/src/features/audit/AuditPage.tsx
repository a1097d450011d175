import * as audit from '@common/contracts/audit';
import { Anchor, Button, Code, Collapse, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { AuditEvent } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '@common/calendar/iso-date';
import { isMessageKey } from '@common/i18n/translate';

const PAGE_SIZE = 50;

/** The audit log (ability audit.read): who did what when, with before/after on demand. */
export function AuditPage() {
  const { t } = useI18n();
  const log = useInfiniteQuery({
    queryKey: ['audit'],
    queryFn: ({ pageParam, signal }) =>
      call(audit.listAuditEvents, { query: { before: pageParam ?? undefined, limit: PAGE_SIZE } }, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
  });
  const events = log.data?.pages.flatMap((p) => p.events) ?? [];
  return (
    <Stack>
      <Title order={1} size="h3">
        {t('audit.title')}
      </Title>
      <QueryState isLoading={log.isLoading} error={log.error} onRetry={() => void log.refetch()}>
        {events.length === 0 ? (
          <Text c="dimmed">{t('audit.empty')}</Text>
        ) : (
          <Paper withBorder style={{ overflowX: 'auto' }}>
            <Table verticalSpacing="xs" data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.at')}</Table.Th>
                  <Table.Th>{t('audit.actor')}</Table.Th>
                  <Table.Th>{t('audit.action')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('audit.subject')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.map((e) => (
                  <AuditRow key={e.id} event={e} />
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
        <Group>
          {log.hasNextPage ? (
            <Button variant="light" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
              {t('audit.loadMore')}
            </Button>
          ) : (
            events.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('audit.end')}
              </Text>
            )
          )}
        </Group>
      </QueryState>
    </Stack>
  );
}

function AuditRow({ event }: { event: AuditEvent }) {
  const { t } = useI18n();
  const [open, details] = useDisclosure(false);
  const hasDetails = event.before != null || event.after != null;
  const actionKey = `auditAction.${event.action}`;
  const subject = `${event.subjectType}${event.subjectId ? ` #${event.subjectId}` : ''}`;
  return (
    <>
      <Table.Tr>
        <Table.Td>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(event.at)}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {event.actorName}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{isMessageKey(actionKey) ? t(actionKey) : event.action}</Text>
          <Code fz="xs">{event.action}</Code>
          <Text size="xs" c="dimmed" hiddenFrom="sm">
            {subject}
          </Text>
          {hasDetails && (
            <Anchor
              component="button"
              type="button"
              size="xs"
              display="block"
              onClick={details.toggle}
              aria-expanded={open}
            >
              {open ? '▾' : '▸'} {t('audit.details')}
            </Anchor>
          )}
        </Table.Td>
        <Table.Td visibleFrom="sm">
          <Text size="sm">{subject}</Text>
        </Table.Td>
      </Table.Tr>
      {hasDetails && open && (
        <Table.Tr>
          <Table.Td colSpan={4}>
            <Collapse expanded={open}>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <JsonBlock label={t('audit.before')} value={event.before} />
                <JsonBlock label={t('audit.after')} value={event.after} />
              </SimpleGrid>
            </Collapse>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" fw={600}>
        {label}
      </Text>
      {/* Focusable, so a keyboard can scroll a long change. */}
      <Code
        block
        tabIndex={0}
        style={{ maxHeight: 320, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
      >
        {value == null ? '—' : JSON.stringify(value, null, 2)}
      </Code>
    </div>
  );
}
