import type { MessageKey } from '@common/i18n/vi/index';
import { isMessageKey, type Translate } from '@common/i18n/translate';

import {
  AGENCY_KINDS,
  type AgencyKind,
  ALIAS_KINDS,
  type AliasKindName as AliasKind,
  SUCCESSION_KINDS,
} from '@common/contracts/organisations';
import { TaskRoleKind, TimeframeKind as TimeframeKindSchema } from '@common/contracts/plan-json';

export { AGENCY_KINDS, ALIAS_KINDS, SUCCESSION_KINDS, type AgencyKind, type AliasKind };
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];
export const TASK_ROLES = TaskRoleKind.options;
export type TaskRole = (typeof TASK_ROLES)[number];
export const TIMEFRAME_KINDS = TimeframeKindSchema.options;
export type TimeframeKind = (typeof TIMEFRAME_KINDS)[number];

/** Mantine colour of each role's chips: one colour per role, the same everywhere. */
export const ROLE_COLORS: Record<TaskRole, string> = {
  lead: 'red',
  coordinator: 'blue',
  implementer: 'teal',
  guide: 'grape',
};

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** "lead" → "Chủ trì"; an unknown role is shown as it came. */
export function roleLabel(t: Translate, role: string): string {
  return isOneOf(TASK_ROLES, role) ? t(`role.${role}` as MessageKey) : role;
}

/** "continuous" → "Thường xuyên". */
export function timeframeLabel(t: Translate, kind: string | null | undefined): string {
  if (!kind) return '';
  return isOneOf(TIMEFRAME_KINDS, kind) ? t(`timeframe.${kind}` as MessageKey) : kind;
}

/** "department" → "Sở, ban, ngành". */
export function agencyKindLabel(t: Translate, kind: string): string {
  return isOneOf(AGENCY_KINDS, kind) ? t(`agencyKind.${kind}` as MessageKey) : kind;
}

/** "transfer" → "chuyển giao chức năng". */
export function successionLabel(t: Translate, kind: string): string {
  return isOneOf(SUCCESSION_KINDS, kind) ? t(`succession.${kind}` as MessageKey) : kind;
}

/** "abbreviation" → "Viết tắt". */
export function aliasKindLabel(t: Translate, kind: string): string {
  return isOneOf(ALIAS_KINDS, kind) ? t(`aliasKind.${kind}` as MessageKey) : kind;
}

/** "foreign-information" → "thông tin đối ngoại"; unknown function codes as they are. */
export function functionLabel(t: Translate, code: string): string {
  const key = `function.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

/** Function codes a transfer can name, for the event form. */
export const KNOWN_FUNCTIONS = ['foreign-information', 'press', 'publishing', 'grassroots-information'] as const;

/** Sorts by Vietnamese collation ("Đ" after "D", tones in order). */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
export function compareNames(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}
