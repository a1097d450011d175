/**
 * Merging what many agencies wrote in nearly the same words into one sentence: "17 cơ quan, đơn
 * vị đã quán triệt …" instead of seventeen lines. Clauses are grouped by shared content words
 * (numbers and the agencies' own names left out); the clause closest to the others speaks for all.
 */

import type { AgencyKind } from '../../../db/schema/organisations.js';
import { contentWords, lowerFirst, NOUN_START, stripEnd, withoutUncheckedFigures, wordSimilarity } from './prose.js';

/** One clause of one agency's line. */
export type AgencyClause = { agencyId: number; agencyName: string; kind: AgencyKind | null; clause: string };

/** Clauses that say the same thing, and the one that says it for all. */
export type ClauseGroup = { members: AgencyClause[]; representative: string };

/** Two clauses sharing at least this share of content words say the same thing. */
export const SAME_PHRASE_SIMILARITY = 0.5;

/**
 * Groups clauses of different agencies that say the same thing (greedy, in the given order; an
 * agency counts once per group). The representative has its figures taken out: it speaks for many.
 */
export function groupClauses(clauses: readonly AgencyClause[]): ClauseGroup[] {
  const words = clauses.map((c) => contentWords(c.clause, [c.agencyName]));
  // Clauses with the same content words (most template wordings, figures aside) are compared once.
  const keys = words.map((w) => [...w].sort().join(' '));
  const groups: Array<{ indexes: number[]; agencies: Set<number>; keys: Set<string>; shapes: number[] }> = [];
  clauses.forEach((c, i) => {
    let best: (typeof groups)[number] | undefined;
    let bestScore = 0;
    for (const g of groups) {
      if (g.agencies.has(c.agencyId)) continue;
      // Complete linkage: a clause joins only if it says the same as every member, not just the first
      // (members with the same words are one shape).
      const score = g.keys.has(keys[i]!) ? 1 : Math.min(...g.shapes.map((j) => wordSimilarity(words[i]!, words[j]!)));
      if (score >= SAME_PHRASE_SIMILARITY && score > bestScore) {
        best = g;
        bestScore = score;
        if (score === 1) break;
      }
    }
    if (best) {
      best.indexes.push(i);
      best.agencies.add(c.agencyId);
      if (!best.keys.has(keys[i]!)) {
        best.keys.add(keys[i]!);
        best.shapes.push(i);
      }
    } else groups.push({ indexes: [i], agencies: new Set([c.agencyId]), keys: new Set([keys[i]!]), shapes: [i] });
  });
  return groups.map((g) => {
    const members = g.indexes.map((i) => clauses[i]!);
    // The member sharing most with the others, then the shortest: the plainest wording of the group.
    const shapeOf = new Map(g.shapes.map((j) => [keys[j]!, j]));
    const ranked = g.shapes
      .map((i) => ({
        i,
        score: g.indexes.reduce(
          (s, j) => s + (keys[i] === keys[j] ? 1 : wordSimilarity(words[i]!, words[shapeOf.get(keys[j]!)!]!)),
          0,
        ),
      }))
      .sort((a, b) => b.score - a.score || clauses[a.i]!.clause.length - clauses[b.i]!.clause.length);
    let representative = '';
    for (const { i } of ranked) {
      const member = clauses[i]!;
      // A figure speaks for one agency, never for the group: every figure goes (a zero or a measure drops the wording).
      const text = withoutUncheckedFigures(
        member.clause.split(member.agencyName).join('cơ quan, đơn vị mình'),
        () => false,
      );
      // One agency's own names ("Lễ hội Lồng tông", "cam sành Hàm Yên") cannot speak for the others.
      const own = properNames(text ?? '').filter((name) => !members.every((m) => m.clause.includes(name)));
      if (text && own.length === 0 && !NOUN_START.test(text.charAt(0).toLocaleLowerCase('vi') + text.slice(1))) {
        representative = stripEnd(text);
        break;
      }
    }
    return { members, representative };
  });
}

/** Capitalised word sequences after the first word: the proper names of a clause. */
export function properNames(text: string): string[] {
  return [...text.slice(1).matchAll(/\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)*/gu)].map((m) => m[0]);
}

/** "17 cơ quan, đơn vị", "6 huyện, thành phố", "4 cơ quan báo chí": the count in the words of the kinds it covers. */
export function agencyCountPhrase(count: number, kinds: ReadonlyArray<AgencyKind | null>): string {
  const set = new Set(kinds);
  const only = (k: AgencyKind) => set.size === 1 && set.has(k);
  if (only('district-committee')) return `${count} huyện, thành phố`;
  if (only('commune-committee')) return `${count} xã, phường`;
  if (only('press-agency')) return `${count} cơ quan báo chí`;
  if (only('department')) return `${count} sở, ban, ngành`;
  if (only('mass-organisation')) return `${count} tổ chức chính trị - xã hội`;
  const local = set.has('district-committee') || set.has('commune-committee');
  return `${count} cơ quan, đơn vị${local ? ', địa phương' : ''}`;
}

/** Verbs after which "đã" reads badly ("đã tiếp tục", "đã duy trì" are heavy). */
const NO_DA = /^(đã|tiếp tục|duy trì|thường xuyên|chủ động|tích cực|luôn|đang|kịp thời)(?=\s|$)/u;

/** "17 cơ quan, đơn vị đã quán triệt …" — the sentence a group of agencies' clauses becomes. */
export function groupSentence(group: ClauseGroup): string {
  const subject = agencyCountPhrase(
    group.members.length,
    group.members.map((m) => m.kind),
  );
  const predicate = lowerFirst(group.representative);
  return `${subject} ${NO_DA.test(predicate) ? '' : 'đã '}${predicate}`;
}
