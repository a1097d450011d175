import { Alert, Badge, Blockquote, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '@common/i18n/vi/index';
import { errorText } from '../../lib/error-text';
import { saveReport } from './consolidation.api';
import { type ConsolidationView, orderChecks } from './consolidation.types';

/**
 * The checks run before the draft, each with the agency's own words it came from; the coordinator
 * dismisses what is in order (the dismissal is saved with the report, so it sticks).
 */
export function ReportChecks({
  periodId,
  data,
  editable,
  onSaved,
}: {
  periodId: number;
  data: ConsolidationView;
  editable: boolean;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const checks = orderChecks(data.checks);
  const toggle = async (id: string, dismiss: boolean) => {
    setBusy(id);
    setError(null);
    const current = data.narrative.options.dismissedChecks;
    try {
      await saveReport(periodId, {
        sections: data.narrative.edits,
        options: { dismissedChecks: dismiss ? [...current, id] : current.filter((x) => x !== id) },
        version: data.narrative.version,
      });
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap="xs" data-testid="consolidation-checks">
      {checks.length === 0 && <Text size="sm">{t('consolidation.checks.none')}</Text>}
      {checks.map((k) => (
        <Alert
          key={k.id}
          color={k.dismissed ? 'gray' : k.severity === 'warning' ? 'orange' : 'blue'}
          variant={k.dismissed ? 'outline' : 'light'}
          title={
            <Group gap={6} wrap="wrap">
              <Badge size="sm" variant="light">
                {t(`consolidation.checks.kind.${k.kind}` as MessageKey)}
              </Badge>
              {k.taskCode && (
                <Badge size="sm" variant="outline">
                  {t('consolidation.checks.task', { code: k.taskCode })}
                </Badge>
              )}
              {k.agencyName && <Text size="sm">{k.agencyName}</Text>}
              {k.dismissed && (
                <Badge size="sm" color="gray">
                  {t('consolidation.checks.dismissed')}
                </Badge>
              )}
            </Group>
          }
        >
          <Text size="sm">{k.message}</Text>
          {k.source && (
            <Blockquote p="xs" mt={6} fz="sm" cite={t('consolidation.checks.source')}>
              {k.source}
            </Blockquote>
          )}
          {editable && k.severity === 'warning' && (
            <Button
              mt={6}
              size="compact-xs"
              variant="subtle"
              loading={busy === k.id}
              onClick={() => void toggle(k.id, !k.dismissed)}
            >
              {k.dismissed ? t('consolidation.checks.restore') : t('consolidation.checks.dismiss')}
            </Button>
          )}
        </Alert>
      ))}
      {error !== null && (
        <Alert color="red" role="alert">
          {errorText(t, error)}
        </Alert>
      )}
    </Stack>
  );
}
