import { Box, Group, Paper, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { SourceSpan } from './plan-import.types';
import { type DoubtfulRun, markDoubtful, segmentSource, sourceLineAnchor, sourceTaskAnchor } from './source-segments';

/** Highlight colour of each kind of span (background, and the outline when its task is selected). */
export const SPAN_COLORS: Record<SourceSpan['kind'], string> = {
  task: 'var(--mantine-color-blue-1)',
  agency: 'var(--mantine-color-teal-1)',
  timeframe: 'var(--mantine-color-orange-1)',
  'legal-basis': 'var(--mantine-color-gray-2)',
};

/** Scrolls an element of the review screen into the middle of its scroll area. */
export function scrollToId(id: string): void {
  document.getElementById(id)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

type Props = {
  text: string;
  spans: SourceSpan[];
  selectedCode: string | null;
  flashLine: number | null;
  onSelectCode: (code: string) => void;
  /** Runs the OCR was unsure of: underlined so the reviewer checks exactly those. */
  doubtful?: readonly DoubtfulRun[];
};

const DOUBT_STYLE = { textDecoration: 'underline wavy var(--mantine-color-red-6)', textUnderlineOffset: 3 } as const;

/** The document's text, line-numbered, with the runs each parsed value came from highlighted and clickable. */
export const SourcePane = memo(function SourcePane({
  text,
  spans,
  selectedCode,
  flashLine,
  onSelectCode,
  doubtful = [],
}: Props) {
  const { t } = useI18n();
  const lines = useMemo(() => markDoubtful(segmentSource(text, spans), doubtful), [text, spans, doubtful]);
  return (
    <Paper withBorder p="xs" data-testid="source-pane">
      <Group justify="space-between" mb={4} gap="xs">
        <Text fw={600} size="sm">
          {t('planImport.source')}
        </Text>
        <Group gap={6}>
          {(['task', 'agency', 'timeframe'] as const).map((kind) => (
            <Text key={kind} size="xs" px={6} style={{ background: SPAN_COLORS[kind], borderRadius: 4 }}>
              {t(`planImport.legend.${kind}`)}
            </Text>
          ))}
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb={6}>
        {t('planImport.sourceHint')}
      </Text>
      <Box
        mah={{ base: '55vh', md: 'calc(100vh - 200px)' }}
        style={{
          overflowY: 'auto',
          fontFamily: 'var(--mantine-font-family-monospace)',
          fontSize: 12.5,
          lineHeight: 1.55,
        }}
        data-testid="source-text"
        // A scrolling region must be reachable from the keyboard (WCAG 2.1.1).
        tabIndex={0}
        role="region"
        aria-label={t('planImport.sourceHint')}
      >
        {lines.map((line) => (
          <div
            key={line.number}
            id={sourceLineAnchor(line.number)}
            style={{
              display: 'flex',
              gap: 8,
              background: flashLine === line.number ? 'var(--mantine-color-yellow-2)' : undefined,
            }}
          >
            <span
              aria-hidden
              style={{
                color: 'var(--mantine-color-gray-6)',
                minWidth: 28,
                textAlign: 'right',
                userSelect: 'none',
                flexShrink: 0,
              }}
            >
              {line.number}
            </span>
            <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', minWidth: 0 }}>
              {line.segments.length === 0 && '\u00a0'}
              {line.segments.map((segment, index) =>
                segment.span ? (
                  // biome-ignore lint/a11y/useKeyWithClickEvents: a pointer shortcut; keyboard users select the same task from the task list
                  <mark
                    key={index}
                    id={
                      segment.first && segment.span.kind === 'task' && segment.span.code
                        ? sourceTaskAnchor(segment.span.code)
                        : undefined
                    }
                    data-span-kind={segment.span.kind}
                    data-span-code={segment.span.code ?? undefined}
                    onClick={segment.span.code ? () => onSelectCode(segment.span!.code!) : undefined}
                    title={segment.doubtful ? t('planImport.lowConfidence') : undefined}
                    data-doubtful={segment.doubtful || undefined}
                    style={{
                      ...(segment.doubtful ? DOUBT_STYLE : {}),
                      background: SPAN_COLORS[segment.span.kind],
                      color: 'inherit',
                      borderRadius: 3,
                      cursor: segment.span.code ? 'pointer' : undefined,
                      outline:
                        selectedCode !== null && segment.span.code === selectedCode
                          ? '2px solid var(--mantine-color-blue-6)'
                          : undefined,
                    }}
                  >
                    {segment.text}
                  </mark>
                ) : (
                  <span
                    key={index}
                    title={segment.doubtful ? t('planImport.lowConfidence') : undefined}
                    data-doubtful={segment.doubtful || undefined}
                    style={segment.doubtful ? DOUBT_STYLE : undefined}
                  >
                    {segment.text}
                  </span>
                ),
              )}
            </span>
          </div>
        ))}
      </Box>
    </Paper>
  );
});
