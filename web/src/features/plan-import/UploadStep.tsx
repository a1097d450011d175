import { Alert, Button, Group, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { checkFile, type ReadProgress, readPlanDocument } from './plan-import.api';
import type { UploadAnswer } from './plan-import.types';

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string; percent: number }
  | { kind: 'reading'; name: string; progress: ReadProgress | null }
  | { kind: 'failed'; error: unknown };

/** Picks a plan document (drag and drop or file picker), uploads it with progress, waits while the server reads it. */
export function UploadStep({ onUploaded }: { onUploaded: (answer: UploadAnswer, fileName: string) => void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const busy = phase.kind === 'uploading' || phase.kind === 'reading';

  const start = async (picked: File[]) => {
    const file = picked[0];
    if (!file || busy) return;
    const refused = picked.map(checkFile).find((r) => r !== null) ?? null;
    if (refused) return setPhase({ kind: 'failed', error: refused });
    const name = picked.length > 1 ? t('planImport.pages', { count: picked.length }) : file.name;
    setPhase({ kind: 'uploading', name, percent: 0 });
    try {
      const answer = await readPlanDocument(
        picked,
        (fraction) =>
          setPhase(
            fraction >= 1
              ? { kind: 'reading', name, progress: null }
              : { kind: 'uploading', name, percent: Math.round(fraction * 100) },
          ),
        (progress) => setPhase({ kind: 'reading', name, progress }),
      );
      onUploaded(answer, name);
    } catch (error) {
      setPhase({ kind: 'failed', error });
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void start([...event.dataTransfer.files]);
  };

  return (
    <Stack maw={760}>
      <Title order={1} size="h3">
        {t('planImport.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('planImport.intro')}
      </Text>
      <Paper
        withBorder
        p="xl"
        data-testid="plan-dropzone"
        data-dragging={dragging || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: dragging ? 'var(--mantine-color-blue-6)' : undefined,
          background: dragging ? 'var(--mantine-color-blue-0)' : undefined,
        }}
      >
        <Stack align="center" gap="sm">
          <Text fw={600}>{t('planImport.drop')}</Text>
          <Text size="sm" c="dimmed">
            {t('planImport.or')}
          </Text>
          <Button onClick={() => input.current?.click()} disabled={busy}>
            {t('planImport.pick')}
          </Button>
          <input
            ref={input}
            type="file"
            hidden
            multiple
            accept=".txt,.docx,.pdf,.png,.jpg,.jpeg"
            aria-label={t('planImport.fileInput')}
            data-testid="plan-file-input"
            onChange={(event) => void start([...(event.currentTarget.files ?? [])])}
          />
          <Text size="xs" c="dimmed">
            {t('planImport.accepted')}
          </Text>
        </Stack>
      </Paper>
      {phase.kind === 'uploading' && (
        <Stack gap={4} aria-live="polite" data-testid="upload-progress">
          <Text size="sm">{t('planImport.uploading', { name: phase.name, percent: phase.percent })}</Text>
          <Progress
            value={phase.percent}
            animated
            aria-label={t('planImport.uploading', { name: phase.name, percent: phase.percent })}
          />
        </Stack>
      )}
      {phase.kind === 'reading' && (
        <Stack gap={4} aria-live="polite" data-testid="upload-reading">
          <Progress
            value={phase.progress ? (100 * phase.progress.pagesDone) / Math.max(1, phase.progress.pagesTotal) : 100}
            animated
            aria-label={t('planImport.reading')}
          />
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm" fw={500} data-testid="reading-pages">
              {phase.progress && phase.progress.pagesTotal > 0
                ? t('planImport.readingPages', {
                    done: phase.progress.pagesDone,
                    total: phase.progress.pagesTotal,
                  })
                : t('planImport.reading')}
            </Text>
            {phase.progress?.secondsLeft != null && phase.progress.pagesDone < phase.progress.pagesTotal && (
              <Text size="sm" c="dimmed">
                {t('planImport.timeLeft', { seconds: phase.progress.secondsLeft })}
              </Text>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t('planImport.readingHint')}
          </Text>
        </Stack>
      )}
      {phase.kind === 'failed' && (
        <Alert color="red" variant="light" role="alert" title={t('error.title')} data-testid="upload-error">
          {uploadErrorText(t, phase.error)}
        </Alert>
      )}
    </Stack>
  );
}

function uploadErrorText(t: ReturnType<typeof useI18n>['t'], error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && error.code === 'PAYLOAD_TOO_LARGE')
    return t('planImport.tooLarge');
  return errorText(t, error);
}
