import { Card, Table, Text } from '@mantine/core';
import { formatDate } from '@common/calendar/iso-date';
import type { ActionCoverage } from '@common/contracts/response';
import type { Wire } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';

type Coverage = Wire<typeof ActionCoverage>;
type Counts = Coverage['before'];

/** The press coverage about a case either side of each rebuttal, by tone (from press monitoring). */
export function CoverageTable({ rows, withCase = false }: { rows: Coverage[]; withCase?: boolean }) {
  const { t } = useI18n();
  const counts = (c: Counts) =>
    t('response.coverage.counts', { positive: c.positive, neutral: c.neutral, negative: c.negative });
  return (
    <Card withBorder padding="sm" data-testid="coverage">
      <Text fw={600}>{t('response.coverage.title')}</Text>
      <Text size="xs" c="dimmed">
        {t('response.coverage.rule')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm">{t('response.coverage.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table fz="sm" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('response.coverage.action')}</Table.Th>
                <Table.Th>{t('response.coverage.before')}</Table.Th>
                <Table.Th>{t('response.coverage.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.actionId}>
                  <Table.Td>
                    {withCase ? `${r.caseTitle} · ` : ''}
                    {t(`response.action.${r.kind}`)} {formatDate(r.doneOn)}
                  </Table.Td>
                  <Table.Td>{counts(r.before)}</Table.Td>
                  <Table.Td>{counts(r.after)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
