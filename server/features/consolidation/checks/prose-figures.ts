/**
 * The figures an agency states in its own words ("tổ chức 02 cuộc họp báo định kỳ"), read with the
 * indicator phrases' patterns, so they can be compared with the figures it entered as indicators.
 */

import { foldDiacritics } from '../../../../common/text/vietnamese.js';
import { INDICATOR_PHRASES } from '../synthesis/indicator-phrases.js';
import { parseNumberVi, splitClauses } from '../synthesis/prose.js';

/** One figure found in an agency's text. */
export type ProseFigure = {
  code: string;
  /** Breakdown key the words name; '' for the indicator's total. */
  key: string;
  value: number;
  /** The clause it was read from, as the agency wrote it. */
  clause: string;
};

/** Every indicator figure stated in a text, clause by clause (one figure per pattern and clause). */
export function proseFigures(text: string, codes?: ReadonlySet<string>): ProseFigure[] {
  const all = FIGURES.get(text) ?? readFigures(text);
  if (!FIGURES.has(text)) {
    if (FIGURES.size > 50_000) FIGURES.clear();
    FIGURES.set(text, all);
  }
  return codes ? all.filter((f) => codes.has(f.code)) : all;
}
const FIGURES = new Map<string, ProseFigure[]>();

function readFigures(text: string): ProseFigure[] {
  const out: ProseFigure[] = [];
  for (const clause of splitClauses(text)) {
    const folded = foldDiacritics(clause);
    // Most clauses state no figure at all.
    if (!/\d/.test(folded)) continue;
    for (const [code, phrase] of Object.entries(INDICATOR_PHRASES)) {
      for (const { pattern, key } of phrase.prose ?? []) {
        const m = pattern.exec(folded);
        if (!m?.[1]) continue;
        const value = parseNumberVi(m[1]);
        if (!Number.isFinite(value)) continue;
        // A number that is part of a date or a symbol ("15/5", "57-KL") is not a count.
        const before = folded.slice(0, m.index);
        if (/[/-]$/.test(before) || /\d[/.]$/.test(before)) continue;
        out.push({ code, key: key ?? '', value, clause });
      }
    }
  }
  return out;
}
