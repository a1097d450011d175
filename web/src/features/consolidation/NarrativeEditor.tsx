import * as c from '@common/contracts/consolidation';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { ApiError, call } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '@common/calendar/iso-date';
import { editsToSave, SECTION_KEYS, type ConsolidationView, type NarrativeSections } from './consolidation.types';
import { errorText } from '../../lib/error-text';

/** The five narrative sections, editable, saved with the version check (a conflict keeps the text on screen); plain text for a reader. */
export function NarrativeEditor({
  periodId,
  narrative,
  onReload,
  editable = true,
}: {
  periodId: number;
  narrative: ConsolidationView['narrative'];
  onReload: () => Promise<{ data?: ConsolidationView }>;
  editable?: boolean;
}) {
  const { t } = useI18n();
  const [texts, setTexts] = useState<NarrativeSections>(narrative.sections);
  const [version, setVersion] = useState(narrative.version);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [mine, setMine] = useState<string | null>(null);
  const [draft, setDraft] = useState(narrative.draft);
  // Other panels (settings, highlights, checks) save too: follow the new version and the new draft,
  // keeping whatever the coordinator has typed in a section.
  const shown = useRef(narrative.draft);
  useEffect(() => {
    const before = shown.current;
    shown.current = narrative.draft;
    setVersion(narrative.version);
    setDraft(narrative.draft);
    setTexts((s) => {
      const next = { ...s };
      for (const key of SECTION_KEYS) if (s[key] === before[key]) next[key] = narrative.draft[key];
      return next;
    });
  }, [narrative.version, narrative.draft]);
  const reload = async () => {
    const fresh = (await onReload()).data?.narrative;
    if (!fresh) return;
    setMine(SECTION_KEYS.map((k) => `${t(`consolidation.section.${k}`)}\n${texts[k]}`).join('\n\n'));
    setTexts(fresh.sections);
    setDraft(fresh.draft);
    setVersion(fresh.version);
    setConflict(false);
  };
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const answer = await call(c.saveNarrative, {
        params: { id: periodId },
        body: { sections: editsToSave(draft, texts), version },
      });
      setVersion(answer.version);
      setSavedAt(formatDateTime(new Date()).slice(-5));
      setConflict(false);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') setConflict(true);
      else setError(e);
    } finally {
      setSaving(false);
    }
  };
  // A reader (the province leader) gets the text as text: nothing that looks editable, no "Sửa trực tiếp".
  if (!editable)
    return (
      <Stack data-testid="narrative-read-only">
        <Text size="sm" c="dimmed">
          {t('consolidation.narrativeReadOnly')}
        </Text>
        {SECTION_KEYS.map((key) => (
          <Stack key={key} gap={2}>
            <Text size="sm" fw={600}>
              {t(`consolidation.section.${key}`)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {texts[key] || '—'}
            </Text>
          </Stack>
        ))}
      </Stack>
    );
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('consolidation.narrativeHint')}
      </Text>
      {SECTION_KEYS.map((key) => (
        <Stack key={key} gap={2}>
          <Textarea
            label={t(`consolidation.section.${key}`)}
            value={texts[key]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setTexts((s) => ({ ...s, [key]: value }));
            }}
            autosize
            minRows={3}
            maxRows={16}
          />
          {texts[key] !== draft[key] && (
            <Button
              size="compact-xs"
              variant="subtle"
              w="fit-content"
              onClick={() => setTexts((s) => ({ ...s, [key]: draft[key] }))}
            >
              {t('consolidation.resetSection')}
            </Button>
          )}
        </Stack>
      ))}
      {conflict && (
        <Alert color="orange" title={t('reporting.conflict.title')}>
          <Text size="sm" mb="xs">
            {t('consolidation.conflict')}
          </Text>
          <Button size="xs" onClick={() => void reload()}>
            {t('consolidation.reload')}
          </Button>
        </Alert>
      )}
      {mine !== null && (
        <Alert color="yellow" title={t('reporting.conflict.yourText')} withCloseButton onClose={() => setMine(null)}>
          <Textarea
            value={mine}
            readOnly
            autosize
            minRows={3}
            maxRows={12}
            aria-label={t('reporting.conflict.yourText')}
          />
        </Alert>
      )}
      {error !== null && (
        <Alert color="red" role="alert">
          {errorText(t, error)}
        </Alert>
      )}
      <Group>
        <Button onClick={() => void save()} loading={saving} disabled={conflict}>
          {t('consolidation.saveNarrative')}
        </Button>
        {savedAt && (
          <Text size="sm" c="teal">
            {t('consolidation.savedAt', { time: savedAt })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
