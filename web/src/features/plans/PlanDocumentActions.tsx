import { Badge, Button, Group } from '@mantine/core';
import type { PlanDetail } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '@common/i18n/vi/index';

/** The plan header's status and downloads (DOCX, XLSX, the source file); issuing a draft lives apart, in PlanIssuePanel. */
export function PlanDocumentActions({ plan }: { plan: PlanDetail }) {
  const { t } = useI18n();
  const download = { variant: 'default', size: 'compact-sm', component: 'a' } as const;
  return (
    <Group gap="xs" wrap="wrap">
      <Badge
        variant="outline"
        color={plan.status === 'issued' ? 'green' : plan.status === 'draft' ? 'orange' : 'gray'}
        data-testid="plan-status"
      >
        {t(`plans.status.${plan.status}` as MessageKey)}
      </Badge>
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
  );
}
