/**
 * Section V, requests: the agencies' proposals merged by topic and wording, the ones for the
 * ministry in charge under its name, those for other central bodies and those a provincial body can
 * settle under that body's name.
 */

import type { Consolidation } from '../consolidate.js';
import { lowerFirst, stripEnd } from './prose.js';
import { groupedProposals } from './remark-topics.js';
import { ministryOn } from './report-form.js';

/** Section V as text. */
export function proposalsSection(c: Consolidation): string {
  const ministry = ministryOn(c.period.dueOn);
  const merged = groupedProposals(c, ministry);
  if (merged.length === 0) return 'Không có đề xuất, kiến nghị.';
  const cite = (k: number) => (k > 1 ? ` (${k} cơ quan, đơn vị đề xuất)` : '');
  const line = (m: (typeof merged)[number]) => {
    const name = m.to.kind !== 'ministry' ? m.to.name : null;
    return `- ${name ? `${name}: ${lowerFirst(stripEnd(m.text))}` : stripEnd(m.text)}${cite(m.agencies)}.`;
  };
  const parts = [
    { title: `Đối với ${ministry}`, items: merged.filter((m) => m.to.kind === 'ministry') },
    { title: 'Đối với các bộ, ngành Trung ương', items: merged.filter((m) => m.to.kind === 'central') },
    { title: 'Đối với các cơ quan của tỉnh', items: merged.filter((m) => m.to.kind === 'province') },
  ].filter((p) => p.items.length > 0);
  return parts.flatMap((p, i) => [`${i + 1}. ${p.title}`, ...p.items.map(line)]).join('\n');
}
