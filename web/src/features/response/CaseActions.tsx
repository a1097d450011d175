import { Badge, Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { formatDate } from '@common/calendar/iso-date';
import { ActionKind } from '@common/contracts/response';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT, touchInput } from '../admin/touch';
import { type CaseDetail, usePressConferences, useResponseMutations } from './response.api';

type Kind = (typeof ActionKind.options)[number];

/** The actions of a case with owner, due date and outcome; a talking point can go on a press conference. */
export function CaseActions({ c }: { c: CaseDetail }) {
  const { t } = useI18n();
  const { addAction, completeAction } = useResponseMutations();
  const [kind, setKind] = useState<Kind>('rebuttal');
  const [title, setTitle] = useState('');
  const [ownerName, setOwner] = useState('');
  const [dueOn, setDueOn] = useState<string | null>(c.openedOn);
  const [conferenceId, setConferenceId] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Record<number, string>>({});
  const conferences = usePressConferences(Number(c.openedOn.slice(0, 4)));
  const planned = (conferences.data?.conferences ?? []).filter((x) => x.status === 'planned');
  const add = () =>
    dueOn &&
    addAction.mutate(
      {
        params: { id: c.id },
        body: {
          kind,
          title,
          ownerName,
          dueOn,
          pressConferenceId: kind === 'talking-point' && conferenceId ? Number(conferenceId) : null,
        },
      },
      { onSuccess: () => setTitle('') },
    );
  const open = c.canManage && c.status !== 'closed';
  if (c.actions.length === 0 && !open) return null;
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Text fw={600}>{t('response.case.actions')}</Text>
        {completeAction.error !== null && <ErrorAlert error={completeAction.error} />}
        {c.actions.map((a) => (
          <Stack key={a.id} gap={4} data-testid="case-action">
            <Group gap={6} wrap="wrap">
              <Badge variant="light">{t(`response.action.${a.kind}`)}</Badge>
              <Text fw={500}>{a.title}</Text>
              <Badge color={a.status === 'done' ? 'green' : 'gray'} variant="outline">
                {t(`response.actionStatus.${a.status}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {a.ownerName} · {t('response.case.dueOn')} {formatDate(a.dueOn)}
              {a.pressConferenceTitle ? ` · ${t('response.case.atConference', { title: a.pressConferenceTitle })}` : ''}
            </Text>
            {a.outcome && <Text size="sm">{a.outcome}</Text>}
            {c.canManage && a.status === 'planned' && (
              <Group gap="xs" align="flex-end" wrap="wrap">
                <TextInput
                  label={t('response.case.actionOutcome')}
                  value={outcomes[a.id] ?? ''}
                  onChange={(e) => setOutcomes({ ...outcomes, [a.id]: e.currentTarget.value })}
                  styles={touchInput}
                  style={{ flex: 1, minWidth: 200 }}
                />
                <Button
                  h={TOUCH_HEIGHT}
                  variant="light"
                  color="green"
                  onClick={() =>
                    completeAction.mutate({ params: { id: a.id }, body: { outcome: outcomes[a.id] ?? '' } })
                  }
                >
                  {t('response.case.done')}
                </Button>
              </Group>
            )}
          </Stack>
        ))}
        {open && (
          <Stack gap="xs" mt="xs">
            {addAction.error !== null && <ErrorAlert error={addAction.error} />}
            <Select
              label={t('response.case.actionKind')}
              data={ActionKind.options.map((value) => ({ value, label: t(`response.action.${value}`) }))}
              value={kind}
              onChange={(v) => v && setKind(v as Kind)}
              allowDeselect={false}
              styles={touchInput}
            />
            <TextInput
              label={t('response.case.actionTitle')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              styles={touchInput}
            />
            <TextInput
              label={t('response.case.owner')}
              value={ownerName}
              onChange={(e) => setOwner(e.currentTarget.value)}
              styles={touchInput}
            />
            <DateField label={t('response.case.dueOn')} value={dueOn} onChange={setDueOn} styles={touchInput} />
            {kind === 'talking-point' && (
              <Select
                label={t('response.case.conference')}
                data={planned.map((x) => ({ value: String(x.id), label: `${formatDate(x.heldOn)} · ${x.title}` }))}
                value={conferenceId}
                onChange={setConferenceId}
                clearable
                styles={touchInput}
              />
            )}
            <Group justify="flex-end">
              <Button h={TOUCH_HEIGHT} loading={addAction.isPending} onClick={add}>
                {t('response.case.addAction')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
