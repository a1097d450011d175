import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { formatDate } from '@common/calendar/iso-date';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT, touchInput } from '../admin/touch';
import { type PressConference, usePressConferences, useResponseMutations } from './response.api';

const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s.length >= 2);

/** A year's press conferences against the quarterly duty of Nghị định 09/2017; plan, hold, press release. */
export function ConferencesPanel({ year }: { year: number }) {
  const { t } = useI18n();
  const query = usePressConferences(year);
  const { planConference } = useResponseMutations();
  const [planning, setPlanning] = useState(false);
  const [form, setForm] = useState({
    kind: 'regular' as 'regular' | 'ad-hoc',
    title: '',
    heldOn: null as string | null,
    spokespersonId: null as string | null,
    topics: '',
    outlets: '',
  });
  const canManage = query.data?.abilities['response.manage'] ?? false;
  const plan = () =>
    form.heldOn &&
    planConference.mutate(
      {
        body: {
          kind: form.kind,
          title: form.title,
          heldOn: form.heldOn,
          spokespersonId: form.spokespersonId ? Number(form.spokespersonId) : null,
          topics: lines(form.topics),
          invitedOutlets: lines(form.outlets),
        },
      },
      { onSuccess: () => setPlanning(false) },
    );
  return (
    <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('response.conf.rule')}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          {query.data?.quarters.map((q) => (
            <Card key={q.quarter} withBorder padding="xs" data-testid="quarter" bg={q.isMissing ? 'red.0' : undefined}>
              <Text fw={600}>{t('response.conf.quarter', { quarter: q.quarter })}</Text>
              <Text size="sm" c={q.isMissing ? 'red.8' : undefined}>
                {q.isMissing ? t('response.conf.missing') : t('response.conf.heldCount', { count: q.held })}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
        <Anchor href={`/api/response/press-conferences.xlsx?year=${year}`} size="sm" className="ttdn-touch">
          {t('response.xlsx.conferences')}
        </Anchor>
        {canManage && !planning && (
          <Group>
            <Button h={TOUCH_HEIGHT} onClick={() => setPlanning(true)}>
              {t('response.conf.plan')}
            </Button>
          </Group>
        )}
        {planning && (
          <Card withBorder padding="sm">
            <Stack gap="xs">
              {planConference.error !== null && <ErrorAlert error={planConference.error} />}
              <TextInput
                label={t('response.conf.title')}
                value={form.title}
                onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
                styles={touchInput}
              />
              <Select
                label={t('response.conf.kind')}
                data={(['regular', 'ad-hoc'] as const).map((value) => ({
                  value,
                  label: t(`response.conf.kind.${value}`),
                }))}
                value={form.kind}
                onChange={(v) => v && setForm({ ...form, kind: v as 'regular' | 'ad-hoc' })}
                allowDeselect={false}
                styles={touchInput}
              />
              <DateField
                label={t('response.conf.heldOn')}
                value={form.heldOn}
                onChange={(heldOn) => setForm({ ...form, heldOn })}
                styles={touchInput}
              />
              <Select
                label={t('response.conf.spokesperson')}
                data={(query.data?.spokespersons ?? []).map((s) => ({
                  value: String(s.id),
                  label: `${s.fullName} (${s.agencyName})`,
                }))}
                value={form.spokespersonId}
                onChange={(spokespersonId) => setForm({ ...form, spokespersonId })}
                searchable
                clearable
                styles={touchInput}
              />
              <Textarea
                label={t('response.conf.topics')}
                value={form.topics}
                onChange={(e) => setForm({ ...form, topics: e.currentTarget.value })}
                autosize
                minRows={2}
              />
              <Textarea
                label={t('response.conf.outlets')}
                value={form.outlets}
                onChange={(e) => setForm({ ...form, outlets: e.currentTarget.value })}
                autosize
                minRows={2}
              />
              <Group justify="flex-end" gap="xs">
                <Button variant="default" h={TOUCH_HEIGHT} onClick={() => setPlanning(false)}>
                  {t('response.cancel')}
                </Button>
                <Button h={TOUCH_HEIGHT} loading={planConference.isPending} onClick={plan}>
                  {t('response.save')}
                </Button>
              </Group>
            </Stack>
          </Card>
        )}
        {query.data?.conferences.length === 0 && <Text c="dimmed">{t('response.conf.none')}</Text>}
        {[...(query.data?.conferences ?? [])].reverse().map((c) => (
          <ConferenceCard key={c.id} c={c} canManage={canManage} />
        ))}
      </Stack>
    </QueryState>
  );
}

function ConferenceCard({ c, canManage }: { c: PressConference; canManage: boolean }) {
  const { t } = useI18n();
  const { holdConference } = useResponseMutations();
  const [holding, setHolding] = useState(false);
  const [held, setHeld] = useState({ attendance: 0, outlet: '', question: '', answer: '' });
  const hold = () =>
    holdConference.mutate(
      {
        params: { id: c.id },
        body: {
          attendance: held.attendance,
          questions: held.question.trim()
            ? [{ outlet: held.outlet, question: held.question, answer: held.answer }]
            : [],
        },
      },
      { onSuccess: () => setHolding(false) },
    );
  return (
    <Card withBorder padding="sm" data-testid="conference">
      <Group gap={6} wrap="wrap">
        <Text fw={600}>{c.title}</Text>
        <Badge variant="light">{t(`response.conf.kind.${c.kind}`)}</Badge>
        <Badge variant="outline" color={c.status === 'held' ? 'green' : 'gray'}>
          {t(`response.conf.status.${c.status}`)}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {formatDate(c.heldOn)}
        {c.spokespersonName ? ` · ${c.spokespersonName}` : ''}
        {c.status === 'held'
          ? ` · ${t('response.conf.attended', { count: c.attendance ?? 0, questions: c.questions.length })}`
          : ''}
      </Text>
      {c.talkingPoints.length > 0 && (
        <Alert variant="light" color="blue" mt={6} title={t('response.conf.talkingPoints')}>
          {c.talkingPoints.map((p) => (
            <Text key={p.actionId} size="sm">
              - {p.title}
            </Text>
          ))}
        </Alert>
      )}
      <Group gap="xs" mt={6} wrap="wrap">
        <Anchor href={`/api/response/press-conferences/${c.id}/press-release.docx`} size="sm" className="ttdn-touch">
          {t('response.conf.pressRelease')}
        </Anchor>
        <Anchor href={`/api/response/press-conferences/${c.id}/invitation.docx`} size="sm" className="ttdn-touch">
          {t('response.conf.invitation')}
        </Anchor>
        {canManage && c.status === 'planned' && !holding && (
          <Button variant="light" h={TOUCH_HEIGHT} onClick={() => setHolding(true)}>
            {t('response.conf.hold')}
          </Button>
        )}
      </Group>
      {holding && (
        <Stack gap="xs" mt="xs">
          {holdConference.error !== null && <ErrorAlert error={holdConference.error} />}
          <NumberInput
            label={t('response.conf.attendance')}
            value={held.attendance}
            min={0}
            onChange={(v) => setHeld({ ...held, attendance: Number(v) || 0 })}
            styles={touchInput}
          />
          <TextInput
            label={t('response.conf.outlet')}
            value={held.outlet}
            onChange={(e) => setHeld({ ...held, outlet: e.currentTarget.value })}
            styles={touchInput}
          />
          <Textarea
            label={t('response.conf.question')}
            value={held.question}
            onChange={(e) => setHeld({ ...held, question: e.currentTarget.value })}
            autosize
          />
          <Textarea
            label={t('response.conf.answer')}
            value={held.answer}
            onChange={(e) => setHeld({ ...held, answer: e.currentTarget.value })}
            autosize
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" h={TOUCH_HEIGHT} onClick={() => setHolding(false)}>
              {t('response.cancel')}
            </Button>
            <Button h={TOUCH_HEIGHT} loading={holdConference.isPending} onClick={hold}>
              {t('response.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
