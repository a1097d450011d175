import { Text } from '@mantine/core';

/**
 * A field the reader may not change, shown as text under its label rather than as an input: a
 * leader reading, a report already sent, a locked period. An input that only refuses typing still
 * looks editable, on a phone above all.
 */
export function ReadOnlyValue({ label, text, testId }: { label: string; text: string; testId?: string }) {
  return (
    <div data-testid={testId} data-readonly="true">
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Text
        size="sm"
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        c={text ? undefined : 'dimmed'}
        data-testid={testId ? `${testId}-value` : undefined}
      >
        {text || '—'}
      </Text>
    </div>
  );
}
