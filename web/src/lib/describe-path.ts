import type { PathStep } from '../api/types';
import type { Translate } from '@common/i18n/translate';
import { formatDate } from '@common/calendar/iso-date';
import { functionLabel, successionLabel } from './labels';

/**
 * The "why" of a duty in readable words: e.g. "Sở Thông tin và Truyền thông → Sở Văn hóa, Thể
 * thao và Du lịch (chuyển giao chức năng, 01/03/2025)"; "Được giao trực tiếp" when nothing moved.
 */
export function describePath(t: Translate, path: readonly PathStep[]): string {
  const parts: string[] = [];
  for (const step of path) {
    if (step.kind === 'group') parts.push(t('via.group', { name: step.name }));
    else if (step.kind === 'open-group') parts.push(t('via.openGroup', { name: step.name }));
    else if (step.kind === 'succession') {
      const scope =
        step.functions.length > 0 && step.eventKind !== 'transfer'
          ? ` — ${step.functions.map((f) => functionLabel(t, f)).join(', ')}`
          : '';
      const target = step.toName ?? t('via.dissolved');
      parts.push(
        `${step.fromName} → ${target} (${successionLabel(t, step.eventKind)}${scope}, ${formatDate(step.effectiveOn)})`,
      );
    }
  }
  return parts.length === 0 ? t('via.direct') : parts.join('; ');
}
