import { Button, Collapse, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/I18nProvider';
import { TASK_ROLES, TIMEFRAME_KINDS, roleLabel, timeframeLabel } from '../../lib/labels';
import { AgencySelect } from '../agencies/AgencySelect';
import type { PlanFilters as Filters } from './plan-filters';

type Props = {
  filters: Filters;
  today: string;
  /** Officers are scoped to their agency by the server: no agency filter for them. */
  agencyFilter: boolean;
  onChange: (change: Partial<Filters>) => void;
  onClear: () => void;
};

/** Text search and agency always visible; role, timeframe and date folded away on phones. */
export function PlanFilters({ filters, today, agencyFilter, onChange, onClear }: Props) {
  const { t } = useI18n();
  const wide = useMediaQuery('(min-width: 48em)', true);
  const [moreOpen, more] = useDisclosure(false);
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  const pushText = useDebouncedCallback((value: string) => onChange({ q: value.trim() || undefined }), 350);
  const extraActive = !!(filters.role || filters.timeframe || filters.asOf);
  const anyActive = extraActive || !!filters.q || !!filters.agencyId;
  const extra = (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
      <Select
        label={t('filters.role')}
        placeholder={t('filters.rolePlaceholder')}
        clearable
        data={TASK_ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))}
        value={filters.role ?? null}
        onChange={(v) => onChange({ role: (v as Filters['role']) ?? undefined })}
      />
      <Select
        label={t('filters.timeframe')}
        placeholder={t('filters.timeframePlaceholder')}
        clearable
        data={TIMEFRAME_KINDS.map((k) => ({ value: k, label: timeframeLabel(t, k) }))}
        value={filters.timeframe ?? null}
        onChange={(v) => onChange({ timeframe: v ?? undefined })}
      />
      <DateField
        label={t('filters.asOf')}
        value={filters.asOf ?? today}
        onChange={(iso) => onChange({ asOf: iso ?? undefined })}
      />
    </SimpleGrid>
  );
  return (
    <Stack gap="sm" role="search" aria-label={t('filters.title')}>
      <SimpleGrid cols={{ base: 1, sm: agencyFilter ? 2 : 1 }} spacing="sm">
        <TextInput
          label={t('filters.search')}
          placeholder={t('filters.searchPlaceholder')}
          type="search"
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            pushText(e.currentTarget.value);
          }}
          onKeyDown={(e) => e.key === 'Enter' && onChange({ q: text.trim() || undefined })}
        />
        {agencyFilter && (
          <AgencySelect
            label={t('filters.agency')}
            placeholder={t('filters.agencyPlaceholder')}
            value={filters.agencyId ?? null}
            onChange={(id) => onChange({ agencyId: id ?? undefined })}
          />
        )}
      </SimpleGrid>
      {wide ? extra : <Collapse expanded={moreOpen || extraActive}>{extra}</Collapse>}
      <Group gap="xs">
        {!wide && !extraActive && (
          <Button variant="subtle" size="compact-sm" onClick={more.toggle} aria-expanded={moreOpen}>
            {moreOpen ? t('filters.less') : t('filters.more')}
          </Button>
        )}
        {anyActive && (
          <Button variant="subtle" color="gray" size="compact-sm" onClick={onClear}>
            {t('filters.clear')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
