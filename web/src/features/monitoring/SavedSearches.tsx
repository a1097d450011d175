import { Button, CloseButton, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { type SavedQuery, useSavedSearches } from './monitoring.api';

/** The user's saved searches as buttons that re-run them, and a name field to save the current one. */
export function SavedSearches({ current, onApply }: { current: SavedQuery; onApply: (query: SavedQuery) => void }) {
  const { t } = useI18n();
  const { searches, save, remove } = useSavedSearches();
  const [name, setName] = useState('');
  const hasFilters = Object.values(current).some((v) => v !== undefined && v !== '');
  return (
    <Group gap="xs" wrap="wrap" align="end">
      {searches.data?.searches.map((s) => (
        <Group key={s.id} gap={0} wrap="nowrap">
          <Button variant="light" size="compact-md" className="ttdn-touch" onClick={() => onApply(s.query)}>
            {s.name}
          </Button>
          <CloseButton
            aria-label={t('monitor.saved.delete', { name: s.name })}
            onClick={() => remove.mutate(s.id)}
            className="ttdn-touch"
          />
        </Group>
      ))}
      {hasFilters && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) save.mutate({ name: name.trim(), query: current }, { onSuccess: () => setName('') });
          }}
        >
          <Group gap="xs" align="end" wrap="nowrap">
            <TextInput
              label={t('monitor.saved.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={100}
            />
            <Button type="submit" variant="default" loading={save.isPending} className="ttdn-touch">
              {t('monitor.saved.save')}
            </Button>
          </Group>
        </form>
      )}
    </Group>
  );
}
