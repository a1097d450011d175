import { Anchor, Badge, Box, Button, Grid, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { buildChoices } from './name-resolution';
import { NamesPanel } from './NamesPanel';
import { DocumentFields } from './DocumentFields';
import { importReviewedPlan } from './plan-import.api';
import type { UploadAnswer } from './plan-import.types';
import { describePrevious, PlanDiffPanel } from './PlanDiffPanel';
import type { ImportedNotice } from '../plans/PlanPage';
import { scrollToId, SourcePane } from './SourcePane';
import { reviewTaskAnchor, sourceLineAnchor, sourceTaskAnchor, warningLine } from './source-segments';
import { TaskReviewCard } from './TaskReviewCard';
import { planReferenceDate, usePlanReview } from './use-plan-review';

/** The review screen: the source text on the left, the parsed plan (editable) on the right, confirm at the end. */
export function PlanReview({
  answer,
  fileName,
  onRestart,
}: {
  answer: UploadAnswer;
  fileName: string;
  onRestart: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const review = usePlanReview(answer);
  const { plan } = review;
  const [selectedCode, setSelectedCode] = useState<string | null>(null);
  const [flashLine, setFlashLine] = useState<number | null>(null);
  const [warningsOpen, warnings] = useDisclosure(true);
  const [asking, ask] = useDisclosure(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const selectFromTask = useCallback((code: string) => {
    setSelectedCode(code);
    scrollToId(sourceTaskAnchor(code));
  }, []);
  const selectFromSource = useCallback((code: string) => {
    setSelectedCode(code);
    scrollToId(reviewTaskAnchor(code));
  }, []);
  const showLine = (line: number) => {
    setFlashLine(line);
    scrollToId(sourceLineAnchor(line));
  };
  const confirm = async () => {
    setSaving(true);
    setError(null);
    try {
      const body = {
        plan,
        choices: buildChoices(plan, review.chosen),
        attachmentId: answer.attachmentId,
        province: answer.province,
      };
      const imported = await importReviewedPlan(body);
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      const notice: ImportedNotice = { tasks: imported.tasks, unresolved: imported.unresolved };
      navigate(`/plans/${imported.planId}`, { state: { imported: notice } });
    } catch (e) {
      setError(e);
      setSaving(false);
    }
  };
  const referenceDate = planReferenceDate(plan) ?? new Date().toISOString().slice(0, 10);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="xs">
        <div>
          <Title order={1} size="h3">
            {t('planImport.reviewTitle')}
          </Title>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('planImport.file', { name: fileName, source: answer.source })}
          </Text>
          <Text size="sm" data-testid="review-summary">
            {t('planImport.summary', {
              tasks: plan.tasks.length,
              names: review.names.length,
              pending: review.pending.length,
            })}
          </Text>
        </div>
        <Button variant="default" onClick={onRestart}>
          {t('planImport.another')}
        </Button>
      </Group>
      {answer.previous && <PlanDiffPanel previous={answer.previous} year={plan.document.year} />}
      <Grid gap="md" align="stretch">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Box pos={{ md: 'sticky' }} top={70}>
            <SourcePane
              text={answer.text}
              spans={answer.spans}
              selectedCode={selectedCode}
              flashLine={flashLine}
              onSelectCode={selectFromSource}
              doubtful={answer.ocr?.lowConfidence}
            />
          </Box>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <DocumentFields plan={plan} onDocument={review.updateDocument} onPlan={review.updatePlan} />
            {plan.warnings.length > 0 && (
              <Paper withBorder p="sm" data-testid="parser-warnings">
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  c="orange.8"
                  fw={600}
                  onClick={warnings.toggle}
                  aria-expanded={warningsOpen}
                >
                  {warningsOpen ? '▾' : '▸'} ⚠ {t('planImport.warnings', { count: plan.warnings.length })}
                </Anchor>
                {warningsOpen && (
                  <List size="xs" spacing={2} mt={4} c="orange.9">
                    {plan.warnings.map((warning, index) => {
                      const line = warningLine(warning);
                      return (
                        <List.Item key={index}>
                          {line !== null && (
                            <Badge
                              component="button"
                              type="button"
                              size="xs"
                              variant="outline"
                              color="orange"
                              tt="none"
                              mr={4}
                              style={{ cursor: 'pointer' }}
                              onClick={() => showLine(line)}
                            >
                              {t('planImport.warningLine', { line })}
                            </Badge>
                          )}
                          {warning}
                        </List.Item>
                      );
                    })}
                  </List>
                )}
              </Paper>
            )}
            <NamesPanel
              names={review.names}
              resolutions={review.resolutions}
              chosen={review.chosen}
              province={answer.province}
              referenceDate={referenceDate}
              onChoose={review.choose}
            />
            <Text fw={600}>{t('planImport.tasks', { count: plan.tasks.length })}</Text>
            <Stack gap={6} data-testid="review-tasks">
              {plan.tasks.map((task) => (
                <TaskReviewCard
                  key={task.code}
                  task={task}
                  selected={selectedCode === task.code}
                  resolutions={review.resolutions}
                  chosen={review.chosen}
                  onSelect={selectFromTask}
                  onChange={review.updateTask}
                />
              ))}
            </Stack>
          </Stack>
        </Grid.Col>
      </Grid>
      <Paper withBorder p="xs" pos="sticky" bottom={0} style={{ zIndex: 5 }} shadow="sm">
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="xs" c={review.pending.length > 0 ? 'orange.9' : 'green.8'} style={{ minWidth: 0 }}>
            {review.pending.length > 0
              ? `⚠ ${t('planImport.confirmPending', { count: review.pending.length })}`
              : `✓ ${t('planImport.readyToConfirm')}`}
          </Text>
          <Button onClick={ask.open} loading={saving} data-testid="confirm-import" style={{ flexShrink: 0 }}>
            {t('planImport.confirm')}
          </Button>
        </Group>
      </Paper>
      <Modal opened={asking} onClose={ask.close} title={t('planImport.confirm')} centered>
        <Stack gap="sm" data-testid="confirm-import-dialog">
          <Text size="sm" fw={600}>
            {t('planVersion.confirmSaves', { tasks: plan.tasks.length, year: plan.document.year ?? '—' })}
          </Text>
          <Text size="sm">
            {answer.previous
              ? `${describePrevious(t, answer.previous)} ${t(answer.previous.status === 'issued' ? 'planVersion.replacesIssued' : 'planVersion.replacesDraft')}`
              : t('planVersion.replacesNothing', { year: plan.document.year ?? '—', province: answer.province })}
          </Text>
          {review.pending.length > 0 && (
            <Text size="sm" c="orange.9">
              ⚠ {t('planImport.confirmPending', { count: review.pending.length })}
            </Text>
          )}
          <Text size="sm">{t('planVersion.nextStep')}</Text>
          {error !== null && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={ask.close}>
              {t('app.cancel')}
            </Button>
            <Button onClick={() => void confirm()} loading={saving} data-testid="confirm-import-save">
              {t('planVersion.saveDraft')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
