/**
 * Section II: one paragraph per plan task, written from the data in a fixed order — the lead
 * agency first (with its coordinators), then the task's figures from the one aggregation, then what
 * many agencies did in the same words as one sentence, then two or three highlights, then where a
 * task with a deadline stands. Agencies' lines themselves go to Phụ lục III.
 */

import { foldDiacritics } from '../../../../common/text/vietnamese.js';
import type { Consolidation, IndicatorTotal, TaskSynthesis } from '../consolidate.js';
import type { Highlights } from '../report-options.js';
import { proseFigures } from '../checks/prose-figures.js';
import { type AgencyFigures, agencyFigures, verifierFor } from './agency-figures.js';
import { indicatorPhrase } from './figures-text.js';
import { chooseHighlights, highlightCandidates, MAX_HIGHLIGHTS } from './highlights.js';
import { INDICATOR_PHRASES } from './indicator-phrases.js';
import { placeIndicators } from './indicator-placement.js';
import {
  agencyCountPhrase,
  type AgencyClause,
  type ClauseGroup,
  groupClauses,
  groupSentence,
} from './merge-phrases.js';
import {
  contentWords,
  formatDateShort,
  isSubstantive,
  joinVi,
  lowerFirst,
  shortTitle,
  splitClauses,
  stripEnd,
  upperFirst,
  NOUN_START,
  withoutUncheckedFigures,
  wordSimilarity,
} from './prose.js';

export { placeIndicators } from './indicator-placement.js';

/** A task's paragraph and what it was built from (the screen shows the highlights to edit). */
export type TaskParagraph = {
  taskId: number;
  code: string;
  heading: string;
  isGroup: boolean;
  text: string;
  /** The highlights chosen by rule, and the ones printed (the coordinator's when edited). */
  highlights: { auto: string[]; printed: string[]; edited: boolean };
  /** Did anything happen: substantive lines or non-zero figures. */
  hasResults: boolean;
  /** For a task with a deadline in the year: where its lead says it stands. */
  deadline: { due: string | null; status: 'done' | 'in-progress' | 'not-started' | 'unreported' } | null;
};

/** Timeframes that mean "always running": reported work on them is on track, never unfinished. */
export const ROUTINE_TIMEFRAMES = new Set(['continuous', 'annual', 'recurring']);

/** Does the task run all year ("Thường xuyên", "Hàng năm") rather than end by a date? */
export function isRoutine(task: Pick<TaskSynthesis, 'timeframeKind'>): boolean {
  return task.timeframeKind === null || ROUTINE_TIMEFRAMES.has(task.timeframeKind);
}

type Build = {
  c: Consolidation;
  figures: AgencyFigures;
  flagged: ReadonlySet<string>;
  highlights: Highlights;
  placed: ReturnType<typeof placeIndicators>;
};

/** Every task's paragraph, in plan order. */
export function synthesiseTasks(
  c: Consolidation,
  flagged: ReadonlySet<string>,
  highlights: Highlights,
): TaskParagraph[] {
  const b: Build = { c, figures: agencyFigures(c), flagged, highlights, placed: placeIndicators(c) };
  const parents = new Set(c.tasks.flatMap((t) => (t.parentId === null ? [] : [t.parentId])));
  return c.tasks.map((t, index) => taskParagraph(b, t, parents.has(t.id), index));
}

/** Section II as text: an opening sentence, then each task's heading and paragraph. */
export function resultsSection(c: Consolidation, paragraphs: readonly TaskParagraph[]): string {
  const out = [
    'Các cơ quan, đơn vị, địa phương đã triển khai các nhiệm vụ được giao tại Kế hoạch; kết quả cụ thể như sau (số liệu chi tiết tại Phụ lục I và Phụ lục II kèm theo):',
  ];
  for (const p of paragraphs) {
    out.push(`${p.code}. ${p.heading}`);
    if (p.text) out.push(p.text);
  }
  const other = placeIndicators(c)
    .other.map(indicatorPhrase)
    .filter((x): x is string => x !== null);
  if (other.length > 0) out.push(`Kết quả một số chỉ tiêu khác: ${other.join('; ')}.`);
  return out.join('\n');
}

const HIGHLIGHT_OPENERS = ['Một số hoạt động nổi bật:', 'Nổi bật là:', 'Đáng chú ý:'];

function taskParagraph(b: Build, task: TaskSynthesis, isGroup: boolean, index: number): TaskParagraph {
  const lines = task.lines.filter((l) => isSubstantive([l.doneText, l.resultsText].join(' ')));
  const placed = (b.placed.byTask.get(task.id) ?? []).filter((i) => i.total !== 0);
  const sentences: string[] = [];
  const used = new Set<string>();
  const spokenCodes = new Set<string>();

  const staffing = staffingSentence(b.c, task);
  if (staffing) sentences.push(staffing);

  const primary = primaryHolders(task);
  const primaryIds = new Set(primary.holders.map((h) => h.agencyId));
  const named = new Set([...primaryIds, ...primary.guideIds]);
  const lead = leadSentence(b, task, primary, used, spokenCodes);
  if (lead) sentences.push(lead);

  const figures = figuresSentence(placed, spokenCodes, primaryIds, b);
  if (figures) sentences.push(figures);

  // What several others wrote in nearly the same words, as one sentence per group.
  // (what was done, not the results: "đạt yêu cầu" from seventeen agencies says nothing)
  const others: AgencyClause[] = lines
    .filter((l) => !named.has(l.agencyId) && !b.flagged.has(`${l.agencyId}|${task.code}`))
    .flatMap((l) =>
      splitClauses(l.doneText).map((clause) => ({
        agencyId: l.agencyId,
        agencyName: l.agencyName,
        kind: b.c.context.agencyKinds[l.agencyId] ?? null,
        clause,
      })),
    );
  // What several agencies said of the task's own figures is the figures sentence's to say, once.
  const placedCodes = new Set(placed.map((i) => i.code));
  const allGroups = groupClauses(others.filter((o) => !proseFigures(o.clause).some((f) => placedCodes.has(f.code))));
  // A clause several agencies share is generic: never a highlight, even when its group is not printed.
  // (A group whose members name their own places has no common wording: its clauses stay specific.)
  for (const g of allGroups)
    if (g.members.length >= 2 && g.representative) for (const m of g.members) used.add(m.clause);
  const groups = allGroups
    .filter((g) => g.members.length >= 2 && g.representative !== '')
    .sort((x, y) => y.members.length - x.members.length);
  for (const g of mergeSameMembers(groups).slice(0, 2)) {
    sentences.push(`${upperFirst(g.sentence)}.`);
    for (const m of g.clauses) used.add(m);
  }

  const largest = new Map(placed.map((i) => [i.code, new Set(topContributor(i))]));
  // The lead already spoke first: highlights come from the others.
  const auto = chooseHighlights(
    highlightCandidates(
      { ...task, lines: lines.filter((l) => !named.has(l.agencyId)) },
      { figures: b.figures, largest, used, flagged: b.flagged },
    ),
    lead ? MAX_HIGHLIGHTS - 1 : MAX_HIGHLIGHTS,
    sentences.length < 2 ? 1 : 2,
  ).map((h) => h.text);
  const edited = b.highlights[task.code];
  const printed = edited ?? auto;
  if (printed.length > 0)
    sentences.push(`${HIGHLIGHT_OPENERS[index % HIGHLIGHT_OPENERS.length]} ${printed.map(stripEnd).join('; ')}.`);

  const deadline = deadlineOf(b.c, task, primary.holders);
  const status = deadline && deadlineSentence(deadline, primary.holders);
  if (status) sentences.push(status);

  const hasResults = lines.length > 0 || placed.length > 0 || staffing !== null;
  if (!hasResults && !isGroup)
    sentences.push(`Chưa có cơ quan, đơn vị báo cáo kết quả cụ thể đối với nhiệm vụ ${task.code}.`);
  return {
    taskId: task.id,
    code: task.code,
    heading: shortTitle(task.title),
    isGroup,
    text: sentences.join(' '),
    highlights: { auto, printed, edited: edited !== undefined },
    hasResults,
    deadline,
  };
}

type Primary = {
  holders: Array<{ agencyId: number; name: string }>;
  guides: string[];
  guideIds: number[];
  verb: 'lead' | 'implement';
};

/** The agencies that speak first: the lead; else the implementers, under their guiding bodies. */
function primaryHolders(task: TaskSynthesis): Primary {
  const named = (role: string) => task.roles.filter((r) => r.role === role && !r.isGroup).flatMap((r) => r.holders);
  const unique = <T extends { agencyId: number }>(xs: T[]) => [...new Map(xs.map((x) => [x.agencyId, x])).values()];
  const leads = unique(named('lead'));
  if (leads.length > 0) return { holders: leads, guides: [], guideIds: [], verb: 'lead' };
  const guides = unique(named('guide'));
  return {
    holders: unique(named('implementer')),
    guides: guides.map((g) => g.name),
    guideIds: guides.map((g) => g.agencyId),
    verb: 'implement',
  };
}

/** The lead's own words (figures checked against its indicators), after its name and coordinators. */
function leadSentence(
  b: Build,
  task: TaskSynthesis,
  primary: Primary,
  used: Set<string>,
  spokenCodes: Set<string>,
): string | null {
  const parts: Array<{ names: string[]; text: string; words: Set<string> }> = [];
  for (const holder of primary.holders.slice(0, 6)) {
    const line = task.lines.find((l) => l.agencyId === holder.agencyId);
    const text = line ? [line.doneText, line.resultsText].filter(Boolean).join('; ') : '';
    if (!line || !isSubstantive(text) || b.flagged.has(`${holder.agencyId}|${task.code}`)) continue;
    const clauses: string[] = [];
    for (const clause of splitClauses(text)) {
      const { isVerified, isContradicted, codes } = verifierFor(b.figures, holder.agencyId, clause);
      const clean = withoutUncheckedFigures(clause, isVerified, isContradicted);
      // A clause that opens with a noun ("các tin, bài …") only continues the one before it.
      if (!clean || (clauses.length === 0 && NOUN_START.test(lowerFirst(clean)))) continue;
      clauses.push(lowerFirst(stripEnd(clean)));
      used.add(clause);
      for (const code of codes) spokenCodes.add(code);
      // One clause of the lead's own words, two when the first is short: the rest is in Phụ lục III.
      if (clauses.length === 2 || clauses.join('; ').length > 90) break;
    }
    if (clauses.length === 0) continue;
    const joined = clauses.join('; ');
    const words = contentWords(joined);
    // Implementers who wrote the same thing are named together, once.
    const same = parts.find((p) => wordSimilarity(p.words, words) >= SAME_NAMED_SIMILARITY);
    if (same) same.names.push(holder.name);
    else parts.push({ names: [holder.name], text: joined, words });
  }
  if (parts.length === 0) return null;
  const sentences = parts.map((p) => `${joinNames(p.names)} ${p.text}`);
  if (primary.verb === 'lead' && primary.holders.length === 1) {
    const leadId = primary.holders[0]!.agencyId;
    const coordinators = task.roles
      .filter((r) => r.role === 'coordinator' && !r.isGroup)
      .flatMap((r) => r.holders)
      .filter(
        (h) => h.agencyId !== leadId && task.lines.some((l) => l.agencyId === h.agencyId && isSubstantive(l.doneText)),
      )
      .map((h) => h.name);
    const name = parts[0]!.names[0]!;
    const rest = parts[0]!.text;
    if (coordinators.length > 0 && !/^(chủ trì|phối hợp|tham mưu)/u.test(rest))
      sentences[0] = `${name} chủ trì, phối hợp với ${joinNames([...new Set(coordinators)].slice(0, 3))} ${rest}`;
  }
  const guided = primary.guides.length > 0 ? `${joinNames(primary.guides)} chỉ đạo, hướng dẫn; ` : '';
  return `${upperFirst(guided + sentences.join('; '))}.`;
}

/** Agencies named together must have written nearly the same words (each one's specifics would be lost). */
const SAME_NAMED_SIMILARITY = 0.75;

/** Agency names joined by commas: names often contain "và" themselves. */
function joinNames(names: readonly string[]): string {
  return names.join(', ');
}

/** Groups of the same agencies (their first and second clauses) become one sentence. */
function mergeSameMembers(groups: readonly ClauseGroup[]): Array<{ sentence: string; clauses: string[] }> {
  const out: Array<{ ids: Set<number>; group: ClauseGroup; extra: string[]; clauses: string[] }> = [];
  for (const g of groups) {
    const ids = new Set(g.members.map((m) => m.agencyId));
    const same = out.find((o) => o.ids.size === ids.size && [...ids].every((id) => o.ids.has(id)));
    if (same) {
      same.extra.push(lowerFirst(g.representative));
      same.clauses.push(...g.members.map((m) => m.clause));
    } else out.push({ ids, group: g, extra: [], clauses: g.members.map((m) => m.clause) });
  }
  return out.map((o) => ({
    sentence: [groupSentence(o.group), ...o.extra].join('; '),
    clauses: o.clauses,
  }));
}

/** The agencies that gave the largest share of a figure (ties included). */
function topContributor(i: IndicatorTotal): number[] {
  const max = Math.max(0, ...i.byAgency.map((a) => a.value));
  return max > 0 ? i.byAgency.filter((a) => a.value === max).map((a) => a.agencyId) : [];
}

/** "Trong kỳ, 4 cơ quan báo chí đã đăng, phát 2.655 tin, bài …": totals grouped by who gave them. */
function figuresSentence(
  placed: readonly IndicatorTotal[],
  spokenCodes: ReadonlySet<string>,
  primaryIds: ReadonlySet<number>,
  b: Build,
): string | null {
  const kinds = b.c.context.agencyKinds;
  const names = new Map(b.c.agencies.map((a) => [a.agencyId, a.agencyName]));
  const groups = new Map<string, { subject: string; phrases: string[] }>();
  const groupOf = new Map<string, string>();
  const said = (i: IndicatorTotal) => {
    const contributors = i.byAgency.filter((a) => a.value !== 0).map((a) => a.agencyId);
    // Already said in the lead's own words, and the lead gave it all: not twice.
    return spokenCodes.has(i.code) && contributors.every((id) => primaryIds.has(id));
  };
  for (const i of placed) {
    const continues = INDICATOR_PHRASES[i.code]?.continues;
    if (continues || said(i)) continue;
    const phrase = indicatorPhrase(i);
    if (!phrase) continue;
    const contributors = i.byAgency.filter((a) => a.value !== 0).map((a) => a.agencyId);
    const key = [...contributors].sort((x, y) => x - y).join(',');
    const subject =
      contributors.length === 1
        ? (names.get(contributors[0]!) ?? 'các cơ quan, đơn vị')
        : agencyCountPhrase(
            contributors.length,
            contributors.map((id) => kinds[id] ?? null),
          );
    const group = groups.get(key) ?? { subject, phrases: [] };
    group.phrases.push(phrase);
    groups.set(key, group);
    groupOf.set(i.code, key);
  }
  // "…, trong đó bằng tiếng nước ngoài …" follows the phrase it details, whoever gave the detail.
  for (const i of placed) {
    const head = INDICATOR_PHRASES[i.code]?.continues;
    const key = head && groupOf.get(head);
    const phrase = key ? indicatorPhrase(i) : null;
    if (!key || !phrase) continue;
    const group = groups.get(key)!;
    const at = group.phrases.findIndex((p) => p === indicatorPhrase(placed.find((x) => x.code === head)!));
    group.phrases[at] += `, ${phrase}`;
  }
  if (groups.size === 0) return null;
  const clauses = [...groups.values()].map((g) => `${g.subject} đã ${joinVi(g.phrases)}`);
  return `Trong kỳ, ${clauses.join('; ')}.`;
}

/** Task 2.2-like tasks ("bố trí nhân sự phụ trách"): the registry of focal officials answers them. */
function staffingSentence(c: Consolidation, task: TaskSynthesis): string | null {
  const focal = c.context.focal;
  if (!focal || !/bo tri nhan su|phan cong (lanh dao|can bo)|nguoi phat ngon/.test(foldDiacritics(task.title)))
    return null;
  const short = focal.expected - focal.withBoth;
  return [
    `Đến ngày ${formatDateShort(c.period.windowTo)}, ${focal.withBoth}/${focal.expected} cơ quan, đơn vị, địa phương đã phân công một lãnh đạo phụ trách và một công chức, viên chức làm đầu mối công tác thông tin đối ngoại`,
    short > 0 ? `; ${short} cơ quan, đơn vị chưa phân công đủ đầu mối` : '',
    focal.spokespersons > 0 ? `; ${focal.spokespersons} cơ quan, đơn vị đã công bố người phát ngôn.` : '.',
  ].join('');
}

function deadlineOf(
  c: Consolidation,
  task: TaskSynthesis,
  holders: ReadonlyArray<{ agencyId: number }>,
): TaskParagraph['deadline'] {
  if (isRoutine(task)) return null;
  const leadLines = task.lines.filter((l) => holders.some((h) => h.agencyId === l.agencyId));
  const status: NonNullable<TaskParagraph['deadline']>['status'] =
    leadLines.length === 0
      ? 'unreported'
      : leadLines.every((l) => l.status === 'done')
        ? 'done'
        : leadLines.every((l) => l.status === 'not-started')
          ? 'not-started'
          : 'in-progress';
  return { due: task.timeframeDue ?? `${c.period.year}-12-31`, status };
}

function deadlineSentence(
  deadline: NonNullable<TaskParagraph['deadline']>,
  holders: ReadonlyArray<{ name: string }>,
): string | null {
  const who = joinVi(holders.map((h) => h.name)) || 'Các cơ quan được giao';
  const due = deadline.due ? formatDateShort(deadline.due) : null;
  switch (deadline.status) {
    case 'done':
      return 'Nhiệm vụ đã hoàn thành.';
    case 'in-progress':
      return `${who} đang tiếp tục triển khai${due ? `, bảo đảm hoàn thành trước ngày ${due}` : ''}.`;
    case 'not-started':
      return `Nhiệm vụ chưa được triển khai trong kỳ; ${lowerFirst(who)} cần khẩn trương thực hiện${due ? ` để hoàn thành trước ngày ${due}` : ''}.`;
    case 'unreported':
      return null;
  }
}
