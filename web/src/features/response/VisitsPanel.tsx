import { Alert, Badge, Button, Card, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { formatDate } from '@common/calendar/iso-date';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT, touchInput } from '../admin/touch';
import { type ForeignVisit, useForeignVisits, useResponseMutations } from './response.api';

type Step = 'approve' | 'accept' | 'complete' | 'refuse' | 'cancel';
const NEXT: Record<ForeignVisit['status'], Step[]> = {
  requested: ['approve', 'accept', 'refuse', 'cancel'],
  approved: ['accept', 'refuse', 'cancel'],
  accepted: ['complete', 'cancel'],
  completed: [],
  refused: [],
  cancelled: [],
};

/** Foreign press groups (Nghị định 88/2012) with their working-day checks; register and move them along. */
export function VisitsPanel() {
  const { t } = useI18n();
  const query = useForeignVisits();
  const [registering, setRegistering] = useState(false);
  const canManage = query.data?.abilities['response.manage'] ?? false;
  return (
    <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
      <Stack gap="sm">
        {canManage &&
          (registering ? (
            <RegisterVisitForm onDone={() => setRegistering(false)} />
          ) : (
            <Group>
              <Button h={TOUCH_HEIGHT} onClick={() => setRegistering(true)}>
                {t('response.visit.register')}
              </Button>
            </Group>
          ))}
        {query.data?.visits.length === 0 && <Text c="dimmed">{t('response.visit.none')}</Text>}
        {query.data?.visits.map((v) => (
          <VisitCard key={v.id} v={v} canManage={canManage} />
        ))}
      </Stack>
    </QueryState>
  );
}

function VisitCard({ v, canManage }: { v: ForeignVisit; canManage: boolean }) {
  const { t } = useI18n();
  const { transitionVisit } = useResponseMutations();
  const [text, setText] = useState('');
  const steps = NEXT[v.status].filter((s) => s !== 'approve' || v.residency === 'non-resident');
  return (
    <Card withBorder padding="sm" data-testid="visit">
      <Group gap={6} wrap="wrap">
        <Text fw={600}>
          {v.outlet} ({v.country})
        </Text>
        <Badge variant="outline">{t(`response.visit.status.${v.status}`)}</Badge>
        <Badge variant="light" color="gray">
          {t(`response.visit.residency.${v.residency}`)}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('response.visit.dates', { from: formatDate(v.startOn), to: formatDate(v.endOn), members: v.members.length })}
      </Text>
      <Text size="sm">{v.purpose}</Text>
      {v.flags.map((f) => (
        <Alert key={f.code} color={f.code === 'reply-due' ? 'blue' : 'red'} variant="light" mt={6} p="xs">
          {t(`response.visit.flag.${f.code}`, { date: formatDate(f.date), rule: f.rule, days: f.workingDaysLeft ?? 0 })}
        </Alert>
      ))}
      {v.afterActionNote && (
        <Text size="sm" mt={4}>
          {v.afterActionNote}
        </Text>
      )}
      {canManage && steps.length > 0 && (
        <Stack gap="xs" mt="xs">
          {transitionVisit.error !== null && <ErrorAlert error={transitionVisit.error} />}
          <TextInput
            label={t('response.visit.document')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            styles={touchInput}
          />
          <Group gap="xs" wrap="wrap">
            {steps.map((action) => (
              <Button
                key={action}
                variant="light"
                h={TOUCH_HEIGHT}
                onClick={() => transitionVisit.mutate({ params: { id: v.id }, body: { action, text } })}
              >
                {t(`response.visit.${action}`)}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
    </Card>
  );
}

function RegisterVisitForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const { registerVisit } = useResponseMutations();
  const [f, setF] = useState({
    outlet: '',
    country: '',
    residency: 'non-resident' as 'resident' | 'non-resident',
    name: '',
    nationality: '',
    passport: '',
    purpose: '',
    itinerary: '',
    receivedOn: null as string | null,
    startOn: null as string | null,
    endOn: null as string | null,
  });
  const field = (key: 'outlet' | 'country' | 'name' | 'nationality' | 'passport', label: Parameters<typeof t>[0]) => (
    <TextInput
      label={t(label)}
      value={f[key]}
      onChange={(e) => setF({ ...f, [key]: e.currentTarget.value })}
      styles={touchInput}
    />
  );
  const save = () =>
    f.receivedOn &&
    f.startOn &&
    f.endOn &&
    registerVisit.mutate(
      {
        body: {
          outlet: f.outlet,
          country: f.country,
          residency: f.residency,
          members: [{ name: f.name, nationality: f.nationality, passport: f.passport, role: '' }],
          purpose: f.purpose,
          itinerary: f.itinerary,
          receivedOn: f.receivedOn,
          startOn: f.startOn,
          endOn: f.endOn,
        },
      },
      { onSuccess: onDone },
    );
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        {registerVisit.error !== null && <ErrorAlert error={registerVisit.error} />}
        {field('outlet', 'response.visit.outlet')}
        {field('country', 'response.visit.country')}
        <Select
          label={t('response.visit.residency')}
          data={(['non-resident', 'resident'] as const).map((value) => ({
            value,
            label: t(`response.visit.residency.${value}`),
          }))}
          value={f.residency}
          onChange={(v) => v && setF({ ...f, residency: v as typeof f.residency })}
          allowDeselect={false}
          styles={touchInput}
        />
        {field('name', 'response.visit.memberName')}
        {field('nationality', 'response.visit.nationality')}
        {field('passport', 'response.visit.passport')}
        <Textarea
          label={t('response.visit.purpose')}
          value={f.purpose}
          onChange={(e) => setF({ ...f, purpose: e.currentTarget.value })}
          autosize
        />
        <Textarea
          label={t('response.visit.itinerary')}
          value={f.itinerary}
          onChange={(e) => setF({ ...f, itinerary: e.currentTarget.value })}
          autosize
        />
        <DateField
          label={t('response.visit.receivedOn')}
          value={f.receivedOn}
          onChange={(receivedOn) => setF({ ...f, receivedOn })}
          styles={touchInput}
        />
        <DateField
          label={t('response.visit.startOn')}
          value={f.startOn}
          onChange={(startOn) => setF({ ...f, startOn })}
          styles={touchInput}
        />
        <DateField
          label={t('response.visit.endOn')}
          value={f.endOn}
          onChange={(endOn) => setF({ ...f, endOn })}
          styles={touchInput}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" h={TOUCH_HEIGHT} onClick={onDone}>
            {t('response.cancel')}
          </Button>
          <Button h={TOUCH_HEIGHT} loading={registerVisit.isPending} onClick={save}>
            {t('response.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
