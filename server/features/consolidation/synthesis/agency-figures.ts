/**
 * Each agency's own indicator figures, by "CODE|key" ('' key = its total): the only numbers of an
 * agency's words the report may repeat, because they are cells of Phụ lục II.
 */

import { proseFigures } from '../checks/prose-figures.js';
import type { Consolidation } from '../consolidate.js';
import type { Quantity } from './prose.js';

/** Agency id → "CODE|key" → value. */
export type AgencyFigures = Map<number, Map<string, number>>;

/**
 * The figures every agency entered, read from the consolidation's indicator totals: its totals
 * (Phụ lục II prints them) and, when it gave a breakdown value alone, that value (Phụ lục I prints it).
 */
export function agencyFigures(
  c: Pick<Consolidation, 'indicators'>,
  options: { breakdowns?: 'all' | 'printed' } = {},
): AgencyFigures {
  const out: AgencyFigures = new Map();
  for (const i of c.indicators) {
    const keyTotals = new Map(i.byBreakdown.map((b) => [b.key, b.value]));
    for (const a of i.byAgency) {
      const mine = out.get(a.agencyId) ?? new Map<string, number>();
      mine.set(`${i.code}|`, a.value);
      for (const [k, v] of Object.entries(a.byBreakdown))
        if (options.breakdowns === 'all' || keyTotals.get(k) === v) mine.set(`${i.code}|${k}`, v);
      out.set(a.agencyId, mine);
    }
  }
  return out;
}

/**
 * A quantity of an agency's clause may be printed when the clause states it as an indicator figure
 * and it equals what the agency entered for that figure. Returns the codes so kept, too.
 */
export function verifierFor(
  figures: AgencyFigures,
  agencyId: number,
  clause: string,
): { isVerified: (q: Quantity) => boolean; isContradicted: (q: Quantity) => boolean; codes: Set<string> } {
  const own = figures.get(agencyId);
  const all = proseFigures(clause);
  const stated = all.filter((f) => own?.get(`${f.code}|${f.key}`) === f.value);
  const contradicted = all.filter((f) => !stated.includes(f));
  return {
    isVerified: (q) => stated.some((f) => f.value === q.value),
    isContradicted: (q) => contradicted.some((f) => f.value === q.value),
    codes: new Set(stated.map((f) => f.code)),
  };
}
