import { Alert, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useLocation, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { useMe } from '../auth/session';
import { PlanDutiesPanel } from '../notifications/PlanDutiesPanel';
import { PlanDocumentActions } from './PlanDocumentActions';
import { PlanFilters } from './PlanFilters';
import { PlanHeader } from './PlanHeader';
import { PlanIssuePanel } from './PlanIssuePanel';
import { usePlanFilters } from './plan-filters';
import { usePlanTree } from './plans.api';
import { TaskItem } from './TaskItem';

/** What the import review hands over when it lands on the new draft. */
export type ImportedNotice = { tasks: number; unresolved: number };

/** The plan page: header, filters (in the URL), and the task tree the server filtered. */
export function PlanPage() {
  const { t } = useI18n();
  const me = useMe();
  const planId = Number(useParams().planId);
  const [filters, setFilters, clearFilters] = usePlanFilters();
  const tree = usePlanTree(planId, filters);
  const data = tree.data;
  const scoped = data?.scoped ?? false;
  const showWhy = scoped || !!filters.agencyId;
  // The agency in focus (the filter, or an officer's own agency and its predecessors) stands out in the chips.
  const focusId = data?.agencyId ?? null;
  const highlight = useMemo(
    () => new Set<number>(focusId === null ? [] : scoped ? [focusId, ...me.user.agencyScope] : [focusId]),
    [focusId, scoped, me.user.agencyScope],
  );
  const shownCount = data?.tasks.filter((task) => !task.isContext).length ?? 0;
  // Set by the import review when it lands here with the new draft.
  const imported = (useLocation().state as { imported?: ImportedNotice } | null)?.imported;
  return (
    <QueryState isLoading={tree.isLoading} error={tree.error} onRetry={() => void tree.refetch()}>
      {data && (
        <Stack gap="md">
          <PlanHeader
            plan={data.plan}
            showWarnings={data.abilities['plan.import']}
            actions={<PlanDocumentActions plan={data.plan} />}
          />
          {imported && (
            <Alert
              color="green"
              variant="light"
              role="status"
              data-testid="import-result"
              title={t('planImport.imported', { tasks: imported.tasks })}
            >
              {imported.unresolved > 0 && (
                <Text size="sm">{t('planVersion.importedUnresolved', { count: imported.unresolved })}</Text>
              )}
              <Text size="sm">{t('planVersion.importedNext')}</Text>
            </Alert>
          )}
          <PlanIssuePanel plan={data.plan} replaces={data.replaces} abilities={data.abilities} />
          <PlanDutiesPanel planId={planId} status={data.plan.status} abilities={data.abilities} user={me.user} />
          {scoped && (
            <Alert color="blue" variant="light" data-testid="scoped-notice">
              {t('plan.scopedNotice')}
            </Alert>
          )}
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
            <PlanFilters
              filters={filters}
              today={me.today}
              agencyFilter={!scoped}
              onChange={setFilters}
              onClear={clearFilters}
            />
          </Paper>
          <Group gap="xs" justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="task-count">
              {t('plan.shownCount', { shown: shownCount, total: data.totalTasks })}
            </Text>
            {tree.isFetching && <Loader size="xs" role="status" aria-label={t('app.loading')} />}
          </Group>
          {data.tasks.length === 0 ? (
            <Text c="dimmed">{t('plan.noTasks')}</Text>
          ) : (
            <Paper withBorder p={{ base: 4, sm: 'xs' }}>
              <Stack gap={2} data-testid="task-tree">
                {data.tasks.map((task) => (
                  <TaskItem key={task.id} task={task} showWhy={showWhy} highlight={highlight} />
                ))}
              </Stack>
            </Paper>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
