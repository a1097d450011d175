import { Alert, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Abilities, PlanDetail } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/vi';

/** The plan header's actions: status, "Ban hành" for a draft (coordinator), DOCX/XLSX exports and the source file. */
export function PlanDocumentActions({ plan, abilities }: { plan: PlanDetail; abilities: Abilities }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [confirming, confirm] = useDisclosure(false);
  const issue = useMutation({
    mutationFn: () => api.post(`/api/plans/${plan.id}/issue`, { version: plan.version ?? 1 }),
    onSuccess: async () => {
      confirm.close();
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
    },
  });
  const download = { variant: 'default', size: 'compact-sm', component: 'a' } as const;
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        <Badge variant="outline" color={plan.status === 'issued' ? 'green' : plan.status === 'draft' ? 'orange' : 'gray'} data-testid="plan-status">
          {t(`plans.status.${plan.status}` as MessageKey)}
        </Badge>
        {plan.status === 'draft' && abilities['plan.manage'] && (
          <Button size="compact-sm" onClick={confirm.open}>
            {t('planActions.issue')}
          </Button>
        )}
        <Button {...download} href={`/api/plans/${plan.id}/export.docx`} download>
          {t('planActions.docx')}
        </Button>
        <Button {...download} href={`/api/plans/${plan.id}/export.xlsx`} download>
          {t('planActions.xlsx')}
        </Button>
        {plan.sourceAttachmentId ? (
          <Button {...download} href={`/api/plans/${plan.id}/source`} download>
            {t('planActions.source')}
          </Button>
        ) : null}
      </Group>
      {plan.status === 'draft' && (
        <Alert color="orange" variant="light" p="xs">
          {t('planActions.draftNotice')}
        </Alert>
      )}
      <Modal opened={confirming} onClose={confirm.close} title={t('planActions.issue')} centered>
        <Stack>
          <Text size="sm">{t('planActions.issueConfirm')}</Text>
          {issue.error && <ErrorAlert error={issue.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('app.cancel')}
            </Button>
            <Button onClick={() => issue.mutate()} loading={issue.isPending}>
              {t('planActions.issue')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
