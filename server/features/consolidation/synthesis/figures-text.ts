/**
 * Indicator totals in words, from the one aggregation the tables print: "tổ chức 3 cuộc họp báo,
 * cung cấp thông tin cho báo chí (định kỳ: 2; đột xuất: 1)". Every number written here is a cell of
 * Phụ lục I, so the text and the table cannot disagree.
 */

import { BREAKDOWN_LABELS } from '../../reporting/index.js';
import type { IndicatorTotal } from '../consolidate.js';
import { INDICATOR_PHRASES } from './indicator-phrases.js';
import { formatNumberVi } from './prose.js';

/** How a breakdown key reads in a sentence: "tiếng Anh" for "en", "định kỳ" for "periodic". */
export function breakdownLabel(key: string): string {
  const label = BREAKDOWN_LABELS[key];
  // The catalogue's labels start a form field ("Tiếng Anh"); in a sentence they read "tiếng Anh".
  return label
    ? label.replace(/(^|\/)(\p{Lu})(?=\p{Ll})/gu, (_, at: string, ch: string) => at + ch.toLocaleLowerCase('vi'))
    : key;
}

/** "(báo in: 366; báo điện tử: 1.100)" for the non-zero breakdown values, or ''. */
export function breakdownDetail(i: IndicatorTotal, exclude: readonly string[] = []): string {
  const parts = i.byBreakdown
    .filter((b) => b.value !== 0 && !exclude.includes(b.key))
    .map((b) => `${breakdownLabel(b.key)}: ${formatNumberVi(b.value)}`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** The indicator's total as a verb phrase, or null when it is zero (a zero is read in the table). */
export function indicatorPhrase(i: IndicatorTotal): string | null {
  const phrase = INDICATOR_PHRASES[i.code];
  const unit = i.unit.toLocaleLowerCase('vi');
  if (!phrase) return i.total === 0 ? null : `${lowerName(i.name)}: ${formatNumberVi(i.total)} ${unit}`;
  const detail = breakdownDetail(i, phrase.detailExclude);
  // A phrase that is only a breakdown ("trong đó bằng tiếng nước ngoài …") needs a breakdown to say.
  if (phrase.phrase.includes('{detail}') && !/\{[nv]\}/.test(phrase.phrase) && detail === '') return null;
  if (/\{[nv]\}/.test(phrase.phrase) && i.total === 0) return null;
  return phrase.phrase
    .replace('{n}', `${formatNumberVi(i.total)} ${unit}`)
    .replace('{v}', formatNumberVi(i.total))
    .replace('{detail}', detail);
}

function lowerName(name: string): string {
  return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
}

/** Change against the same period last year in percent with one decimal, or null without a base. */
export function changePercent(i: { total: number; previous: { total: number } | null }): number | null {
  if (!i.previous || i.previous.total === 0) return null;
  return Math.round(((i.total - i.previous.total) / i.previous.total) * 1000) / 10;
}

/** "+12,5" / "-8,3" / "0": the table's "Tăng, giảm (%)" cell, also quoted by section III. */
export function formatChange(change: number): string {
  return `${change > 0 ? '+' : ''}${formatNumberVi(change)}`;
}
