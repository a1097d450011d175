/**
 * Section I, direction: the plan issued and what it assigns, the agencies' own plans, the
 * directive documents issued, the reorganisations of the period that moved duties, the budget.
 */

import type { Consolidation } from '../consolidate.js';
import { indicatorPhrase } from './figures-text.js';
import { formatDateShort, joinVi, upperFirst } from './prose.js';
import { planReference, reorganisationClauses } from './report-form.js';
import { placeIndicators } from './task-synthesis.js';

/** Section I as text. */
export function directionSection(c: Consolidation): string {
  const out: string[] = [];
  const leaves = c.tasks.filter((t) => !c.tasks.some((x) => x.parentId === t.id)).length;
  out.push(
    `Ủy ban nhân dân tỉnh đã ban hành ${planReference(c, false)}${leaves > 0 ? `, xác định ${leaves} nhiệm vụ trọng tâm` : ''}${c.counts.expected > 0 ? ` và phân công cụ thể cho ${c.counts.expected} cơ quan, đơn vị, địa phương` : ''}.`,
  );

  const placed = placeIndicators(c).direction;
  const documents = placed.filter((i) => i.unit.toLocaleLowerCase('vi') === 'văn bản');
  const budget = placed.filter((i) => !documents.includes(i));
  const plans = c.context.agencyPlans;
  const follow: string[] = [];
  if (plans)
    follow.push(
      `${plans.submitted}/${plans.expected} cơ quan, đơn vị, địa phương đã xây dựng, ban hành kế hoạch công tác thông tin đối ngoại năm ${c.period.year} của cơ quan, đơn vị mình`,
    );
  const docs = documents.map(indicatorPhrase).filter((x): x is string => x !== null);
  if (docs.length > 0) follow.push(`các cơ quan, đơn vị đã ${joinVi(docs)}`);
  if (follow.length > 0) out.push(`Thực hiện Kế hoạch, ${follow.join('; ')}.`);

  const moves = reorganisationClauses(c.context.events, c.period.windowFrom, c.period.windowTo);
  if (moves.length > 0) {
    const said = moves.map((m) => `từ ngày ${formatDateShort(m.date)}, ${m.clauses.join('; ')}`).join('; ');
    out.push(
      `Thực hiện sắp xếp tổ chức bộ máy, ${said}. Các nhiệm vụ của Kế hoạch do cơ quan tiếp nhận chức năng tiếp tục thực hiện.`,
    );
  }

  const money = budget.map(indicatorPhrase).filter((x): x is string => x !== null);
  if (money.length > 0) out.push(`${upperFirst(`các cơ quan, đơn vị đã ${joinVi(money)} trong kỳ`)}.`);
  return out.join('\n');
}
