import { formatDateVi } from '../../../common/calendar/iso-date.js';
import { ACTIVITY_KINDS, type ActivityKind, type ActivitySummary } from '../../../common/contracts/activities.js';

/** What the sums need of an activity. */
export type ActivityFacts = {
  id: number;
  taskId: number;
  kind: ActivityKind;
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
  costDong: number | null;
  outputs: Array<{ code: string; breakdownKey: string; value: number }>;
};

/**
 * Does the activity count in the data window [from, to]? It counts in the window that holds its
 * first day, so an event running across the boundary is reported once, in the period it began —
 * the officer reports it as soon as it has happened, and the next period does not count it again.
 */
export function countsInWindow(activity: Pick<ActivityFacts, 'startsOn'>, from: string, to: string): boolean {
  return activity.startsOn >= from && activity.startsOn <= to;
}

/** Sums without binary-fraction noise, the way the consolidated report sums (0.1 + 0.2 is 0.3). */
export function add(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}

const keyOf = (code: string, breakdownKey: string) => `${code}\u0000${breakdownKey}`;

/** Indicator sums per (code, breakdown key), with the activities behind each, in a stable order. */
export function sumOutputs(
  activities: ActivityFacts[],
): Array<{ code: string; breakdownKey: string; value: number; activityIds: number[] }> {
  const cells = new Map<string, { code: string; breakdownKey: string; value: number; activityIds: number[] }>();
  for (const a of activities) {
    for (const o of a.outputs) {
      const key = keyOf(o.code, o.breakdownKey);
      const cell = cells.get(key) ?? { code: o.code, breakdownKey: o.breakdownKey, value: 0, activityIds: [] };
      cell.value = add(cell.value, o.value);
      if (!cell.activityIds.includes(a.id)) cell.activityIds.push(a.id);
      cells.set(key, cell);
    }
  }
  return [...cells.values()].sort(
    (x, y) => x.code.localeCompare(y.code) || x.breakdownKey.localeCompare(y.breakdownKey),
  );
}

/** Counts by kind, indicator sums and cost over the activities of a window (those outside it are ignored). */
export function summarise(activities: ActivityFacts[], from: string, to: string): ActivitySummary {
  const inside = activities.filter((a) => countsInWindow(a, from, to));
  const counts = new Map<ActivityKind, number>();
  for (const a of inside) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  return {
    from,
    to,
    count: inside.length,
    byKind: ACTIVITY_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind)! })),
    indicators: sumOutputs(inside).map(({ code, breakdownKey, value }) => ({ code, breakdownKey, value })),
    // Whole đồng are integers well inside 2^53, so plain addition is exact.
    costDong: inside.reduce((sum, a) => sum + (a.costDong ?? 0), 0),
  };
}

/** One line of drafted report text: "- 12/03/2025–14/03/2025: title, place". */
export function describeActivity(a: ActivityFacts): string {
  const when =
    a.endsOn !== a.startsOn ? `${formatDateVi(a.startsOn)}–${formatDateVi(a.endsOn)}` : formatDateVi(a.startsOn);
  return `- ${when}: ${a.title}${a.place ? `, ${a.place}` : ''}.`;
}

/**
 * A report drafted from the record: for each owed task, the activities of the window as "what was
 * done" lines in date order; every indicator summed over the window's activities (the officer edits
 * before approval). Activities against tasks not owed in this period are counted as unplaced.
 */
export function draftFromActivities(activities: ActivityFacts[], owedTaskIds: number[], from: string, to: string) {
  const inside = activities
    .filter((a) => countsInWindow(a, from, to))
    .sort((x, y) => x.startsOn.localeCompare(y.startsOn) || x.id - y.id);
  const owed = new Set(owedTaskIds);
  const lines = owedTaskIds
    .map((taskId) => {
      const own = inside.filter((a) => a.taskId === taskId);
      return { taskId, doneText: own.map(describeActivity).join('\n'), activityIds: own.map((a) => a.id) };
    })
    .filter((line) => line.activityIds.length > 0);
  return {
    lines,
    indicatorValues: sumOutputs(inside),
    unplaced: inside.filter((a) => !owed.has(a.taskId)).length,
  };
}

/**
 * The drafted lines with the response record's text added under its task (after the activities'),
 * in the order of the owed tasks; a task with response work only gets a line of its own.
 */
export function withResponseLines(
  lines: Array<{ taskId: number; doneText: string; activityIds: number[] }>,
  response: Array<{ taskId: number; doneText: string }>,
  owedTaskIds: number[],
) {
  return owedTaskIds.flatMap((taskId) => {
    const own = lines.find((l) => l.taskId === taskId);
    const added = response.filter((r) => r.taskId === taskId).map((r) => r.doneText);
    if (added.length === 0) return own ? [own] : [];
    const texts = [...(own && own.doneText !== '' ? [own.doneText] : []), ...added];
    return [{ taskId, doneText: texts.join('\n'), activityIds: own?.activityIds ?? [] }];
  });
}
