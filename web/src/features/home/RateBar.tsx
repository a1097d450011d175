import { Group, Progress, Stack, Text } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { formatPercent } from './home.api';

/** A rate as a labelled bar. */
export function RateBar({ label, rate, color }: { label: string; rate: number | null; color: string }) {
  const { language } = useI18n();
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{label}</Text>
        <Text size="sm" fw={600}>
          {formatPercent(rate, language)}
        </Text>
      </Group>
      <Progress value={rate ?? 0} color={color} aria-label={label} />
    </Stack>
  );
}
