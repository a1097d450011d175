/**
 * Where each indicator's total is written: in section I (direction, budget), under the broadest
 * plan task whose title names it (its parent when several siblings do), or among "other results".
 */

import { foldDiacritics } from '../../../../common/text/vietnamese.js';
import type { Consolidation, IndicatorTotal, TaskSynthesis } from '../consolidate.js';
import { INDICATOR_PHRASES, placedOnTask } from './indicator-phrases.js';

/** Where each indicator's total is written: section I, a task, or the closing "other results". */
export function placeIndicators(c: Pick<Consolidation, 'tasks' | 'indicators'>): {
  direction: IndicatorTotal[];
  byTask: Map<number, IndicatorTotal[]>;
  other: IndicatorTotal[];
} {
  const byTask = new Map<number, IndicatorTotal[]>();
  const direction: IndicatorTotal[] = [];
  const other: IndicatorTotal[] = [];
  const byId = new Map(c.tasks.map((t) => [t.id, t]));
  const isAncestor = (a: TaskSynthesis, b: TaskSynthesis) => b.code.startsWith(`${a.code}.`);
  for (const i of c.indicators) {
    const phrase = INDICATOR_PHRASES[i.code];
    if (phrase?.placement === 'direction' || (!phrase && /chi dao|dieu hanh/.test(foldDiacritics(i.groupName)))) {
      direction.push(i);
      continue;
    }
    let matches = c.tasks.filter((t) => placedOnTask(i.code, t));
    matches = matches.filter((t) => !matches.some((a) => a !== t && isAncestor(a, t)));
    // The broadest task that names it: "quảng bá hình ảnh" is task 4's subject, only a purpose of 2.3.1.
    const depth = Math.min(...matches.map((t) => t.depth));
    matches = matches.filter((t) => t.depth === depth);
    const parent = matches[0]?.parentId;
    // Several sibling tasks name it ("xuất bản ấn phẩm" under 7.1, 7.2, 7.3): it goes under their parent.
    const target =
      matches.length > 1 && parent != null && matches.every((t) => t.parentId === parent)
        ? byId.get(parent)
        : matches[0];
    if (target) byTask.set(target.id, [...(byTask.get(target.id) ?? []), i]);
    else other.push(i);
  }
  return { direction, byTask, other };
}
