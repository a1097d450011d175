import { Accordion, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { checkFigure, figureKey, groupIndicators, indicatorSum, inputKeysOf } from './figures';
import type { IndicatorDef } from './reporting.types';

type Props = {
  indicators: IndicatorDef[];
  texts: Record<string, string>;
  serverErrors: Record<string, string>;
  editable: boolean;
  onChange: (key: string, text: string) => void;
};

/** The indicator catalogue of the regime, grouped, one input per breakdown key, with its unit. */
export function IndicatorSection({ indicators, texts, serverErrors, editable, onChange }: Props) {
  const { t } = useI18n();
  const groups = useMemo(() => groupIndicators(indicators), [indicators]);
  // Open the groups that already have figures, and the first one.
  const opened = useMemo(
    () => groups.filter((g, i) => i === 0 || g.indicators.some((ind) => inputKeysOf(ind).some((k) => (texts[figureKey(ind.code, k)] ?? '') !== ''))).map((g) => g.group),
    // Only on first render: later typing must not fold groups.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [groups],
  );
  return (
    <Accordion multiple defaultValue={opened} variant="separated">
      {groups.map((g) => (
        <Accordion.Item key={g.group} value={g.group}>
          <Accordion.Control>
            <Text fw={600} size="sm">
              {g.group}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="md">
              {g.indicators.map((indicator) => (
                <IndicatorInputs key={indicator.code} indicator={indicator} texts={texts} serverErrors={serverErrors} editable={editable} onChange={onChange} />
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function IndicatorInputs({ indicator, texts, serverErrors, editable, onChange }: Omit<Props, 'indicators'> & { indicator: IndicatorDef }) {
  const { t } = useI18n();
  const sum = indicator.breakdown ? indicatorSum(indicator, texts) : null;
  const problemText = (key: string): string | undefined => {
    const checked = checkFigure(texts[key] ?? '', indicator);
    if (checked.kind === 'error') return t(`reporting.figure.${checked.problem}`, { max: checked.max ?? 0, unit: indicator.unit });
    return serverErrors[key];
  };
  return (
    <div data-testid={`indicator-${indicator.code}`}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={500}>
          {indicator.name}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('reporting.indicators.unit', { unit: indicator.unit })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="xs" mt={4}>
        {(indicator.breakdown?.keys ?? [{ key: '', label: t('reporting.indicators.total') }]).map(({ key, label }) => {
          const id = figureKey(indicator.code, key);
          return (
            <TextInput
              key={id}
              label={label}
              aria-label={`${indicator.name} — ${label}`}
              value={texts[id] ?? ''}
              onChange={(e) => onChange(id, e.currentTarget.value)}
              inputMode={indicator.isInteger ? 'numeric' : 'decimal'}
              readOnly={!editable}
              error={problemText(id)}
              size="sm"
            />
          );
        })}
      </SimpleGrid>
      {sum !== null && (
        <Text size="xs" c="dimmed" mt={2}>
          {t('reporting.indicators.sum', { sum: sum.toLocaleString('vi-VN'), unit: indicator.unit })}
        </Text>
      )}
    </div>
  );
}
