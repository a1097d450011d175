import {
  Button,
  Card,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT, touchInput } from '../admin/touch';
import { useMe } from '../auth/session';
import { type BudgetYearView, formatDong, formatExecution, useBudgetMutations, useBudgetYear } from './budget.api';
import { AllocationForm, PaymentForm } from './BudgetForms';
import { RequestCard } from './RequestCard';
import { ScrollRegion } from './ScrollRegion';

/** The form of a new request beyond the estimate, placed on one of the year's budget lines. */
function NewRequest({ data, onDone }: { data: BudgetYearView; onDone: () => void }) {
  const { t } = useI18n();
  const { draft } = useBudgetMutations();
  const [lineId, setLineId] = useState<string | null>(null);
  const [amount, setAmount] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const line = data.allocations.find((a) => String(a.id) === lineId);
  const save = () =>
    line &&
    draft.mutate(
      {
        body: {
          year: data.year,
          taskId: line.taskId,
          agencyId: line.agencyId,
          source: line.source,
          amountDong: typeof amount === 'number' ? amount : Number(amount) || 0,
          reason,
        },
      },
      { onSuccess: onDone },
    );
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        {draft.error !== null && <ErrorAlert error={draft.error} />}
        <Select
          label={t('budget.request.line')}
          data={data.allocations.map((a) => ({
            value: String(a.id),
            label: `${a.taskCode} · ${a.agency} · ${t(`budget.source.${a.source}`)}`,
          }))}
          value={lineId}
          onChange={setLineId}
          searchable
          styles={touchInput}
        />
        <NumberInput
          label={t('budget.request.amount')}
          value={amount}
          onChange={setAmount}
          min={1}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          styles={touchInput}
        />
        <Textarea
          label={t('budget.request.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" h={TOUCH_HEIGHT} onClick={onDone}>
            {t('budget.request.cancel')}
          </Button>
          <Button h={TOUCH_HEIGHT} loading={draft.isPending} onClick={save}>
            {t('budget.request.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The budget of a year: totals, allocations by task and source, requests beyond the estimate. */
export function BudgetPage() {
  const { t, language } = useI18n();
  const [params, setParams] = useSearchParams();
  // The server's today (pinned in demos), not the browser's clock.
  const today = useMe().today;
  const thisYear = Number(today.slice(0, 4));
  const [form, setForm] = useState<'allocation' | 'payment' | null>(null);
  const year = Number(params.get('year')) || thisYear;
  const query = useBudgetYear(year);
  const [drafting, setDrafting] = useState(false);
  const data = query.data;
  const years = [year - 1, year, year + 1].filter((y) => y >= 2025).map(String);
  return (
    <Stack gap="md">
      <Title order={1} size="h3">
        {t('budget.title')}
      </Title>
      <SegmentedControl
        aria-label={t('budget.year')}
        data={years}
        value={String(year)}
        onChange={(y) => setParams({ year: y })}
        w="fit-content"
      />
      <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
        {data && (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="budget-totals">
              {(
                [
                  ['budget.allocated', formatDong(data.totals.allocated)],
                  ['budget.spent', formatDong(data.totals.spent)],
                  ['budget.remaining', formatDong(data.totals.remaining)],
                  ['budget.execution', formatExecution(data.totals.executionBasisPoints, language)],
                ] as const
              ).map(([label, value]) => (
                <Paper withBorder p="sm" key={label}>
                  <Text size="sm" c="dimmed">
                    {t(label)}
                  </Text>
                  <Text size="lg" fw={700}>
                    {value}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('budget.lines')}
              </Title>
              {form === null && (
                <Group gap="xs">
                  {data.abilities['budget.manage'] && (
                    <Button h={TOUCH_HEIGHT} variant="light" onClick={() => setForm('allocation')}>
                      {t('budget.newAllocation')}
                    </Button>
                  )}
                  {data.abilities['budget.record'] && data.allocations.length > 0 && (
                    <Button h={TOUCH_HEIGHT} variant="light" onClick={() => setForm('payment')}>
                      {t('budget.newPayment')}
                    </Button>
                  )}
                </Group>
              )}
            </Group>
            {form === 'allocation' && <AllocationForm year={year} onDone={() => setForm(null)} />}
            {form === 'payment' && <PaymentForm data={data} today={today} onDone={() => setForm(null)} />}
            {data.allocations.length === 0 ? (
              <Text c="dimmed">{t('budget.noLines')}</Text>
            ) : (
              <ScrollRegion label={t('budget.lines')} minWidth={640}>
                <Table striped data-testid="budget-lines">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('budget.task')}</Table.Th>
                      <Table.Th>{t('budget.agency')}</Table.Th>
                      <Table.Th>{t('budget.source')}</Table.Th>
                      <Table.Th ta="right">{t('budget.allocated')}</Table.Th>
                      <Table.Th ta="right">{t('budget.spent')}</Table.Th>
                      <Table.Th ta="right">{t('budget.execution')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.allocations.map((a) => (
                      <Table.Tr key={a.id}>
                        <Table.Td title={a.taskTitle}>{a.taskCode}</Table.Td>
                        <Table.Td>{a.agency}</Table.Td>
                        <Table.Td>{t(`budget.source.${a.source}`)}</Table.Td>
                        <Table.Td ta="right">{formatDong(a.allocated)}</Table.Td>
                        <Table.Td ta="right">{formatDong(a.spent)}</Table.Td>
                        <Table.Td ta="right">{formatExecution(a.executionBasisPoints, language)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollRegion>
            )}
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('budget.requests')}
              </Title>
              {!drafting &&
                data.allocations.length > 0 &&
                (data.abilities['budget.manage'] || data.abilities['budget.record']) && (
                  <Button h={TOUCH_HEIGHT} onClick={() => setDrafting(true)}>
                    {t('budget.newRequest')}
                  </Button>
                )}
            </Group>
            {drafting && <NewRequest data={data} onDone={() => setDrafting(false)} />}
            {data.requests.length === 0 && <Text c="dimmed">{t('budget.noRequests')}</Text>}
            {[...data.requests].reverse().map((r) => (
              <RequestCard key={r.id} request={r} abilities={data.abilities} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
