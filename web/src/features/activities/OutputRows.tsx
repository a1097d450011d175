import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { breakdownLabel } from '../reporting/reporting-labels';
import type { OutputDraft } from './activity-form';

type IndicatorChoice = { code: string; name: string; nameEn: string | null; unit: string; breakdownKeys: string[] };

/** An activity's outputs as indicator rows: indicator, breakdown (language, medium…) when it has one, number. */
export function OutputRows({
  indicators,
  outputs,
  onChange,
}: {
  indicators: IndicatorChoice[];
  outputs: OutputDraft[];
  onChange: (outputs: OutputDraft[]) => void;
}) {
  const { t, language } = useI18n();
  const set = (index: number, change: Partial<OutputDraft>) =>
    onChange(outputs.map((o, i) => (i === index ? { ...o, ...change } : o)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('activities.outputs')}
      </Text>
      {outputs.map((output, index) => {
        const indicator = indicators.find((i) => i.code === output.code);
        return (
          <Stack key={index} gap={4} data-testid={`output-${index}`}>
            <Select
              label={t('activities.output.indicator')}
              data={indicators.map((i) => ({ value: i.code, label: (language === 'en' && i.nameEn) || i.name }))}
              value={output.code || null}
              onChange={(code) => {
                const next = indicators.find((i) => i.code === code);
                set(index, { code: code ?? '', breakdownKey: next?.breakdownKeys[0] ?? '' });
              }}
              searchable
            />
            <Group gap="xs" wrap="nowrap" align="flex-end">
              {indicator && indicator.breakdownKeys.length > 0 && (
                <Select
                  label={t('activities.output.key')}
                  data={indicator.breakdownKeys.map((k) => ({ value: k, label: breakdownLabel(t, k) }))}
                  value={output.breakdownKey}
                  onChange={(k) => set(index, { breakdownKey: k ?? indicator.breakdownKeys[0]! })}
                  allowDeselect={false}
                  style={{ flex: 1 }}
                />
              )}
              <TextInput
                label={`${t('activities.output.value')}${indicator ? ` (${indicator.unit})` : ''}`}
                value={output.value}
                onChange={(e) => set(index, { value: e.currentTarget.value })}
                inputMode="decimal"
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size={44}
                aria-label={t('activities.output.remove')}
                onClick={() => onChange(outputs.filter((_, i) => i !== index))}
              >
                ×
              </ActionIcon>
            </Group>
          </Stack>
        );
      })}
      <Button
        variant="light"
        w="fit-content"
        onClick={() => onChange([...outputs, { code: '', breakdownKey: '', value: '' }])}
      >
        {t('activities.output.add')}
      </Button>
    </Stack>
  );
}
