import { Accordion, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { ReadOnlyValue } from './ReadOnlyValue';
import { useI18n } from '../../i18n/I18nProvider';
import { useIndicatorText } from '../../i18n/indicator-names';
import { breakdownLabel } from './reporting-labels';
import { checkFigure, figureKey, groupIndicators, indicatorSum, inputKeysOf } from './figures';
import type { IndicatorDef } from './reporting.types';
import { typedByHand } from '../activities/fill-from-activities';

/** The accordion's value becomes part of element ids (aria-controls): a plain token, not the group's name. */
const accordionValue = (index: number) => `group-${index}`;

type Props = {
  indicators: IndicatorDef[];
  texts: Record<string, string>;
  serverErrors: Record<string, string>;
  editable: boolean;
  onChange: (key: string, text: string) => void;
  /** What the activity record gives for each figure, so that a figure typed by hand is marked. */
  fromActivities?: Record<string, { value: number; count: number }>;
};

/** The indicator catalogue of the regime, grouped, one input per breakdown key, with its unit. */
export function IndicatorSection({ indicators, texts, serverErrors, editable, onChange, fromActivities }: Props) {
  const groups = useMemo(() => groupIndicators(indicators), [indicators]);
  const text = useIndicatorText();
  // Open the groups that already have figures, and the first one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on first render, so typing never folds a group
  const opened = useMemo(
    () =>
      groups
        .filter(
          (g, i) =>
            i === 0 ||
            g.indicators.some((ind) => inputKeysOf(ind).some((k) => (texts[figureKey(ind.code, k)] ?? '') !== '')),
        )
        .map((g) => accordionValue(groups.indexOf(g))),
    [groups],
  );
  return (
    <Accordion multiple defaultValue={opened} variant="separated">
      {groups.map((g) => (
        <Accordion.Item key={g.group} value={accordionValue(groups.indexOf(g))}>
          <Accordion.Control>
            <Text fw={600} size="sm">
              {text({ ...g.indicators[0]!, group: g.group }).group}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="md">
              {g.indicators.map((indicator) => (
                <IndicatorInputs
                  key={indicator.code}
                  indicator={indicator}
                  texts={texts}
                  serverErrors={serverErrors}
                  editable={editable}
                  onChange={onChange}
                  fromActivities={fromActivities}
                />
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function IndicatorInputs({
  indicator,
  texts,
  serverErrors,
  editable,
  onChange,
  fromActivities,
}: Omit<Props, 'indicators'> & { indicator: IndicatorDef }) {
  const { t } = useI18n();
  const shown = useIndicatorText()(indicator);
  const sum = indicator.breakdown ? indicatorSum(indicator, texts) : null;
  // Said as "not saved", with the reason: the text stays as typed (and on this device) until fixed.
  const problemText = (key: string): string | undefined => {
    const checked = checkFigure(texts[key] ?? '', indicator);
    const reason =
      checked.kind === 'error'
        ? t(`reporting.figure.${checked.problem}`, { max: checked.max ?? 0, unit: shown.unit })
        : serverErrors[key];
    return reason ? t('cycle.figure.unsaved', { reason }) : undefined;
  };
  // Beside each figure: how many activities it comes from, or that it was typed by hand.
  const origin = (key: string): string | undefined => {
    const given = fromActivities ? (fromActivities[key] ?? { value: 0, count: 0 }) : undefined;
    const typed = typedByHand(texts[key] ?? '', given);
    if (typed === null || (texts[key] ?? '').trim() === '') return undefined;
    return typed
      ? t('activities.handTyped', { value: given!.value.toLocaleString('vi-VN') })
      : t('activities.fromActivities', { count: given!.count });
  };
  return (
    <div data-testid={`indicator-${indicator.code}`}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={500}>
          {shown.name}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('reporting.indicators.unit', { unit: shown.unit })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="xs" mt={4}>
        {(indicator.breakdown?.keys ?? [{ key: '', label: t('reporting.indicators.total') }]).map(
          ({ key, label: stored }) => {
            const id = figureKey(indicator.code, key);
            const label = key ? breakdownLabel(t, key) : stored;
            if (!editable)
              return <ReadOnlyValue key={id} label={label} text={texts[id] ?? ''} testId={`figure-${id}`} />;
            return (
              <TextInput
                key={id}
                label={label}
                aria-label={`${shown.name} — ${label}`}
                value={texts[id] ?? ''}
                onChange={(e) => onChange(id, e.currentTarget.value)}
                inputMode={indicator.isInteger ? 'numeric' : 'decimal'}
                error={problemText(id)}
                description={origin(id)}
                size="sm"
              />
            );
          },
        )}
      </SimpleGrid>
      {sum !== null && (
        <Text size="xs" c="dimmed" mt={2}>
          {t('reporting.indicators.sum', { sum: sum.toLocaleString('vi-VN'), unit: shown.unit })}
        </Text>
      )}
    </div>
  );
}
