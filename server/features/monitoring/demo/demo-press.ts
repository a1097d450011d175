/**
 * The press-monitoring demo, without network: the labelled articles of the corpus (written for
 * this issue: varied outlets, syndicated copies, confounders, negative and flagged items) re-dated
 * over the ninety days before "today", with one day of many disaster stories (the spike). Each
 * outlet becomes an RSS document that goes through the same parse → analyse → store path as a
 * fetched feed; then the past digests are issued, and the alerts older than three days are handled,
 * so that the newest ones wait for the coordinator.
 */
import { readFileSync } from 'node:fs';
import { and, desc, eq, isNull, ne } from 'drizzle-orm';
import { addDays } from '../../../../common/calendar/iso-date.js';
import type { RequestContext } from '../../../context.js';
import { monitorAlerts, monitorArticles, monitorSources } from '../../../db/schema/monitoring.js';
import { inTransaction } from '../../../db/transaction.js';
import { raiseSpikeAlerts } from '../alerts.js';
import { DEFAULT_PATHS } from '../analysis/defaults.js';
import { digestPeriod, issueDigest } from '../digests.js';
import { parseFeedText } from '../ingest/extract.js';
import { storeArticles } from '../store-articles.js';
import { foldDiacritics } from '../../../../common/text/vietnamese.js';
import { pollSource } from '../poll-source.js';
import { type FeedArticle, rssOf } from './rss-writer.js';

type CorpusRow = FeedArticle & { source: string; labels: { group?: string; topics?: string[] } };

/** Days of articles in the demo. */
export const DEMO_DAYS = 90;
/** How many days before today the spike is. */
export const SPIKE_DAYS_AGO = 12;

/** The demo's feeds (outlet → RSS text) as of `today`. */
export function demoFeeds(today: string): Map<string, string> {
  const rows = readFileSync(DEFAULT_PATHS.corpus, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CorpusRow)
    // Articles written before the merger name the provinces the old way; re-dated after it they would mislead.
    .filter((r) => r.publishedAt >= '2025-07-01')
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id));
  const heads = rows.filter((r) => !r.labels.group || r.labels.group === r.id);
  const first = addDays(today, -(DEMO_DAYS - 1));
  const dayOf = new Map<string, string>();
  const spikeDay = addDays(today, -SPIKE_DAYS_AGO);
  let spikeStories = 0;
  heads.forEach((r, i) => {
    const isDisaster = r.labels.topics?.[0] === 'disaster-environment';
    if (isDisaster && spikeStories < 14) {
      spikeStories++;
      dayOf.set(r.id, spikeDay);
    } else dayOf.set(r.id, addDays(first, Math.floor((i / heads.length) * DEMO_DAYS)));
  });
  const byOutlet = new Map<string, FeedArticle[]>();
  for (const r of rows) {
    const headDay = dayOf.get(r.labels.group ?? r.id) ?? dayOf.get(r.id) ?? today;
    // A copy runs the same day as its original or the day after, as syndicated stories do.
    const gap = r.labels.group && r.labels.group !== r.id ? Number(r.id.charCodeAt(r.id.length - 1) % 2) : 0;
    const day = headDay >= today ? today : addDays(headDay, gap) > today ? today : addDays(headDay, gap);
    const time = r.publishedAt.slice(10); // the original time of day and offset
    const list = byOutlet.get(r.source) ?? [];
    list.push({ id: `demo-${r.id}`, url: r.url, publishedAt: `${day}${time}`, title: r.title, body: r.body });
    byOutlet.set(r.source, list);
  }
  return new Map([...byOutlet].map(([outlet, articles]) => [outlet, rssOf(outlet, articles)]));
}

/** The path of the demo feeds; a demo source's URL is the app's own origin plus this and a slug. */
export const DEMO_FEED_PATH = '/api/monitoring/demo-feeds/';

/** The URL-safe name of an outlet ("Báo Tuyên Quang" → "bao-tuyen-quang"). */
export function outletSlug(outlet: string): string {
  return foldDiacritics(outlet)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

let cached: { today: string; feeds: Map<string, string> } | null = null;

/** The demo's feeds of a day by slug (built once per day: the corpus is read and re-dated). */
export function demoFeedsBySlug(today: string): Map<string, string> {
  if (cached?.today !== today)
    cached = { today, feeds: new Map([...demoFeeds(today)].map(([outlet, xml]) => [outletSlug(outlet), xml])) };
  return cached.feeds;
}

/**
 * Loads the press demo into the current province (skipped when it already has articles). With
 * `feedsAt`, the app's own origin, each outlet is a source at the app's demo feed, polled over HTTP
 * like any feed (`npm start` does this in the background); without it (the CLI, no server running)
 * the same RSS documents are parsed in process.
 */
export async function loadPressDemo(
  ctx: RequestContext,
  options: { feedsAt?: string } = {},
): Promise<{ stored: number; digests: number }> {
  const [any] = await ctx.db.select({ id: monitorArticles.id }).from(monitorArticles).limit(1);
  if (any) return { stored: 0, digests: 0 };
  const today = ctx.clock.today();
  let stored = 0;
  const feeds = demoFeeds(today);
  const urlOf = (outlet: string) =>
    options.feedsAt
      ? `${options.feedsAt}${DEMO_FEED_PATH}${outletSlug(outlet)}`
      : `https://demo.ttdn.invalid/${encodeURIComponent(outlet)}.xml`;
  // Demo sources are inactive: the poller never tries to reach them again.
  const sources = await ctx.db
    .insert(monitorSources)
    .values(
      [...feeds.keys()].map((outlet) => ({
        kind: 'rss',
        name: outlet,
        url: urlOf(outlet),
        active: false,
        createdAt: new Date(`${addDays(today, -DEMO_DAYS)}T00:00:00+07:00`),
      })),
    )
    .returning();
  for (const source of sources) {
    if (options.feedsAt) {
      // The app's own host: no need to wait a second between its feeds.
      stored += (await pollSource(ctx, source.id, { hostIntervalMs: 0 })).stored;
      continue;
    }
    const items = parseFeedText(feeds.get(source.name)!, source.url!).items;
    stored += (await inTransaction(ctx.db, (tx) => storeArticles(tx, ctx, { id: source.id, name: source.name }, items)))
      .stored;
  }
  await inTransaction(ctx.db, (tx) =>
    raiseSpikeAlerts(
      tx,
      ctx,
      Array.from({ length: DEMO_DAYS }, (_, i) => addDays(today, -i)),
    ),
  );
  let digests = 0;
  const issued = new Set<string>();
  for (let i = 1; i <= 30; i++) {
    for (const kind of ['daily', 'weekly', 'monthly'] as const) {
      if (kind === 'daily' && i > 7) continue;
      const date = addDays(today, -i);
      const { start, end } = digestPeriod(kind, date);
      if (end >= today || issued.has(`${kind}:${start}`)) continue;
      issued.add(`${kind}:${start}`);
      await issueDigest(ctx, kind, date);
      digests++;
    }
  }
  // Earlier alerts were dealt with; the one about the newest story waits for the coordinator.
  const [newest] = await ctx.db
    .select({ id: monitorAlerts.id })
    .from(monitorAlerts)
    .innerJoin(monitorArticles, eq(monitorArticles.id, monitorAlerts.articleId))
    .orderBy(desc(monitorArticles.day), desc(monitorAlerts.id))
    .limit(1);
  await ctx.db
    .update(monitorAlerts)
    .set({ handledAt: ctx.clock.now() })
    .where(and(isNull(monitorAlerts.handledAt), ne(monitorAlerts.id, newest?.id ?? 0)));
  return { stored, digests };
}
