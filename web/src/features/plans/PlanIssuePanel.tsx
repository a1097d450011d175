import * as plans from '@common/contracts/plans';
import { formatDate } from '@common/calendar/iso-date';
import { Alert, Button, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { Abilities, PlanDetail, PlanTree } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';

/** What issuing this draft will do, as a list: the plan it archives, the periods it opens, who is told. */
function Consequences({ plan, replaces }: { plan: PlanDetail; replaces: PlanTree['replaces'] }) {
  const { t } = useI18n();
  return (
    <List size="sm" spacing={4} data-testid="issue-consequences">
      <List.Item>
        {replaces
          ? t('planIssue.archives', {
              title: replaces.title,
              number: replaces.number ?? '—',
              issuedOn: replaces.issuedOn ? formatDate(replaces.issuedOn) : '—',
            })
          : t('planIssue.archivesNothing', { year: plan.year })}
      </List.Item>
      <List.Item>
        {plan.reportingDeadlines.length > 0
          ? t('planIssue.opensPeriods', {
              count: plan.reportingDeadlines.length,
              dates: plan.reportingDeadlines.map((d) => formatDate(d.due)).join(', '),
            })
          : t('planIssue.noDeadlines')}
      </List.Item>
      <List.Item>{t('planIssue.notifies')}</List.Item>
    </List>
  );
}

/**
 * A draft's own panel, apart from the document's status and downloads: what issuing does, and
 * "Ban hành kế hoạch…" asking once with the same list; the answer says what was done.
 */
export function PlanIssuePanel({
  plan,
  replaces,
  abilities,
}: {
  plan: PlanDetail;
  replaces: PlanTree['replaces'];
  abilities: Abilities;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [confirming, confirm] = useDisclosure(false);
  const issue = useMutation({
    mutationFn: () => call(plans.issuePlan, { params: { id: plan.id }, body: { version: plan.version } }),
    onSuccess: async () => {
      confirm.close();
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
    },
  });
  const done = issue.data;
  if (done)
    return (
      <Alert color="green" variant="light" title={t('planActions.issued')} data-testid="issue-result" role="status">
        {t('planIssue.done', {
          periods: done.periodsCreated,
          agencies: done.notice.agencies,
          notifications: done.notice.notifications,
          emails: done.notice.emails,
          archived: done.archived.length,
        })}
      </Alert>
    );
  if (plan.status !== 'draft') return null;
  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      style={{ borderLeft: '4px solid var(--mantine-color-orange-5)' }}
      data-testid="draft-panel"
    >
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('planIssue.title')}
        </Title>
        <Text size="sm">{t('planActions.draftNotice')}</Text>
        {abilities['plan.manage'] && (
          <>
            <Text size="sm" fw={600}>
              {t('planIssue.whenIssued')}
            </Text>
            <Consequences plan={plan} replaces={replaces} />
            <Group>
              <Button color="orange" onClick={confirm.open} data-testid="issue-open">
                {t('planIssue.button')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
      <Modal opened={confirming} onClose={confirm.close} title={t('planIssue.confirmTitle')} centered>
        <Stack>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {plan.title}
          </Text>
          <Consequences plan={plan} replaces={replaces} />
          <Text size="sm">{t('planIssue.confirmQuestion')}</Text>
          {issue.error && <ErrorAlert error={issue.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('app.cancel')}
            </Button>
            <Button onClick={() => issue.mutate()} loading={issue.isPending} data-testid="issue-confirm">
              {t('planActions.issue')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
