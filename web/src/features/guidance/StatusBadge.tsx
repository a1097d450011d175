import { Badge } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';

const COLOURS = { unread: 'orange', read: 'blue', acknowledged: 'green' } as const;

/** A recipient's receipt status as a coloured word. */
export function StatusBadge({ status }: { status: 'unread' | 'read' | 'acknowledged' }) {
  const { t } = useI18n();
  return (
    <Badge color={COLOURS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`guidance.status.${status}`)}
    </Badge>
  );
}
