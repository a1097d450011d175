import { Alert, Button, Group, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { saveReport } from './consolidation.api';
import type { ConsolidationView } from './consolidation.types';

/** The ministry's request cited in the opening, the drafting unit after "Lưu: VT," and Phụ lục III on or off. */
export function ReportSettings({
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
  const saved = data.narrative.options;
  const [request, setRequest] = useState(saved.ministryRequest ?? '');
  const [unit, setUnit] = useState(saved.archiveUnit ?? '');
  const [lines, setLines] = useState(saved.includeAgencyLines);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    setSaving(true);
    setError(null);
    setDone(false);
    try {
      await saveReport(periodId, {
        sections: data.narrative.edits,
        options: {
          ministryRequest: request.trim() || null,
          archiveUnit: unit.trim() || null,
          includeAgencyLines: lines,
        },
        version: data.narrative.version,
      });
      setDone(true);
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack gap="sm" data-testid="consolidation-settings">
      <Textarea
        label={t('consolidation.settings.ministryRequest')}
        description={t('consolidation.settings.ministryRequestHint')}
        value={request}
        onChange={(e) => setRequest(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={600}
        readOnly={!editable}
      />
      <TextInput
        label={t('consolidation.settings.archiveUnit')}
        placeholder={data.context.coordinator?.abbreviation ?? ''}
        value={unit}
        onChange={(e) => setUnit(e.currentTarget.value)}
        maxLength={40}
        w={260}
        readOnly={!editable}
      />
      <Switch
        label={t('consolidation.settings.includeAgencyLines')}
        checked={lines}
        onChange={(e) => setLines(e.currentTarget.checked)}
        disabled={!editable}
      />
      <Text size="xs" c="dimmed">
        {t('consolidation.settings.internalNote')}
      </Text>
      {error !== null && (
        <Alert color="red" role="alert">
          {errorText(t, error)}
        </Alert>
      )}
      {editable && (
        <Group>
          <Button onClick={() => void save()} loading={saving}>
            {t('consolidation.settings.save')}
          </Button>
          {done && (
            <Text size="sm" c="teal">
              {t('consolidation.saved')}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
