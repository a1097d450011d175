import type { PlanJson, PlanJsonTask } from '../../../common/contracts/plan-json.js';
import { nameKey, similarity } from '../../../common/text/vietnamese.js';

/** A task found in both versions whose content differs (`previousCode` differs when it was renumbered too). */
export type TaskChange = {
  code: string;
  previousCode: string;
  title: string;
  /** How alike the two titles are, 0–1 (1 for the same title). */
  similarity: number;
  fields: string[];
  before: Partial<PlanJsonTask>;
  after: Partial<PlanJsonTask>;
};
/** What a new version of a plan changes: tasks added, removed, changed and only renumbered, paired by content. */
export type PlanDiff = {
  added: Array<{ code: string; title: string }>;
  removed: Array<{ code: string; title: string }>;
  changed: TaskChange[];
  renumbered: Array<{ code: string; previousCode: string; title: string }>;
  unchanged: number;
};

const FIELDS = ['title', 'content', 'parent', 'lead', 'coordinators', 'implementers', 'guides', 'timeframe'] as const;
const ROLE_FIELDS = ['lead', 'coordinators', 'implementers', 'guides'] as const;

/** Below this title likeness two tasks are different tasks, whatever their numbers and roles. */
const MIN_TITLE_LIKENESS = 0.4;

function titleLikeness(a: PlanJsonTask, b: PlanJsonTask): number {
  if (nameKey(a.title) === nameKey(b.title)) return 1;
  return similarity(a.title, b.title);
}

/** Share of (role, agency) pairs the two tasks have in common (Jaccard); 1 when neither names anyone. */
function roleLikeness(a: PlanJsonTask, b: PlanJsonTask): number {
  const pairs = (task: PlanJsonTask) =>
    new Set(ROLE_FIELDS.flatMap((f) => task[f].map((name) => `${f}|${nameKey(name)}`)));
  const x = pairs(a);
  const y = pairs(b);
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const pair of x) if (y.has(pair)) shared++;
  return shared / (x.size + y.size - shared);
}

/**
 * Pairs the tasks of two versions by what they say, not by their numbers: a task inserted at 2.1
 * shifts every later number, and pairing by number would show "Quán triệt…" changed into "Sản xuất
 * chương trình…". Candidates need alike titles; the best pairs are taken first (title likeness,
 * then shared roles, then an unchanged number as the last tie-breaker, for repeated headings).
 * Hand-written: the candidate scoring is ours, and 40 × 40 tasks need no assignment library.
 */
export function pairTasks(previous: PlanJsonTask[], next: PlanJsonTask[]): Array<[number, number, number]> {
  const candidates: Array<{ i: number; j: number; title: number; score: number }> = [];
  for (const [i, a] of previous.entries()) {
    for (const [j, b] of next.entries()) {
      const title = titleLikeness(a, b);
      if (title < MIN_TITLE_LIKENESS) continue;
      const score = title * 0.7 + roleLikeness(a, b) * 0.25 + (a.code === b.code ? 0.05 : 0);
      candidates.push({ i, j, title, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  const pairs: Array<[number, number, number]> = [];
  for (const c of candidates) {
    if (usedBefore.has(c.i) || usedAfter.has(c.j)) continue;
    usedBefore.add(c.i);
    usedAfter.add(c.j);
    pairs.push([c.i, c.j, c.title]);
  }
  return pairs;
}

function sameValue(field: (typeof FIELDS)[number], a: PlanJsonTask, b: PlanJsonTask, parentOf: string | null): boolean {
  if (field === 'parent') return (parentOf ?? null) === (b.parent ?? null);
  const x = a[field];
  const y = b[field];
  // The same printed list read with or without the registry's names ("các cơ quan báo chí, đơn vị
  // lực lượng vũ trang" as one name or two) is no change: compare the lists as printed, joined.
  if (Array.isArray(x) && Array.isArray(y)) return nameKey(x.join(', ')) === nameKey(y.join(', '));
  if (field === 'title' || field === 'content') return nameKey(String(x ?? '')) === nameKey(String(y ?? ''));
  return JSON.stringify(x) === JSON.stringify(y);
}

/** Compares two versions task by task, paired by content; names compare after normalisation, so "hoà"/"hòa" is no change. */
export function diffPlans(previous: PlanJson, next: PlanJson): PlanDiff {
  const pairs = pairTasks(previous.tasks, next.tasks);
  // A parent "changes" only when the task moved under another task, not when both were renumbered.
  const newCodeOf = new Map(pairs.map(([i, j]) => [previous.tasks[i]!.code, next.tasks[j]!.code]));
  const diff: PlanDiff = { added: [], removed: [], changed: [], renumbered: [], unchanged: 0 };
  const pairedBefore = new Set(pairs.map(([i]) => i));
  const pairedAfter = new Map(pairs.map(([i, j, title]) => [j, { i, title }]));
  for (const [j, task] of next.tasks.entries()) {
    const pair = pairedAfter.get(j);
    if (!pair) {
      diff.added.push({ code: task.code, title: task.title });
      continue;
    }
    const old = previous.tasks[pair.i]!;
    const parentOf = old.parent === null ? null : (newCodeOf.get(old.parent) ?? `~${old.parent}`);
    const fields = FIELDS.filter((f) => !sameValue(f, old, task, parentOf));
    if (fields.length > 0)
      diff.changed.push({
        code: task.code,
        previousCode: old.code,
        title: task.title,
        similarity: Math.round(pair.title * 100) / 100,
        fields,
        before: Object.fromEntries(fields.map((f) => [f, old[f]])),
        after: Object.fromEntries(fields.map((f) => [f, task[f]])),
      });
    else if (old.code !== task.code)
      diff.renumbered.push({ code: task.code, previousCode: old.code, title: task.title });
    else diff.unchanged++;
  }
  for (const [i, task] of previous.tasks.entries())
    if (!pairedBefore.has(i)) diff.removed.push({ code: task.code, title: task.title });
  return diff;
}
