import { Alert, Anchor, Button, CopyButton, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { ReadOnlyValue } from './ReadOnlyValue';
import { useI18n } from '../../i18n/I18nProvider';
import { cycleStatusKey } from './cycle';
import { DeadlineLine, NextActionLine, ReturnedSummary, SendsLine } from './CycleParts';
import { useSubmissionActivityDraft } from '../activities/activities.api';
import { ActivityFillPanel } from '../activities/ActivityFillPanel';
import { activityFigures } from '../activities/fill-from-activities';
import { formatDate } from '@common/calendar/iso-date';
import { IndicatorSection } from './IndicatorSection';
import { OwnPlanSection } from './OwnPlanSection';
import { useOwedTasks, useSubmission } from './reporting.api';
import type { SubmissionView } from './reporting.types';
import { StatusBadges } from './StatusBadges';
import { SubmissionActions } from './SubmissionActions';
import { TaskLineCard } from './TaskLineCard';
import { useSubmissionForm } from './use-submission-form';

/** One agency's report for one period: lines, figures, difficulties and proposals, autosaved. */
export function SubmissionPage() {
  const params = useParams();
  const periodId = Number(params.periodId);
  const agencyId = Number(params.agencyId);
  const view = useSubmission(periodId, agencyId);
  return (
    <QueryState isLoading={view.isLoading} error={view.error} onRetry={() => void view.refetch()}>
      {view.data && <SubmissionForm key={`${periodId}-${agencyId}`} initial={view.data} />}
    </QueryState>
  );
}

function SubmissionForm({ initial }: { initial: SubmissionView }) {
  const { t } = useI18n();
  const form = useSubmissionForm(initial);
  const { server, draft } = form;
  const owes = useOwedTasks(server.agencyId, server.period.planId, server.period.dueOn);
  const editable = server.abilities.canEdit && server.contentVisible;
  const returnedBefore = server.submission.returnedAt !== null;
  const agencyName = owes.data?.agency.name;
  const statusKey = cycleStatusKey(server.submission.status, server.submission);
  const fromActivities = useSubmissionActivityDraft(
    server.period.id,
    server.agencyId,
    server.contentVisible && server.actorAbilities['activity.read'] && server.period.kind !== 'agency-plan',
  ).data;
  return (
    <Stack gap="md" pb="md">
      <NextActionLine view={server} unsavedFigures={form.unsavedFigureKeys.length} />
      <Stack gap={4}>
        <Anchor
          component={Link}
          to={server.actorAbilities['report.review'] ? `/reporting/periods/${server.period.id}` : '/reporting'}
          size="sm"
        >
          ‹ {t('app.back')}
        </Anchor>
        <Title order={1} size="h3">
          {server.period.label}
        </Title>
        {agencyName && <Text fw={500}>{agencyName}</Text>}
        <DeadlineLine period={server.period} extendedTo={server.entry.exceptionTo} />
        {!server.entry.exceptionTo && (
          <Text size="xs" c="dimmed">
            {t('reporting.locksOn', { date: formatDate(server.entry.locksOn) })}
          </Text>
        )}
        <StatusBadges
          status={server.submission.status}
          label={statusKey ? t(statusKey) : undefined}
          timeliness={server.timeliness?.class ?? null}
          testId="submission-state"
        />
        <SendsLine first={server.submission.firstSubmittedAt} last={server.submission.submittedAt} />
      </Stack>

      {!server.entry.open && !returnedBefore && (
        <Alert color="red" variant="filled" title={t('reporting.locked.title')} data-testid="locked">
          {t('reporting.locked.body', { date: formatDate(server.entry.exceptionTo ?? server.entry.locksOn) })}
        </Alert>
      )}
      {!server.contentVisible && <Alert color="gray">{t('reporting.notSentYet')}</Alert>}
      <ReturnedSummary view={server} />
      {form.conflict && (
        <Alert color="orange" variant="filled" title={t('reporting.conflict.title')} data-testid="conflict">
          <Text size="sm" mb="xs">
            {t('reporting.conflict.body')}
          </Text>
          <Group gap="xs">
            <Button size="xs" color="dark" onClick={() => void form.loadTheirs()}>
              {t('reporting.conflict.loadTheirs')}
            </Button>
            <Button size="xs" variant="white" color="dark" onClick={form.keepMine}>
              {t('reporting.conflict.keepMine')}
            </Button>
          </Group>
        </Alert>
      )}
      {form.unsavedCopy && (
        <Alert color="yellow" title={t('reporting.conflict.yourText')} withCloseButton onClose={form.clearUnsavedCopy}>
          <Textarea
            value={form.unsavedCopy}
            readOnly
            autosize
            minRows={3}
            maxRows={12}
            aria-label={t('reporting.conflict.yourText')}
          />
          <CopyButton value={form.unsavedCopy}>
            {({ copied, copy }) => (
              <Button size="xs" mt="xs" onClick={copy}>
                {copied ? t('reporting.conflict.copied') : t('reporting.conflict.copy')}
              </Button>
            )}
          </CopyButton>
        </Alert>
      )}

      {server.contentVisible && server.period.kind === 'agency-plan' && (
        <OwnPlanSection view={server} editable={editable} onUpload={form.uploadOwnPlan} />
      )}
      {server.contentVisible && (
        <>
          {fromActivities && <ActivityFillPanel form={form} answer={fromActivities} editable={editable} />}
          <Title order={2} size="h4">
            {t('reporting.tasks.title', { count: server.lines.length })}
          </Title>
          {server.lines.map((line) => (
            <TaskLineCard
              key={line.taskId}
              line={line}
              draft={
                draft.lines[line.taskId] ?? {
                  status: line.status,
                  doneText: line.doneText,
                  resultsText: line.resultsText,
                  evidenceLinks: line.evidenceLinks,
                }
              }
              owed={(owes.data?.owes ?? []).filter((o) => o.taskId === line.taskId)}
              files={server.files.filter((f) => line.lineId !== null && f.lineId === line.lineId)}
              editable={editable}
              canUpload={server.abilities.canUploadFiles}
              onChange={(change) =>
                form.update((d) => ({
                  ...d,
                  lines: {
                    ...d.lines,
                    [line.taskId]: {
                      ...(d.lines[line.taskId] ?? {
                        status: line.status,
                        doneText: '',
                        resultsText: '',
                        evidenceLinks: [],
                      }),
                      ...change,
                    },
                  },
                }))
              }
              onUpload={(file) => form.upload(file, line.taskId)}
            />
          ))}
          {server.indicators.length > 0 && (
            <>
              <Title order={2} size="h4">
                {t('reporting.indicators.title')}
              </Title>
              <IndicatorSection
                indicators={server.indicators}
                texts={draft.figures}
                serverErrors={form.figureErrors}
                fromActivities={fromActivities ? activityFigures(fromActivities) : undefined}
                editable={editable}
                onChange={(key, text) => form.update((d) => ({ ...d, figures: { ...d.figures, [key]: text } }), key)}
              />
            </>
          )}
          {editable ? (
            <>
              <Textarea
                label={t('reporting.difficulties')}
                value={draft.difficulties}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  form.update((d) => ({ ...d, difficulties: v }));
                }}
                autosize
                minRows={3}
              />
              <Textarea
                label={t('reporting.proposals')}
                value={draft.proposals}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  form.update((d) => ({ ...d, proposals: v }));
                }}
                autosize
                minRows={3}
              />
            </>
          ) : (
            <>
              <ReadOnlyValue label={t('reporting.difficulties')} text={draft.difficulties} testId="difficulties" />
              <ReadOnlyValue label={t('reporting.proposals')} text={draft.proposals} testId="proposals" />
            </>
          )}
        </>
      )}
      <SubmissionActions form={form} />
    </Stack>
  );
}
