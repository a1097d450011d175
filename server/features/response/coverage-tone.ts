/**
 * A rebuttal's reach, measured from press monitoring: the articles about a case in the fortnight
 * before a rebuttal, clarification or press release and in the fortnight from it, counted by tone.
 * An article is about the case when it is the case's own source article or of its near-duplicate
 * group, sits at one of the case's post addresses, or shares enough word pairs with the case's title.
 * Reads monitoring's tables only; never writes them.
 */

import { and, gte, inArray, lte } from 'drizzle-orm';
import { addDays } from '../../../common/calendar/iso-date.js';
import { foldDiacritics } from '../../../common/text/vietnamese.js';
import type { Db, Tx } from '../../db/client.js';
import { monitorArticles } from '../../db/schema/monitoring.js';
import { responseActions, responseCasePosts, responseCases } from '../../db/schema/response.js';
import { ownProvince } from '../../db/tenancy.js';

/** Days on each side of the action that are compared. */
export const COVERAGE_DAYS = 14;
/** The actions whose reach is measured. */
const MEASURED = ['rebuttal', 'clarification', 'press-release'] as const;

export type ToneCounts = { positive: number; neutral: number; negative: number; unknown: number };
/** One measured action: its case, the day it was done, and the coverage either side. */
export type ActionCoverage = {
  actionId: number;
  caseId: number;
  caseTitle: string;
  kind: (typeof MEASURED)[number];
  doneOn: string;
  before: ToneCounts;
  after: ToneCounts;
};

/** The title's word pairs, without diacritics ("sạt lở vùi lấp" → "sat lo", "lo vui", "vui lap"). */
export function wordPairs(text: string): string[] {
  const words = foldDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return [...new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`))];
}

/** Does the article's folded text share enough of the title's word pairs (three, or half of fewer)? */
export function sharesTitle(pairs: string[], searchText: string): boolean {
  if (pairs.length === 0) return false;
  const text = ` ${searchText.replace(/[^a-z0-9]+/g, ' ')} `;
  const hits = pairs.filter((p) => text.includes(` ${p} `)).length;
  return hits >= Math.min(3, Math.ceil(pairs.length / 2));
}

const empty = (): ToneCounts => ({ positive: 0, neutral: 0, negative: 0, unknown: 0 });

/** The coverage either side of each done rebuttal, clarification or press release of the given cases. */
export async function coverageOfActions(db: Db | Tx, caseIds: number[], today: string): Promise<ActionCoverage[]> {
  if (caseIds.length === 0) return [];
  const actions = (
    await db
      .select()
      .from(responseActions)
      .where(and(inArray(responseActions.caseId, caseIds), inArray(responseActions.kind, [...MEASURED])))
  ).filter((a) => a.status === 'done' && a.doneOn !== null);
  if (actions.length === 0) return [];
  const cases = await db
    .select()
    .from(responseCases)
    .where(
      inArray(
        responseCases.id,
        actions.map((a) => a.caseId),
      ),
    );
  const posts = await db
    .select({ caseId: responseCasePosts.caseId, url: responseCasePosts.url })
    .from(responseCasePosts)
    .where(
      inArray(
        responseCasePosts.caseId,
        cases.map((c) => c.id),
      ),
    );
  const days = actions.map((a) => a.doneOn!).sort();
  const from = addDays(days[0]!, -COVERAGE_DAYS);
  const to = addDays(days.at(-1)!, COVERAGE_DAYS - 1);
  const rows = await db
    .select({
      id: monitorArticles.id,
      day: monitorArticles.day,
      tone: monitorArticles.tone,
      url: monitorArticles.url,
      canonicalUrl: monitorArticles.canonicalUrl,
      clusterId: monitorArticles.clusterId,
      title: monitorArticles.title,
      body: monitorArticles.body,
    })
    .from(monitorArticles)
    .where(and(ownProvince(monitorArticles.provinceId), gte(monitorArticles.day, from), lte(monitorArticles.day, to)));
  // Folded once per article, not once per article and action.
  const articles = rows.map(({ title, body, ...a }) => ({
    ...a,
    folded: foldDiacritics(`${title}\n${body}`).toLowerCase(),
  }));
  const out: ActionCoverage[] = [];
  for (const action of actions.sort((a, b) => a.doneOn!.localeCompare(b.doneOn!) || a.id - b.id)) {
    const c = cases.find((x) => x.id === action.caseId)!;
    const urls = new Set([c.sourceUrl, ...posts.filter((p) => p.caseId === c.id).map((p) => p.url)].filter(Boolean));
    const sourceId = c.sourceArticleId !== null && /^\d+$/.test(c.sourceArticleId) ? Number(c.sourceArticleId) : null;
    const sourceCluster = articles.find((a) => a.id === sourceId)?.clusterId ?? sourceId;
    const pairs = wordPairs(c.title);
    const about = articles.filter(
      (a) =>
        a.id === sourceId ||
        (sourceCluster !== null && a.clusterId === sourceCluster) ||
        (a.url !== null && urls.has(a.url)) ||
        (a.canonicalUrl !== null && urls.has(a.canonicalUrl)) ||
        sharesTitle(pairs, a.folded),
    );
    const doneOn = action.doneOn!;
    const before = empty();
    const after = empty();
    for (const a of about) {
      const side =
        a.day < doneOn && a.day >= addDays(doneOn, -COVERAGE_DAYS)
          ? before
          : a.day >= doneOn && a.day < addDays(doneOn, COVERAGE_DAYS) && a.day <= today
            ? after
            : null;
      const tone = a.tone === 'positive' || a.tone === 'neutral' || a.tone === 'negative' ? a.tone : 'unknown';
      if (side) side[tone]++;
    }
    out.push({
      actionId: action.id,
      caseId: c.id,
      caseTitle: c.title,
      kind: action.kind as ActionCoverage['kind'],
      doneOn,
      before,
      after,
    });
  }
  return out;
}
