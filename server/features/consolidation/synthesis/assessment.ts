/**
 * Section III, assessment, from the data: strengths (tasks with results, deadlines met, figures up
 * on the same period last year, reports on time), limitations (tasks without activity, tasks
 * overdue, figures down, little foreign-language output, late reports — counted, not named: the
 * names go to the internal note) and causes (recurrent difficulties grouped, reorganisation).
 * Routine work ("thường xuyên") that was reported is on track, never "unfinished".
 */

import type { ConsolidationCheck } from '../checks/plausibility-checks.js';
import type { Consolidation, IndicatorTotal } from '../consolidate.js';
import { changePercent, formatChange } from './figures-text.js';
import { formatDateShort, formatNumberVi, joinVi } from './prose.js';
import { groupedDifficulties } from './remark-topics.js';
import type { TaskParagraph } from './task-synthesis.js';

/** A change of at least this many percent against last year is worth a sentence. */
const NOTABLE_CHANGE = 10;
/** Below this share of foreign-language articles, the report says so. */
const LOW_FOREIGN_SHARE = 0.05;

/** Section III as text. */
export function assessmentSection(
  c: Consolidation,
  paragraphs: readonly TaskParagraph[],
  checks: readonly ConsolidationCheck[] = [],
): string {
  const leaves = paragraphs.filter((p) => !p.isGroup);
  const withResults = leaves.filter((p) => p.hasResults);
  const deadlines = leaves.filter((p) => p.deadline);
  const history = c.context.history;
  // A total that rests on a figure still under question is not praised or blamed yet.
  const doubtful = new Set(
    checks
      .filter((k) => !k.dismissed && (k.kind === 'far-above' || k.kind === 'prose-figure'))
      .map((k) => k.id.split(':')[2]),
  );
  const changes = c.indicators
    .filter((i) => !doubtful.has(i.code))
    .map((i) => ({ i, change: changePercent(i) }))
    .filter((x): x is { i: IndicatorTotal; change: number } => x.change !== null);

  const strengths: string[] = [];
  if (leaves.length > 0)
    strengths.push(
      `${withResults.length}/${leaves.length} nhiệm vụ của Kế hoạch có kết quả cụ thể trong kỳ; các nhiệm vụ thực hiện thường xuyên được các cơ quan chủ trì triển khai đúng tiến độ.`,
    );
  const done = deadlines.filter((p) => p.deadline!.status === 'done');
  const going = deadlines.filter((p) => p.deadline!.status === 'in-progress');
  if (done.length + going.length > 0)
    strengths.push(
      [
        done.length > 0 ? `${done.length} nhiệm vụ có thời hạn đã hoàn thành (${codes(done)})` : '',
        going.length > 0 ? `${going.length} nhiệm vụ có thời hạn đang triển khai theo tiến độ (${codes(going)})` : '',
      ]
        .filter(Boolean)
        .join('; ')
        .replace(/^./u, (ch) => ch.toLocaleUpperCase('vi'))
        .concat('.'),
    );
  const ups = changes.filter((x) => x.change >= NOTABLE_CHANGE).sort((a, b) => b.change - a.change);
  if (history && ups.length > 0)
    strengths.push(`Một số kết quả tăng so với cùng kỳ năm trước: ${ups.slice(0, 3).map(changeText).join('; ')}.`);
  const n = c.counts;
  if (n.expected > 0 && n.onTimeRate >= 80)
    strengths.push(
      `Chế độ báo cáo được thực hiện nghiêm túc: ${n.onTime}/${n.expected} cơ quan, đơn vị gửi báo cáo đúng hạn.`,
    );

  const limits: string[] = [];
  const idle = leaves.filter((p) => !p.hasResults);
  if (idle.length > 0) limits.push(`Nhiệm vụ ${joinVi(idle.map((p) => p.code))} chưa có kết quả cụ thể trong kỳ.`);
  const stalled = deadlines.filter((p) => p.deadline!.status === 'not-started');
  for (const p of stalled)
    limits.push(
      `Nhiệm vụ ${p.code} (${p.heading.charAt(0).toLocaleLowerCase('vi')}${p.heading.slice(1)}) chưa được triển khai${p.deadline!.due ? `, trong khi thời hạn hoàn thành là ngày ${formatDateShort(p.deadline!.due)}` : ''}.`,
    );
  const downs = changes.filter((x) => x.change <= -NOTABLE_CHANGE).sort((a, b) => a.change - b.change);
  if (history && downs.length > 0)
    limits.push(`Một số kết quả giảm so với cùng kỳ năm trước: ${downs.slice(0, 3).map(changeText).join('; ')}.`);
  const foreign = foreignShare(c);
  if (foreign) limits.push(foreign);
  if (n.late + n.missing > 0)
    limits.push(
      [
        n.late > 0 ? `${n.late} cơ quan, đơn vị gửi báo cáo chậm so với thời hạn` : '',
        n.missing > 0 ? `${n.missing} cơ quan, đơn vị chưa gửi báo cáo` : '',
      ]
        .filter(Boolean)
        .join('; ')
        .replace(/^./u, (ch) => ch.toLocaleUpperCase('vi'))
        .concat(', ảnh hưởng đến việc tổng hợp chung.'),
    );
  if (limits.length === 0) limits.push('Không có tồn tại, hạn chế nổi bật.');

  const causes = causeLines(c);
  return [
    '1. Ưu điểm',
    ...bullets(strengths.length > 0 ? strengths : ['Các cơ quan, đơn vị đã triển khai các nhiệm vụ được giao.']),
    '2. Tồn tại, hạn chế',
    ...bullets(limits),
    ...(causes.length > 0 ? ['3. Nguyên nhân', ...bullets(causes)] : []),
  ].join('\n');
}

function bullets(lines: readonly string[]): string[] {
  return lines.map((l) => `- ${l}`);
}

function codes(ps: readonly TaskParagraph[]): string {
  return `nhiệm vụ ${joinVi(ps.map((p) => p.code))}`;
}

/** "tin, bài thông tin đối ngoại tăng 12,5% (2.655 so với 2.360 tin, bài)": every figure a cell of Phụ lục I. */
function changeText({ i, change }: { i: IndicatorTotal; change: number }): string {
  const name = i.name.charAt(0).toLocaleLowerCase('vi') + i.name.slice(1);
  const verb = change > 0 ? 'tăng' : 'giảm';
  return `${name} ${verb} ${formatChange(Math.abs(change)).replace('+', '')}% (${formatNumberVi(i.total)} so với ${formatNumberVi(i.previous!.total)} ${i.unit.toLocaleLowerCase('vi')})`;
}

/** A limitation when articles in foreign languages are a small share of all articles by language. */
function foreignShare(c: Consolidation): string | null {
  const byLanguage = c.indicators.find((i) => i.breakdownDimension === 'language' && /tin, bài/iu.test(i.unit));
  if (!byLanguage || byLanguage.total === 0) return null;
  const foreign = byLanguage.byBreakdown.filter((b) => ['en', 'zh', 'fr', 'ko', 'ja', 'lo'].includes(b.key));
  const sum = foreign.reduce((s, b) => s + b.value, 0);
  if (sum / byLanguage.total >= LOW_FOREIGN_SHARE) return null;
  const parts = foreign
    .filter((b) => b.value > 0)
    .map(
      (b) =>
        `${formatNumberVi(b.value)} tin, bài ${b.key === 'en' ? 'tiếng Anh' : b.key === 'zh' ? 'tiếng Trung' : b.key}`,
    );
  return `Thông tin đối ngoại bằng tiếng nước ngoài còn ít${parts.length > 0 ? ` (${joinVi(parts)} trong tổng số ${formatNumberVi(byLanguage.total)} tin, bài)` : ''}.`;
}

/** Causes: recurrent difficulties by side, with how many agencies cite each, and the period's reorganisation. */
function causeLines(c: Consolidation): string[] {
  const grouped = groupedDifficulties(c);
  const reorganised = c.context.events.some(
    (e) => e.effectiveOn >= c.period.windowFrom && e.effectiveOn <= c.period.windowTo,
  );
  const cite = (k: number) => ` (${k} cơ quan, đơn vị nêu)`;
  const objective = grouped.filter((g) => g.side === 'objective').map((g) => `${g.text}${cite(g.agencies)}`);
  if (reorganised && !grouped.some((g) => g.topic === 'restructuring'))
    objective.push('việc sắp xếp tổ chức bộ máy trong kỳ làm thay đổi cơ quan đầu mối thực hiện một số nhiệm vụ');
  const subjective = grouped.filter((g) => g.side === 'subjective').map((g) => `${g.text}${cite(g.agencies)}`);
  if (c.counts.late + c.counts.missing > 0)
    subjective.push('một số cơ quan, đơn vị chưa quan tâm đúng mức đến chế độ báo cáo');
  const other = grouped.filter((g) => g.side === undefined).map((g) => `${g.text}${cite(g.agencies)}`);
  const out: string[] = [];
  if (objective.length > 0) out.push(`Nguyên nhân khách quan: ${objective.join('; ')}.`);
  if (subjective.length > 0) out.push(`Nguyên nhân chủ quan: ${subjective.join('; ')}.`);
  if (other.length > 0) out.push(`Các cơ quan, đơn vị còn nêu: ${other.join('; ')}.`);
  return out;
}
