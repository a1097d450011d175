import { and, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { ArticleQuery, StoryView } from '../../../common/contracts/monitoring.js';
import { addDays } from '../../../common/calendar/iso-date.js';
import { AppError, type ErrorCode, type ErrorParams } from '../../../common/errors.js';
import { errorMessage } from '../../../common/i18n/translate.js';
import type { RequestContext } from '../../context.js';
import type { Db, Tx } from '../../db/client.js';
import { monitorAlerts, monitorArticles, monitorSources } from '../../db/schema/monitoring.js';
import { ownProvince } from '../../db/tenancy.js';
import { authorize } from '../../policies/policy.js';
import { analysisReasons, type StoredAnalysis } from './store-articles.js';
import { relevanceReasons } from './analysis/relevance.js';
import { provinceName } from './province-analyzer.js';
import { silentAfterHours } from './poll-source.js';
import { COUNT_CAP, fullTextMatch, nearWords, queryTerms } from './search.js';
import { alertMessage } from './alert-message.js';

/** Stories per page of a list. */
export const PAGE_SIZE = 30;

/** The columns a list shows: never the evidence, the analysis or the search text (large, unread). */
export const listColumns = {
  id: monitorArticles.id,
  title: monitorArticles.title,
  outlet: monitorArticles.outlet,
  url: monitorArticles.url,
  day: monitorArticles.day,
  publishedAt: monitorArticles.publishedAt,
  relevant: monitorArticles.relevant,
  tone: monitorArticles.tone,
  topics: monitorArticles.topics,
  flags: monitorArticles.flags,
  body: monitorArticles.body,
  clusterId: monitorArticles.clusterId,
};
type ArticleRow = Pick<typeof monitorArticles.$inferSelect, keyof typeof listColumns>;
type CopyRow = Pick<ArticleRow, 'id' | 'outlet' | 'clusterId'>;

/** The first two sentences (at most about 300 characters): the gist shown in lists and digests. */
export function gistOf(body: string): string {
  // A sentence ends at a stop followed by a space: "42.000 lượt khách" is one number, not two sentences.
  const sentences = body.replace(/\s+/g, ' ').match(/.+?[.!?…]+(?=\s|$)/g) ?? [body];
  let gist = '';
  for (const s of sentences.slice(0, 2)) {
    if (gist && gist.length + s.length > 300) break;
    gist += s;
  }
  gist = gist.trim() || body.slice(0, 300);
  return gist.length > 320 ? `${gist.slice(0, 300).trimEnd()}…` : gist;
}

/** The list shape of an article, with its group's size and outlets. */
export function storyOf(row: ArticleRow, copies: CopyRow[] = []): StoryView {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    day: row.day,
    publishedAt: row.publishedAt,
    relevant: row.relevant,
    tone: row.tone as StoryView['tone'],
    topics: row.topics,
    flags: row.flags,
    gist: gistOf(row.body),
    copies: copies.length,
    outlets: [...new Set(copies.map((c) => c.outlet))].filter((o) => o !== row.outlet),
  };
}

/** Loads the other articles of the given groups, keyed by group. */
export async function copiesOf(db: Db | Tx, heads: ArticleRow[]): Promise<Map<number, CopyRow[]>> {
  const ids = heads.map((h) => h.clusterId ?? h.id);
  const out = new Map<number, CopyRow[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({ id: monitorArticles.id, outlet: monitorArticles.outlet, clusterId: monitorArticles.clusterId })
    .from(monitorArticles)
    .where(inArray(monitorArticles.clusterId, ids));
  for (const row of rows) {
    if (ids.includes(row.id)) continue;
    const list = out.get(row.clusterId!) ?? [];
    list.push(row);
    out.set(row.clusterId!, list);
  }
  return out;
}

/** Stories (one per near-duplicate group), newest first, filtered; `q` matches with or without diacritics. */
export async function listStories(ctx: RequestContext, query: ArticleQuery) {
  authorize(ctx.actor, 'monitor.read');
  const where: SQL[] = [sql`${monitorArticles.isHead}`];
  if (query.all !== 'true') where.push(eq(monitorArticles.relevant, true));
  if (query.tone) where.push(eq(monitorArticles.tone, query.tone));
  if (query.topic) where.push(sql`${monitorArticles.topics} @> ${JSON.stringify([query.topic])}::jsonb`);
  if (query.flag) {
    // Implied by the containment, but the planner needs it said to walk the flagged heads' index.
    where.push(sql`${monitorArticles.flags} <> '[]'::jsonb`);
    where.push(sql`${monitorArticles.flags} @> ${JSON.stringify([query.flag])}::jsonb`);
  }
  if (query.sourceId) where.push(eq(monitorArticles.sourceId, query.sourceId));
  if (query.from) where.push(gte(monitorArticles.day, query.from));
  if (query.to) where.push(lte(monitorArticles.day, query.to));
  const page = query.page ?? 1;
  const countOf = async (conditions: SQL[]) => {
    const counted = await ctx.db.execute<{ n: number }>(
      sql`select count(*)::int as n from (select 1 from ${monitorArticles} where ${and(...conditions)} limit ${COUNT_CAP + 1}) as m`,
    );
    return Number(counted.rows[0]?.n ?? 0);
  };
  const terms = query.q ? queryTerms(query.q) : [];
  const words = await fullTextMatch(ctx.db, terms);
  let n = await countOf(words ? [...where, words] : where);
  let approximate = false;
  if (words) {
    const alternatives = n === 0 ? await nearWords(ctx.db, terms) : new Map<string, string[]>();
    const resembling = alternatives.size ? await fullTextMatch(ctx.db, terms, alternatives) : null;
    if (resembling) {
      // Nothing has these words: their nearest known words instead (a misspelling), said so.
      n = await countOf([...where, resembling]);
      approximate = true;
      where.push(resembling);
    } else where.push(words);
  }
  // Nothing matched: no page to read (a query whose words no article holds must not walk the list).
  const heads =
    n === 0
      ? []
      : await ctx.db
          .select(listColumns)
          .from(monitorArticles)
          .where(and(...where))
          .orderBy(desc(monitorArticles.day), desc(monitorArticles.publishedAt), desc(monitorArticles.id))
          .limit(PAGE_SIZE)
          .offset((page - 1) * PAGE_SIZE);
  const copies = await copiesOf(ctx.db, heads);
  return {
    stories: heads.map((h) => storyOf(h, copies.get(h.id) ?? [])),
    total: Math.min(n, COUNT_CAP),
    totalCapped: n > COUNT_CAP,
    approximate,
    page,
  };
}

/** One article with the analysis' reasons and the other articles of its story. */
export async function getArticleDetail(ctx: RequestContext, id: number) {
  authorize(ctx.actor, 'monitor.read');
  const [row] = await ctx.db.select().from(monitorArticles).where(eq(monitorArticles.id, id));
  if (!row) throw new AppError('NOT_FOUND', { resource: 'monitorArticle', id: String(id) });
  const group = row.clusterId
    ? await ctx.db.select().from(monitorArticles).where(eq(monitorArticles.clusterId, row.clusterId))
    : [];
  const others = group.filter((g) => g.id !== row.id);
  const analysis = row.analysis as StoredAnalysis;
  return {
    ...storyOf(row, others),
    body: row.body,
    author: row.author,
    clusterId: row.clusterId,
    score: row.score,
    reasons: relevanceReasons(analysis.relevance, await provinceName(ctx.db)),
    toneScore: analysis.tone,
    topicScores: analysis.topics,
    flagScores: analysis.flags,
    why: await analysisReasons(ctx.db, row),
    copiesList: others.map((o) => ({ id: o.id, outlet: o.outlet, title: o.title, url: o.url, day: o.day })),
  };
}

/** Attention over a period: stories per day by tone, per topic and per outlet. */
export async function getStats(ctx: RequestContext, from: string, to: string) {
  authorize(ctx.actor, 'monitor.read');
  if (from > to) throw new AppError('DATE_RANGE_INVERTED', {});
  const inPeriod = and(
    eq(monitorArticles.relevant, true),
    gte(monitorArticles.day, from),
    lte(monitorArticles.day, to),
  );
  const heads = and(inPeriod, sql`${monitorArticles.isHead}`);
  const days = await ctx.db
    .select({ day: monitorArticles.day, tone: monitorArticles.tone, n: sql<number>`count(*)::int` })
    .from(monitorArticles)
    .where(heads)
    .groupBy(monitorArticles.day, monitorArticles.tone);
  const byDayMap = new Map<string, { day: string; positive: number; neutral: number; negative: number }>();
  for (let d = from; d <= to; d = addDays(d, 1)) byDayMap.set(d, { day: d, positive: 0, neutral: 0, negative: 0 });
  for (const r of days) {
    const entry = byDayMap.get(r.day);
    if (entry && (r.tone === 'positive' || r.tone === 'neutral' || r.tone === 'negative')) entry[r.tone] += Number(r.n);
  }
  const topics = await ctx.db.execute<{ topic: string; n: number }>(
    sql`select t.topic, count(*)::int as n from ${monitorArticles}, jsonb_array_elements_text(${monitorArticles.topics}) as t(topic) where ${heads} group by t.topic order by n desc`,
  );
  const outlets = await ctx.db
    .select({ outlet: monitorArticles.outlet, n: sql<number>`count(*)::int` })
    .from(monitorArticles)
    .where(inPeriod)
    .groupBy(monitorArticles.outlet)
    .orderBy(desc(sql`count(*)`))
    .limit(20);
  return {
    byDay: [...byDayMap.values()],
    byTopic: topics.rows.map((r) => ({ topic: String(r.topic), count: Number(r.n) })),
    byOutlet: outlets.map((o) => ({ outlet: o.outlet, count: Number(o.n) })),
  };
}

type SourceRow = typeof monitorSources.$inferSelect;

/** A source as the screen shows it, with its health judged against its own rate of items. */
export function sourceView(source: SourceRow, itemsLast7Days: number, now: Date) {
  const days = Math.max(1, (now.getTime() - source.createdAt.getTime()) / 86_400_000);
  const since = source.lastNewItemAt ?? source.createdAt;
  const silent = now.getTime() - since.getTime() >= silentAfterHours(source, now) * 3_600_000;
  const error = source.lastError as { code: ErrorCode; params: ErrorParams[ErrorCode] } | null;
  const polled = source.kind === 'rss' || source.kind === 'sitemap';
  return {
    id: source.id,
    kind: source.kind as 'rss',
    name: source.name,
    url: source.url,
    pollMinutes: source.pollMinutes,
    active: source.active,
    lastAttemptAt: source.lastAttemptAt,
    lastSuccessAt: source.lastSuccessAt,
    lastNewItemAt: source.lastNewItemAt,
    consecutiveFailures: source.consecutiveFailures,
    lastError: error ? { code: error.code, message: errorMessage('vi', error.code, error.params) } : null,
    itemsTotal: source.itemsTotal,
    itemsLast7Days,
    perDayBaseline: Math.round((source.itemsTotal / days) * 10) / 10,
    health: (source.consecutiveFailures >= 3
      ? 'failing'
      : !source.lastAttemptAt
        ? 'new'
        : polled && silent
          ? 'silent'
          : 'ok') as 'ok' | 'silent' | 'failing' | 'new',
  };
}

/** Every source with its health. */
export async function listSources(ctx: RequestContext) {
  authorize(ctx.actor, 'monitor.read');
  const sources = await ctx.db.select().from(monitorSources).orderBy(monitorSources.name);
  const recent = await ctx.db
    .select({ sourceId: monitorArticles.sourceId, n: sql<number>`count(*)::int` })
    .from(monitorArticles)
    .where(and(ownProvince(monitorArticles.provinceId), gte(monitorArticles.day, addDays(ctx.clock.today(), -6))))
    .groupBy(monitorArticles.sourceId);
  const counts = new Map(recent.map((r) => [r.sourceId, Number(r.n)]));
  return sources.map((s) => sourceView(s, counts.get(s.id) ?? 0, ctx.clock.now()));
}

/** The alert's message in Vietnamese (the screen shows the catalogue's text in its language). */
export function alertView(row: typeof monitorAlerts.$inferSelect) {
  return {
    id: row.id,
    kind: row.kind,
    message: alertMessage('vi', row.kind, row.params as Record<string, unknown>),
    articleId: row.articleId,
    sourceId: row.sourceId,
    createdAt: row.createdAt,
    handledAt: row.handledAt,
  };
}

/** Alerts, open ones first, newest first. */
export async function listAlerts(ctx: RequestContext) {
  authorize(ctx.actor, 'monitor.read');
  const rows = await ctx.db
    .select()
    .from(monitorAlerts)
    .orderBy(sql`${monitorAlerts.handledAt} is not null`, desc(monitorAlerts.createdAt), desc(monitorAlerts.id))
    .limit(200);
  return rows.map(alertView);
}
