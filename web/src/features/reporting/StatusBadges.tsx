import { Badge, Group } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { submissionStatusColor, submissionStatusLabel, timelinessColor, timelinessLabel } from './reporting-labels';
import type { SubmissionStatus, TimelinessClass } from './reporting.types';

/** A report's state and its timeliness, side by side. */
export function StatusBadges({
  status,
  label,
  timeliness,
  testId,
}: {
  status: SubmissionStatus | null;
  /** Words that say what happened ("Bị trả lại · đang sửa", "Đã gửi lại") in place of the plain state. */
  label?: string;
  timeliness: TimelinessClass | null;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <Group gap={6} wrap="wrap" data-testid={testId}>
      <Badge
        color={submissionStatusColor(status)}
        variant="light"
        data-testid={testId ? `${testId}-status` : undefined}
      >
        {label ?? submissionStatusLabel(t, status)}
      </Badge>
      {timeliness && (
        <Badge color={timelinessColor(timeliness)} variant="outline">
          {timelinessLabel(t, timeliness)}
        </Badge>
      )}
    </Group>
  );
}
