/**
 * Highlights of a task, chosen by rule from the agencies' clauses: events with foreign
 * participants or in foreign languages, firsts, the largest contributor of the task's figures, and
 * named events. A clause from a line a check flags is never chosen; its unchecked figures are taken
 * out. The coordinator may replace the choice (report-options.ts).
 */

import { foldDiacritics } from '../../../../common/text/vietnamese.js';
import type { TaskSynthesis } from '../consolidate.js';
import { type AgencyFigures, verifierFor } from './agency-figures.js';
import { isSubstantive, lowerFirst, NOUN_START, splitClauses, stripEnd, withoutUncheckedFigures } from './prose.js';

/** A clause that may be a highlight, with its score and the rules that gave it. */
export type HighlightCandidate = {
  agencyId: number;
  agencyName: string;
  /** "‹Cơ quan› ‹việc đã làm›" as it would print. */
  text: string;
  clause: string;
  score: number;
  reasons: Array<'foreign' | 'first' | 'largest' | 'named'>;
};

const FOREIGN =
  /nuoc ngoai|quoc te|dai su|lanh su|han quoc|nhat ban|trung quoc|\blao\b|campuchia|hoa ky|\bphap\b|\bduc\b|australia|singapore|thai lan|asean|unesco|kieu bao|viet kieu|nguoi viet nam o nuoc ngoai|tieng anh|tieng trung|song ngu|\bkbs\b|\bnhk\b|xinhua|tan hoa xa|reuters|\bafp\b|\bcnn\b|\bbbc\b|arirang|vtv4|vtv5|chau au|chau a/;
const FIRST = /lan dau|dau tien|ra mat|khai truong|khoi dong|thi diem/;
/** A quoted title or two capitalised words in a row ("Tân Trào", "Đài NHK"): a named event, place or outlet. */
const NAMED = /“[^”]{3,}”|\s\p{Lu}[\p{Ll}\p{Lu}]*\s\p{Lu}/u;

/** The most highlights a task paragraph carries. */
export const MAX_HIGHLIGHTS = 3;

/**
 * Scores every clause of a task's substantive lines. `largest` names the agencies that contribute
 * most to a figure placed on the task; `used` holds clauses already printed; `flagged` the
 * "agency|task" lines a check marks.
 */
export function highlightCandidates(
  task: TaskSynthesis,
  options: {
    figures: AgencyFigures;
    /** Indicator code → the agencies that gave the most of it. */
    largest: ReadonlyMap<string, ReadonlySet<number>>;
    used: ReadonlySet<string>;
    flagged: ReadonlySet<string>;
  },
): HighlightCandidate[] {
  const out: HighlightCandidate[] = [];
  const usable = (agencyId: number, clause: string) => {
    const { isVerified, isContradicted, codes } = verifierFor(options.figures, agencyId, clause);
    const clean = withoutUncheckedFigures(clause, isVerified, isContradicted);
    return clean ? { clean: stripEnd(clean), codes } : null;
  };
  for (const line of task.lines) {
    if (options.flagged.has(`${line.agencyId}|${task.code}`)) continue;
    if (!isSubstantive(line.doneText)) continue;
    // What was done is the highlight; the line's first result may follow it ("…; nhiều đoàn khách
    // quốc tế đến tham quan"), never stand alone without the deed it is the result of.
    const result = splitClauses(line.resultsText)
      .map((clause) => usable(line.agencyId, clause))
      .find((r) => r !== null && r.clean.length <= 120);
    splitClauses(line.doneText).forEach((clause, index) => {
      if (options.used.has(clause)) return;
      const done = usable(line.agencyId, clause);
      if (!done || done.clean.length < 35 || NOUN_START.test(lowerFirst(done.clean))) return;
      const withResult = index === 0 && result && done.clean.length + result.clean.length <= 250;
      const clean = withResult ? `${done.clean}; ${lowerFirst(result.clean)}` : done.clean;
      if (clean.length > 260) return;
      const codes = new Set([...done.codes, ...(withResult ? result.codes : [])]);
      const folded = foldDiacritics(clean);
      const reasons: HighlightCandidate['reasons'] = [];
      let score = 0;
      if (FOREIGN.test(folded)) {
        score += 3;
        reasons.push('foreign');
      }
      if (FIRST.test(folded)) {
        score += 3;
        reasons.push('first');
      }
      // The largest contributor of a figure, when this clause states that figure.
      if ([...codes].some((code) => options.largest.get(code)?.has(line.agencyId))) {
        score += 2;
        reasons.push('largest');
      }
      if (NAMED.test(clean.slice(1))) {
        score += 1;
        reasons.push('named');
      }
      out.push({
        agencyId: line.agencyId,
        agencyName: line.agencyName,
        text: `${line.agencyName} ${lowerFirst(clean)}`,
        clause,
        score,
        reasons,
      });
    });
  }
  return out;
}

/**
 * The best candidates worth printing (score ≥ `minScore`: 2 by default, 1 when the paragraph would
 * otherwise say almost nothing), one per agency, best first.
 */
export function chooseHighlights(
  candidates: readonly HighlightCandidate[],
  max = MAX_HIGHLIGHTS,
  minScore = 2,
): HighlightCandidate[] {
  const chosen: HighlightCandidate[] = [];
  const agencies = new Set<number>();
  const ranked = [...candidates]
    .filter((c) => c.score >= minScore)
    .sort((a, b) => b.score - a.score || a.text.length - b.text.length);
  for (const c of ranked) {
    if (agencies.has(c.agencyId)) continue;
    chosen.push(c);
    agencies.add(c.agencyId);
    if (chosen.length === max) break;
  }
  return chosen;
}
