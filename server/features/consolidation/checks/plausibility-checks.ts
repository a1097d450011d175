/**
 * Checks run before the draft is written, each shown to the coordinator with the line it came
 * from: figures an agency wrote that contradict its own indicators, two indicators that should
 * count the same articles and do not, work outside an agency's remit, places that were not the
 * province's on the period's dates, figures far above the agency's past, and missing references.
 * The draft never prints an agency's own figures, so a contradiction cannot reach the document twice.
 */

import { foldDiacritics } from '../../../../common/text/vietnamese.js';
import type { Consolidation, TaskSynthesis } from '../consolidate.js';
import type { ReportOptions } from '../report-options.js';
import { SAME_TOTALS } from '../synthesis/indicator-phrases.js';
import { formatDateShort, formatNumberVi, splitClauses } from '../synthesis/prose.js';
import { agencyFigures } from '../synthesis/agency-figures.js';
import { proseFigures } from './prose-figures.js';
import { REMIT_RULES, type RemitRule } from './remit-rules.js';

/** The kinds of check, for the screen's labels. */
export type CheckKind =
  | 'prose-figure'
  | 'same-totals'
  | 'remit'
  | 'territory'
  | 'far-above'
  | 'lead-missing'
  | 'reference';

/** One finding for the coordinator. */
export type ConsolidationCheck = {
  /** Stable across rebuilds, so a dismissal sticks. */
  id: string;
  kind: CheckKind;
  severity: 'warning' | 'info';
  agencyId: number | null;
  agencyName: string | null;
  taskCode: string | null;
  /** What is wrong, in a Vietnamese sentence. */
  message: string;
  /** The words of the agency's line (or indicator) it came from. */
  source: string | null;
  dismissed: boolean;
};

/** A figure at least this many times the agency's same period last year is "far above its past". */
export const FAR_ABOVE_RATIO = 3;
/** …and at least this much above it in absolute terms, so 1 → 4 passes quietly. */
const FAR_ABOVE_MIN_GAP = 20;

/** Every check of a consolidation, warnings first. */
export function runChecks(c: Consolidation, options: ReportOptions): ConsolidationCheck[] {
  const found: Array<Omit<ConsolidationCheck, 'dismissed'>> = [
    ...referenceChecks(c, options),
    ...proseFigureChecks(c),
    ...sameTotalsChecks(c),
    ...remitChecks(c),
    ...territoryChecks(c),
    ...farAboveChecks(c),
    ...leadMissingChecks(c),
  ];
  const dismissed = new Set(options.dismissedChecks);
  const unique = new Map(found.map((f) => [f.id, { ...f, dismissed: dismissed.has(f.id) }]));
  return [...unique.values()].sort(
    (a, b) => Number(a.severity === 'info') - Number(b.severity === 'info') || a.id.localeCompare(b.id),
  );
}

/**
 * The lines (agency|task) a check marks as implausible — work outside the agency's remit, places
 * outside the territory, a figure far above the past: their words are never quoted. A figure
 * contradiction only loses its figure.
 */
export function flaggedLines(checks: readonly ConsolidationCheck[]): Set<string> {
  return new Set(
    checks
      .filter(
        (k) =>
          (k.kind === 'remit' || k.kind === 'territory' || k.kind === 'far-above') &&
          k.agencyId !== null &&
          k.taskCode !== null &&
          !k.dismissed,
      )
      .map((k) => `${k.agencyId}|${k.taskCode}`),
  );
}

type Draft = Omit<ConsolidationCheck, 'dismissed'>;

function hash(text: string): string {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0).toString(36);
}

function* linesOf(
  c: Consolidation,
): Generator<{ task: TaskSynthesis; line: TaskSynthesis['lines'][number]; text: string }> {
  for (const task of c.tasks)
    for (const line of task.lines)
      yield { task, line, text: [line.doneText, line.resultsText].filter(Boolean).join('; ') };
}

function referenceChecks(c: Consolidation, options: ReportOptions): Draft[] {
  const out: Draft[] = [];
  const base = { severity: 'info' as const, agencyId: null, agencyName: null, taskCode: null, source: null };
  if (!c.plan.number || !c.plan.issuedOn)
    out.push({
      ...base,
      id: 'reference:plan',
      kind: 'reference',
      message:
        'Kế hoạch chưa có số, ngày ban hành trong hệ thống: phần căn cứ của báo cáo sẽ không ghi được số, ngày của Kế hoạch. Bổ sung ở trang Kế hoạch.',
    });
  if (!options.ministryRequest)
    out.push({
      ...base,
      id: 'reference:ministry',
      kind: 'reference',
      message: 'Chưa nhập văn bản đề nghị báo cáo của Bộ (số, ngày, trích yếu): phần căn cứ chỉ nêu Kế hoạch của tỉnh.',
    });
  return out;
}

function proseFigureChecks(c: Consolidation): Draft[] {
  const own = agencyFigures(c, { breakdowns: 'all' });
  const byCode = new Map(c.indicators.map((i) => [i.code, i]));
  const codes = new Set(byCode.keys());
  // Per agency and figure: the largest amount any one clause states (several clauses often repeat one event).
  const stated = new Map<
    string,
    { value: number; clause: string; taskCode: string; agencyId: number; agency: string }
  >();
  for (const { task, line, text } of linesOf(c)) {
    for (const f of proseFigures(text, codes)) {
      const id = `${line.agencyId}|${f.code}|${f.key}`;
      const prev = stated.get(id);
      if (!prev || f.value > prev.value)
        stated.set(id, {
          value: f.value,
          clause: f.clause,
          taskCode: task.code,
          agencyId: line.agencyId,
          agency: line.agencyName,
        });
    }
  }
  const out: Draft[] = [];
  for (const [id, s] of stated) {
    const [, code, key] = id.split('|') as [string, string, string];
    const indicator = byCode.get(code)!;
    const entered = own.get(s.agencyId)?.get(`${code}|${key}`) ?? 0;
    if (s.value <= entered) continue;
    const what = key ? `${indicator.name} (${key})` : indicator.name;
    out.push({
      id: `prose-figure:${s.agencyId}:${code}:${key}`,
      kind: 'prose-figure',
      severity: 'warning',
      agencyId: s.agencyId,
      agencyName: s.agency,
      taskCode: s.taskCode,
      message: `${s.agency} viết ${formatNumberVi(s.value)} nhưng nhập chỉ tiêu “${what}” là ${formatNumberVi(entered)} ${indicator.unit.toLocaleLowerCase('vi')}. Báo cáo tổng hợp chỉ dùng số liệu chỉ tiêu; đề nghị cơ quan thống nhất lại.`,
      source: s.clause,
    });
  }
  return out;
}

function sameTotalsChecks(c: Consolidation): Draft[] {
  const out: Draft[] = [];
  const byCode = new Map(c.indicators.map((i) => [i.code, i]));
  const names = new Map(c.agencies.map((a) => [a.agencyId, a.agencyName]));
  for (const [first, second] of SAME_TOTALS) {
    const a = byCode.get(first);
    const b = byCode.get(second);
    if (!a || !b) continue;
    const bValues = new Map(b.byAgency.map((x) => [x.agencyId, x.value]));
    for (const x of a.byAgency) {
      const y = bValues.get(x.agencyId);
      if (y === undefined || y === x.value) continue;
      out.push({
        id: `same-totals:${x.agencyId}:${first}:${second}`,
        kind: 'same-totals',
        severity: 'warning',
        agencyId: x.agencyId,
        agencyName: names.get(x.agencyId) ?? null,
        taskCode: null,
        message: `${names.get(x.agencyId) ?? `#${x.agencyId}`}: “${a.name}” (${formatNumberVi(x.value)}) và “${b.name}” (${formatNumberVi(y)}) cùng đếm một số tin, bài nhưng khác nhau.`,
        source: `${a.name}: ${formatNumberVi(x.value)}; ${b.name}: ${formatNumberVi(y)}`,
      });
    }
  }
  return out;
}

function allowedBy(rule: RemitRule, c: Consolidation): Set<number> {
  const allowed = new Set<number>();
  for (const a of c.agencies) if (a.kind && rule.allowedKinds.includes(a.kind)) allowed.add(a.agencyId);
  if (rule.allowedTaskTitle)
    for (const t of c.tasks)
      if (rule.allowedTaskTitle.test(foldDiacritics(t.title)))
        for (const r of t.roles) for (const h of r.holders) allowed.add(h.agencyId);
  return allowed;
}

function remitChecks(c: Consolidation): Draft[] {
  const out: Draft[] = [];
  for (const rule of REMIT_RULES) {
    const allowed = allowedBy(rule, c);
    const message = (agency: string) =>
      `${agency} báo cáo việc ${rule.label} — việc này không thuộc chức năng của cơ quan (${rule.basis}).`;
    if (rule.text) {
      for (const { task, line, text } of linesOf(c)) {
        if (allowed.has(line.agencyId)) continue;
        for (const clause of splitClauses(text)) {
          const folded = foldDiacritics(clause);
          if (!rule.text.test(folded) || rule.unless?.test(folded)) continue;
          out.push({
            id: `remit:${rule.id}:${line.agencyId}:${task.code}`,
            kind: 'remit',
            severity: 'warning',
            agencyId: line.agencyId,
            agencyName: line.agencyName,
            taskCode: task.code,
            message: message(line.agencyName),
            source: clause,
          });
          break;
        }
      }
    }
    const indicator = rule.indicator && c.indicators.find((i) => i.code === rule.indicator!.code);
    if (!indicator) continue;
    const names = new Map(c.agencies.map((a) => [a.agencyId, a.agencyName]));
    for (const a of indicator.byAgency) {
      if (allowed.has(a.agencyId)) continue;
      const keys = rule.indicator!.keys;
      const value = keys ? keys.reduce((sum, k) => sum + (a.byBreakdown[k] ?? 0), 0) : a.value;
      if (value <= 0) continue;
      const name = names.get(a.agencyId) ?? `#${a.agencyId}`;
      out.push({
        id: `remit:${rule.id}:${a.agencyId}:indicator`,
        kind: 'remit',
        severity: 'warning',
        agencyId: a.agencyId,
        agencyName: name,
        taskCode: null,
        message: message(name),
        source: `${indicator.name}: ${formatNumberVi(value)} ${indicator.unit.toLocaleLowerCase('vi')}`,
      });
    }
  }
  return out;
}

/**
 * Places that were the province's at some time but not during the period — the Hà Giang places in a
 * report on the first half of 2025: a line naming one describes work done elsewhere, or later.
 */
function territoryChecks(c: Consolidation): Draft[] {
  const home = c.plan.province;
  const { windowFrom, windowTo } = c.period;
  const overlaps = (p: { validFrom: string; validTo: string | null }) =>
    p.validFrom <= windowTo && (p.validTo === null || p.validTo >= windowFrom);
  const byName = new Map<string, typeof c.context.places>();
  for (const p of c.context.places) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  const suspects: Array<{ name: string; pattern: RegExp; wasIn: string; joined: string }> = [];
  for (const [name, list] of byName) {
    const homeEver = list.filter((p) => p.province === home);
    if (homeEver.length === 0 || homeEver.some(overlaps) || name === home) continue;
    const elsewhere = list.find((p) => p.province !== home && overlaps(p));
    if (!elsewhere) continue;
    const joined = homeEver.map((p) => p.validFrom).sort()[0]!;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    suspects.push({
      name,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u'),
      wasIn: elsewhere.province,
      joined,
    });
  }
  const out: Draft[] = [];
  for (const { task, line, text } of linesOf(c)) {
    for (const clause of splitClauses(text)) {
      const hit = suspects.find((s) => s.pattern.test(clause));
      if (!hit) continue;
      out.push({
        id: `territory:${line.agencyId}:${task.code}:${hash(hit.name)}`,
        kind: 'territory',
        severity: 'warning',
        agencyId: line.agencyId,
        agencyName: line.agencyName,
        taskCode: task.code,
        message: `${line.agencyName} nêu địa danh “${hit.name}”: trong kỳ báo cáo (${formatDateShort(windowFrom)} – ${formatDateShort(windowTo)}) địa danh này thuộc tỉnh ${hit.wasIn}, chỉ thuộc tỉnh ${home} từ ngày ${formatDateShort(hit.joined)}.`,
        source: clause,
      });
      break;
    }
  }
  return out;
}

function farAboveChecks(c: Consolidation): Draft[] {
  const history = c.context.history;
  if (!history) return [];
  const names = new Map(c.agencies.map((a) => [a.agencyId, a.agencyName]));
  const clauses = new Map<string, { clause: string; taskCode: string }>();
  for (const { task, line, text } of linesOf(c))
    for (const f of proseFigures(text))
      clauses.set(`${line.agencyId}|${f.code}`, { clause: f.clause, taskCode: task.code });
  const out: Draft[] = [];
  for (const i of c.indicators) {
    for (const a of i.byAgency) {
      const past = history.byAgency[a.agencyId]?.[i.code];
      if (past === undefined || a.value < FAR_ABOVE_RATIO * past || a.value - past < FAR_ABOVE_MIN_GAP) continue;
      const name = names.get(a.agencyId) ?? `#${a.agencyId}`;
      const from = clauses.get(`${a.agencyId}|${i.code}`);
      const ratio = past === 0 ? null : Math.round((a.value / past) * 10) / 10;
      out.push({
        id: `far-above:${a.agencyId}:${i.code}`,
        kind: 'far-above',
        severity: 'warning',
        agencyId: a.agencyId,
        agencyName: name,
        taskCode: from?.taskCode ?? null,
        message: `${name} báo cáo “${i.name}” là ${formatNumberVi(a.value)} ${i.unit.toLocaleLowerCase('vi')}, ${ratio === null ? 'trong khi cùng kỳ năm trước là 0' : `gấp ${formatNumberVi(ratio)} lần cùng kỳ năm trước (${formatNumberVi(past)})`}: đề nghị kiểm tra lại trước khi tổng hợp.`,
        source: from?.clause ?? `${i.name}: ${formatNumberVi(a.value)}`,
      });
    }
  }
  return out;
}

function leadMissingChecks(c: Consolidation): Draft[] {
  const counted = new Set(c.agencies.filter((a) => a.counted).map((a) => a.agencyId));
  const out: Draft[] = [];
  for (const t of c.tasks) {
    for (const r of t.roles) {
      if (r.role !== 'lead' || r.isGroup) continue;
      for (const h of r.holders) {
        if (counted.has(h.agencyId)) continue;
        out.push({
          id: `lead-missing:${h.agencyId}:${t.code}`,
          kind: 'lead-missing',
          severity: 'info',
          agencyId: h.agencyId,
          agencyName: h.name,
          taskCode: t.code,
          message: `Cơ quan chủ trì nhiệm vụ ${t.code} (${h.name}) chưa gửi báo cáo: đoạn tổng hợp của nhiệm vụ chỉ dựa vào báo cáo của các cơ quan phối hợp.`,
          source: null,
        });
      }
    }
  }
  return out;
}
