import { Alert, Button, MultiSelect, NumberInput, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { foldedOptionsFilter } from '../../lib/fold-filter';
import { useGuidanceMutations, useGuidanceOptions } from './guidance.api';

/** The coordinator issues a guidance note to chosen agencies or groups, linked to tasks, an anniversary or a case. */
export function GuidanceIssuePage() {
  const { t } = useI18n();
  const options = useGuidanceOptions();
  const { issue } = useGuidanceMutations();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [number, setNumber] = useState('');
  const [agencyIds, setAgencyIds] = useState<string[]>([]);
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [taskIds, setTaskIds] = useState<string[]>([]);
  const [anniversaryKey, setAnniversaryKey] = useState<string | null>(null);
  const [caseId, setCaseId] = useState<string | null>(null);
  const [days, setDays] = useState<number>(3);
  const submit = () =>
    issue.mutate(
      {
        title,
        body,
        number,
        agencyIds: agencyIds.map(Number),
        groupIds: groupIds.map(Number),
        taskIds: taskIds.map(Number),
        anniversaryKey,
        caseId: caseId ? Number(caseId) : null,
        acknowledgeWithinDays: days,
      },
      { onSuccess: (answer) => void navigate(`/guidance/${answer.note.id}`) },
    );
  const o = options.data;
  return (
    <QueryState isLoading={options.isLoading} error={options.error} onRetry={() => void options.refetch()}>
      {o && (
        <Stack gap="sm" pb="md" maw={720}>
          <Title order={1} size="h3">
            {t('guidance.issueTitle')}
          </Title>
          <TextInput
            label={t('guidance.field.title')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <TextInput
            label={t('guidance.field.number')}
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
          />
          <Textarea
            label={t('guidance.field.body')}
            required
            autosize
            minRows={5}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
          <MultiSelect
            label={t('guidance.field.agencies')}
            searchable
            limit={60}
            filter={foldedOptionsFilter}
            data={o.agencies.map((a) => ({ value: String(a.id), label: a.name }))}
            value={agencyIds}
            onChange={setAgencyIds}
            data-testid="guidance-agencies"
          />
          <MultiSelect
            label={t('guidance.field.groups')}
            searchable
            filter={foldedOptionsFilter}
            data={o.groups.map((g) => ({ value: String(g.id), label: g.name }))}
            value={groupIds}
            onChange={setGroupIds}
          />
          <MultiSelect
            label={t('guidance.field.tasks')}
            searchable
            limit={60}
            filter={foldedOptionsFilter}
            data={o.tasks.map((task) => ({ value: String(task.id), label: `${task.code}. ${task.title}` }))}
            value={taskIds}
            onChange={setTaskIds}
          />
          <Select
            label={t('guidance.field.anniversary')}
            clearable
            data={o.anniversaries.map((a) => ({ value: a.key, label: a.round ? `★ ${a.title}` : a.title }))}
            value={anniversaryKey}
            onChange={setAnniversaryKey}
          />
          <Select
            label={t('guidance.field.case')}
            clearable
            searchable
            filter={foldedOptionsFilter}
            data={o.cases.map((c) => ({ value: String(c.id), label: c.title }))}
            value={caseId}
            onChange={setCaseId}
          />
          <NumberInput
            label={t('guidance.field.days')}
            min={1}
            max={30}
            value={days}
            onChange={(v) => setDays(typeof v === 'number' ? v : 3)}
            maw={240}
          />
          {issue.error && (
            <Alert color="red" role="alert">
              {errorText(t, issue.error)}
            </Alert>
          )}
          <Button onClick={submit} loading={issue.isPending} data-testid="submit-guidance">
            {t('guidance.submit')}
          </Button>
        </Stack>
      )}
    </QueryState>
  );
}
