import { formatDate } from '@common/calendar/iso-date';
import type { Abilities } from '@common/permissions';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT, touchInput } from '../admin/touch';
import { type BudgetRequestView, formatDong, useBudgetMutations } from './budget.api';

const STATUS_COLOR: Record<BudgetRequestView['status'], string> = {
  draft: 'gray',
  submitted: 'blue',
  appraised: 'orange',
  approved: 'green',
  partial: 'teal',
  refused: 'red',
};

/**
 * One request beyond the estimate with the one step it can take now: the requester sends a draft to
 * Sở Tài chính; the coordinator records the appraisal, then the People's Committee's decision.
 */
export function RequestCard({ request, abilities }: { request: BudgetRequestView; abilities: Abilities }) {
  const { t } = useI18n();
  const { submit, appraise, decide } = useBudgetMutations();
  const [opinion, setOpinion] = useState('');
  const [amount, setAmount] = useState<number | string>(request.amountDong);
  const [decision, setDecision] = useState<'approve' | 'partial' | 'refuse'>('approve');
  const [ref, setRef] = useState('');
  const manage = abilities['budget.manage'];
  const canSubmit = request.status === 'draft' && (manage || abilities['budget.record']);
  const error = submit.error ?? appraise.error ?? decide.error;
  const params = { id: request.id };
  const whole = (value: number | string) => (typeof value === 'number' ? value : Number(value) || 0);
  return (
    <Card withBorder padding="sm" data-testid="budget-request">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>
            {request.taskCode} · {request.agency}
          </Text>
          <Badge color={STATUS_COLOR[request.status]} variant="light" data-testid="budget-request-status">
            {t(`budget.status.${request.status}`)}
          </Badge>
        </Group>
        <Text size="sm">{t('budget.request.asked', { amount: formatDong(request.amountDong) })}</Text>
        <Text size="sm" c="dimmed">
          {request.reason}
        </Text>
        {request.status === 'submitted' && request.appraisalDueOn && (
          <Text size="sm" c={request.overdue ? 'red.8' : undefined}>
            {t('budget.request.appraisalDue', { date: formatDate(request.appraisalDueOn) })}
            {request.overdue ? ` · ${t('budget.request.overdue')}` : ''}
          </Text>
        )}
        {request.appraisedOn && (
          <Text size="sm">
            {t('budget.request.appraisal', {
              date: formatDate(request.appraisedOn),
              opinion: request.appraisalOpinion,
              amount: formatDong(request.appraisedAmountDong ?? 0),
            })}
          </Text>
        )}
        {request.status === 'appraised' && request.decisionDueOn && (
          <Text size="sm" c={request.overdue ? 'red.8' : undefined}>
            {t('budget.request.decisionDue', { date: formatDate(request.decisionDueOn) })}
            {request.overdue ? ` · ${t('budget.request.overdue')}` : ''}
          </Text>
        )}
        {request.decidedOn && (
          <Text size="sm" data-testid="budget-request-decision">
            {t('budget.request.decision', {
              ref: request.decisionRef,
              date: formatDate(request.decidedOn),
              amount: formatDong(request.approvedAmountDong ?? 0),
            })}
          </Text>
        )}
        <Anchor href={`/api/budget/requests/${request.id}/request.docx`} size="sm" className="ttdn-touch">
          {t('budget.request.docx')}
        </Anchor>
        {error !== null && <ErrorAlert error={error} />}
        {canSubmit && (
          <Group>
            <Button
              h={TOUCH_HEIGHT}
              loading={submit.isPending}
              onClick={() => submit.mutate({ params, body: { version: request.version } })}
            >
              {t('budget.action.submit')}
            </Button>
          </Group>
        )}
        {manage && request.status === 'submitted' && (
          <Stack gap="xs">
            <Textarea
              label={t('budget.appraise.opinion')}
              value={opinion}
              onChange={(e) => setOpinion(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <NumberInput
              label={t('budget.appraise.amount')}
              value={amount}
              onChange={setAmount}
              min={0}
              allowDecimal={false}
              thousandSeparator="."
              decimalSeparator=","
              styles={touchInput}
            />
            <Group>
              <Button
                h={TOUCH_HEIGHT}
                loading={appraise.isPending}
                onClick={() =>
                  appraise.mutate({ params, body: { version: request.version, opinion, amountDong: whole(amount) } })
                }
              >
                {t('budget.action.appraise')}
              </Button>
            </Group>
          </Stack>
        )}
        {manage && request.status === 'appraised' && (
          <Stack gap="xs">
            <Select
              label={t('budget.decide.decision')}
              data={(['approve', 'partial', 'refuse'] as const).map((value) => ({
                value,
                label: t(`budget.decide.${value}`),
              }))}
              value={decision}
              onChange={(v) => v && setDecision(v as typeof decision)}
              allowDeselect={false}
              styles={touchInput}
            />
            {decision === 'partial' && (
              <NumberInput
                label={t('budget.decide.amount')}
                value={amount}
                onChange={setAmount}
                min={0}
                allowDecimal={false}
                thousandSeparator="."
                decimalSeparator=","
                styles={touchInput}
              />
            )}
            <TextInput
              label={t('budget.decide.ref')}
              value={ref}
              onChange={(e) => setRef(e.currentTarget.value)}
              styles={touchInput}
            />
            <Group>
              <Button
                h={TOUCH_HEIGHT}
                loading={decide.isPending}
                onClick={() =>
                  decide.mutate({
                    params,
                    body: {
                      version: request.version,
                      decision,
                      amountDong: decision === 'partial' ? whole(amount) : null,
                      decisionRef: ref,
                    },
                  })
                }
              >
                {t('budget.action.decide')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
