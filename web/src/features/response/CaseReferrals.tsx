import { Badge, Button, Card, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { formatDate } from '@common/calendar/iso-date';
import { useState } from 'react';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT, touchInput } from '../admin/touch';
import { AgencySelect } from '../agencies/AgencySelect';
import { type CaseDetail, useResponseMutations } from './response.api';

/** Referrals of a case: who was asked, by when (working days), the answer; the referred agency answers here. */
export function CaseReferrals({ c }: { c: CaseDetail }) {
  const { t } = useI18n();
  const { referCase, answerReferral } = useResponseMutations();
  const [agencyId, setAgencyId] = useState<number | null>(null);
  const [request, setRequest] = useState('');
  const [days, setDays] = useState<number>(5);
  const [answer, setAnswer] = useState('');
  const refer = () =>
    agencyId !== null &&
    referCase.mutate(
      { params: { id: c.id }, body: { agencyId, request, workingDays: days } },
      { onSuccess: () => setRequest('') },
    );
  if (c.referrals.length === 0 && !(c.canManage && c.status !== 'closed')) return null;
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Text fw={600}>{t('response.case.referrals')}</Text>
        {c.referrals.map((r) => (
          <Stack key={r.id} gap={4} data-testid="referral">
            <Group gap={6} wrap="wrap">
              <Text fw={500}>{r.agencyName}</Text>
              <Text size="sm">{t('response.case.due', { date: formatDate(r.dueOn) })}</Text>
              {r.isLapsed && <Badge color="red">{t('response.case.lapsedBadge')}</Badge>}
              {r.escalatedAt && <Badge color="orange">{t('response.case.escalated')}</Badge>}
            </Group>
            <Text size="sm">{r.request}</Text>
            {r.answer && (
              <Text size="sm" c="green.8">
                {t('response.case.answered', { answer: r.answer })}
              </Text>
            )}
            {r.canAnswer && (
              <Stack gap={4}>
                <Textarea
                  label={t('response.case.answer')}
                  value={answer}
                  onChange={(e) => setAnswer(e.currentTarget.value)}
                  autosize
                  minRows={2}
                />
                {answerReferral.error !== null && <ErrorAlert error={answerReferral.error} />}
                <Group justify="flex-end">
                  <Button
                    h={TOUCH_HEIGHT}
                    loading={answerReferral.isPending}
                    onClick={() => answerReferral.mutate({ params: { id: r.id }, body: { answer } })}
                  >
                    {t('response.case.sendAnswer')}
                  </Button>
                </Group>
              </Stack>
            )}
          </Stack>
        ))}
        {c.canManage && c.status !== 'closed' && (
          <Stack gap="xs">
            {referCase.error !== null && <ErrorAlert error={referCase.error} />}
            <AgencySelect
              label={t('response.case.referTo')}
              value={agencyId}
              onChange={setAgencyId}
              styles={touchInput}
            />
            <Textarea
              label={t('response.case.request')}
              value={request}
              onChange={(e) => setRequest(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <NumberInput
              label={t('response.case.workingDays')}
              value={days}
              min={1}
              max={60}
              onChange={(v) => setDays(Number(v) || 5)}
              styles={touchInput}
            />
            <Group justify="flex-end">
              <Button h={TOUCH_HEIGHT} loading={referCase.isPending} disabled={agencyId === null} onClick={refer}>
                {t('response.case.refer')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
