import * as a from '@common/contracts/activities';
import * as budget from '@common/contracts/budget';
import { EVIDENCE_EXTENSIONS, MAX_EVIDENCE_BYTES, megabytes } from '@common/limits';
import { Alert, Button, Card, FileInput, Group, NumberInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { call, callUpload } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT, touchInput } from '../admin/touch';
import { AgencySelect } from '../agencies/AgencySelect';
import { type BudgetYearView, wholeDong } from './budget.api';

// Amounts are typed the Vietnamese way (1.250.000) and kept as whole đồng.
const dongInput = { min: 1, allowDecimal: false, allowNegative: false, thousandSeparator: '.', decimalSeparator: ',' };

/** Refreshes the budget screens (and the home page) after a change. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['budget'] }),
      queryClient.invalidateQueries({ queryKey: ['home'] }),
    ]);
}

/** The coordinator's form: money for a task of the year, to an agency, from a source. */
export function AllocationForm({ year, onDone }: { year: number; onDone: () => void }) {
  const { t } = useI18n();
  const refresh = useRefresh();
  const tasks = useQuery({
    queryKey: ['activities', 'options', year],
    queryFn: ({ signal }) => call(a.getActivityOptions, { query: { year } }, signal),
  });
  const save = useMutation({
    mutationFn: (body: budget.AllocationInput) => call(budget.createAllocation, { body }),
    onSuccess: async () => {
      await refresh();
      onDone();
    },
  });
  const [taskId, setTaskId] = useState<string | null>(null);
  const [agencyId, setAgencyId] = useState<number | null>(null);
  const [source, setSource] = useState<string | null>('provincial');
  const [amount, setAmount] = useState<number | string>('');
  const [decisionRef, setDecisionRef] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    const amountDong = wholeDong(amount);
    const missing = !taskId
      ? 'budget.form.needTask'
      : !agencyId
        ? 'budget.form.needAgency'
        : !amountDong
          ? 'budget.form.needAmount'
          : null;
    setProblem(missing && t(missing));
    if (missing || !taskId || !agencyId || !amountDong) return;
    save.mutate({
      year,
      taskId: Number(taskId),
      agencyId,
      source: budget.FundingSource.parse(source),
      amountDong,
      decisionRef,
    });
  };
  return (
    <Card withBorder padding="sm" data-testid="allocation-form">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('budget.form.allocationTitle', { year })}
        </Title>
        {problem && <Alert color="red">{problem}</Alert>}
        {save.error !== null && <ErrorAlert error={save.error} />}
        <Select
          label={t('budget.task')}
          data={(tasks.data?.tasks ?? []).map((x) => ({ value: String(x.id), label: `${x.code} · ${x.title}` }))}
          value={taskId}
          onChange={setTaskId}
          searchable
          disabled={tasks.isLoading}
          styles={touchInput}
        />
        <AgencySelect label={t('budget.agency')} value={agencyId} onChange={setAgencyId} styles={touchInput} />
        <Select
          label={t('budget.source')}
          data={budget.FundingSource.options.map((s) => ({ value: s, label: t(`budget.source.${s}`) }))}
          value={source}
          onChange={setSource}
          allowDeselect={false}
          styles={touchInput}
        />
        <NumberInput
          label={t('budget.form.allocated')}
          value={amount}
          onChange={setAmount}
          inputMode="numeric"
          {...dongInput}
          styles={touchInput}
        />
        <TextInput
          label={t('budget.form.decisionRef')}
          value={decisionRef}
          onChange={(e) => setDecisionRef(e.currentTarget.value)}
          styles={touchInput}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" h={TOUCH_HEIGHT} onClick={onDone}>
            {t('budget.request.cancel')}
          </Button>
          <Button h={TOUCH_HEIGHT} loading={save.isPending} onClick={submit}>
            {t('budget.form.allocate')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** An agency officer's form: a payment on one of the agency's lines, with its voucher file. */
export function PaymentForm({ data, today, onDone }: { data: BudgetYearView; today: string; onDone: () => void }) {
  const { t } = useI18n();
  const refresh = useRefresh();
  const [lineId, setLineId] = useState<string | null>(
    data.allocations.length === 1 ? String(data.allocations[0]!.id) : null,
  );
  const [amount, setAmount] = useState<number | string>('');
  // The server's today by default; a payment made earlier is recorded on its own date.
  const [spentOn, setSpentOn] = useState<string | null>(today);
  const [description, setDescription] = useState('');
  const [documentRef, setDocumentRef] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (request: { id: number; amountDong: number; spentOn: string; file: File }) =>
      callUpload(
        budget.recordSpending,
        {
          params: { id: request.id },
          body: { spentOn: request.spentOn, amountDong: request.amountDong, description, documentRef },
        },
        request.file,
      ),
    onSuccess: async () => {
      await refresh();
      onDone();
    },
  });
  const line = data.allocations.find((x) => String(x.id) === lineId);
  const submit = () => {
    const amountDong = wholeDong(amount);
    let missing: string | null = null;
    if (!line) missing = t('budget.form.needLine');
    else if (!amountDong) missing = t('budget.form.needAmount');
    else if (amountDong > line.remaining)
      missing = t('budget.form.overRemaining', { amount: line.remaining.toLocaleString('vi-VN') });
    else if (!spentOn || spentOn > today) missing = t('budget.form.needDate');
    else if (description.trim().length < 3) missing = t('budget.form.needDescription');
    else if (!file) missing = t('budget.form.needFile');
    else if (file.size > MAX_EVIDENCE_BYTES)
      missing = t('budget.form.fileTooLarge', { maxMb: megabytes(MAX_EVIDENCE_BYTES) });
    setProblem(missing);
    if (missing || !line || !amountDong || !spentOn || !file) return;
    save.mutate({ id: line.id, amountDong, spentOn, file });
  };
  return (
    <Card withBorder padding="sm" data-testid="payment-form">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('budget.form.paymentTitle')}
        </Title>
        {problem && <Alert color="red">{problem}</Alert>}
        {save.error !== null && <ErrorAlert error={save.error} />}
        <Select
          label={t('budget.request.line')}
          data={data.allocations.map((x) => ({
            value: String(x.id),
            label: `${x.taskCode} · ${t(`budget.source.${x.source}`)} · ${t('budget.form.left', { amount: x.remaining.toLocaleString('vi-VN') })}`,
          }))}
          value={lineId}
          onChange={setLineId}
          styles={touchInput}
        />
        <NumberInput
          label={t('budget.form.paid')}
          value={amount}
          onChange={setAmount}
          inputMode="numeric"
          {...dongInput}
          styles={touchInput}
        />
        <DateField label={t('budget.form.spentOn')} value={spentOn} onChange={setSpentOn} styles={touchInput} />
        <TextInput
          label={t('budget.form.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          styles={touchInput}
        />
        <TextInput
          label={t('budget.form.documentRef')}
          value={documentRef}
          onChange={(e) => setDocumentRef(e.currentTarget.value)}
          styles={touchInput}
        />
        <FileInput
          label={t('budget.form.file')}
          description={t('budget.form.fileHint', { maxMb: megabytes(MAX_EVIDENCE_BYTES) })}
          accept={EVIDENCE_EXTENSIONS.map((e) => `.${e}`).join(',')}
          value={file}
          onChange={setFile}
          clearable
          styles={touchInput}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" h={TOUCH_HEIGHT} onClick={onDone}>
            {t('budget.request.cancel')}
          </Button>
          <Button h={TOUCH_HEIGHT} loading={save.isPending} onClick={submit}>
            {t('budget.form.record')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
