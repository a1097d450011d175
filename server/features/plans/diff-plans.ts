import type { PlanJson, PlanJsonTask } from '../../../common/contracts/plan-json.js';
import { nameKey } from '../../../common/text/vietnamese.js';

export type TaskChange = { code: string; fields: string[]; before: Partial<PlanJsonTask>; after: Partial<PlanJsonTask> };
/** What a new version of a plan changes: tasks added, removed and changed (by code). */
export type PlanDiff = { added: Array<{ code: string; title: string }>; removed: Array<{ code: string; title: string }>; changed: TaskChange[]; unchanged: number };

const FIELDS = ['title', 'content', 'parent', 'lead', 'coordinators', 'implementers', 'guides', 'timeframe'] as const;

function sameValue(field: (typeof FIELDS)[number], a: PlanJsonTask, b: PlanJsonTask): boolean {
  const x = a[field];
  const y = b[field];
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => nameKey(v) === nameKey(y[i]!));
  if (field === 'title' || field === 'content') return nameKey(String(x ?? '')) === nameKey(String(y ?? ''));
  return JSON.stringify(x) === JSON.stringify(y);
}

/** Compares two versions task by task; names compare after normalisation, so "hoà"/"hòa" is no change. */
export function diffPlans(previous: PlanJson, next: PlanJson): PlanDiff {
  const before = new Map(previous.tasks.map((t) => [t.code, t]));
  const after = new Map(next.tasks.map((t) => [t.code, t]));
  const diff: PlanDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const task of next.tasks) {
    const old = before.get(task.code);
    if (!old) {
      diff.added.push({ code: task.code, title: task.title });
      continue;
    }
    const fields = FIELDS.filter((f) => !sameValue(f, old, task));
    if (fields.length === 0) diff.unchanged++;
    else diff.changed.push({ code: task.code, fields, before: Object.fromEntries(fields.map((f) => [f, old[f]])), after: Object.fromEntries(fields.map((f) => [f, task[f]])) });
  }
  for (const task of previous.tasks) if (!after.has(task.code)) diff.removed.push({ code: task.code, title: task.title });
  return diff;
}
