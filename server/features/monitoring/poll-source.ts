import { and, eq } from 'drizzle-orm';
import { formatDateTime } from '../../../common/calendar/iso-date.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { monitorArticles, monitorSources } from '../../db/schema/monitoring.js';
import { ownProvince } from '../../db/tenancy.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { raiseAlert } from './alerts.js';
import { canonicalizeUrl } from './analysis/canonical-url.js';
import { extractPage, parseFeedText, parseNewsSitemap, type RawArticle } from './ingest/extract.js';
import { type FetchOptions, politeFetch } from './ingest/polite-fetch.js';
import { type StoreResult, storeArticles } from './store-articles.js';

/** After this many failed polls in a row the coordinator is alerted. */
export const FAILURES_BEFORE_ALERT = 3;
/** Pages fetched from one sitemap per poll (the rest wait for the next poll). */
export const SITEMAP_PAGES_PER_POLL = 30;

type SourceRow = typeof monitorSources.$inferSelect;

/** What a poll did. */
export type PollResult = StoreResult & { sourceId: number; notModified: boolean };

async function fetchArticles(
  source: SourceRow,
  fetchOptions: FetchOptions,
  isStored: (url: string) => Promise<boolean>,
): Promise<{ items: RawArticle[]; notModified: boolean; etag: string | null; lastModified: string | null }> {
  const url = source.url!;
  const got = await politeFetch(url, { ...fetchOptions, etag: source.etag, lastModified: source.lastModified });
  if (got.status === 'not-modified')
    return { items: [], notModified: true, etag: source.etag, lastModified: source.lastModified };
  let items: RawArticle[];
  if (source.kind === 'rss') items = parseFeedText(got.text, got.url).items;
  else if (source.kind === 'url') items = [extractPage(got.text, got.url)];
  else {
    items = [];
    let fetched = 0;
    for (const entry of parseNewsSitemap(got.text, got.url)) {
      if (fetched >= SITEMAP_PAGES_PER_POLL) break;
      if (await isStored(entry.url)) continue;
      fetched++;
      try {
        const page = await politeFetch(entry.url, fetchOptions);
        if (page.status !== 'ok') continue;
        const article = extractPage(page.text, page.url);
        items.push({
          ...article,
          title: entry.title ?? article.title,
          publishedAt: entry.publishedAt ?? article.publishedAt,
        });
      } catch {
        // One broken page does not stop the sitemap; it is tried again at the next poll.
      }
    }
  }
  return { items, notModified: false, etag: got.etag, lastModified: got.lastModified };
}

async function recordFailure(ctx: RequestContext, source: SourceRow, error: AppError): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const failures = source.consecutiveFailures + 1;
    await tx
      .update(monitorSources)
      .set({
        lastAttemptAt: ctx.clock.now(),
        consecutiveFailures: failures,
        lastError: { code: error.code, params: error.params },
      })
      .where(eq(monitorSources.id, source.id));
    await recordAuditEvent(tx, ctx, {
      action: 'monitor.poll-failed',
      subjectType: 'monitor-source',
      subjectId: source.id,
      after: { code: error.code, params: error.params, failures },
    });
    if (failures >= FAILURES_BEFORE_ALERT)
      await raiseAlert(tx, ctx, {
        kind: 'source-failing',
        dedupeKey: `source:${source.id}:failing:${ctx.clock.today()}`,
        sourceId: source.id,
        params: { source: source.name, failures, reason: error.code },
      });
  });
}

/**
 * Polls one feed, news sitemap or page: new articles are analysed and stored, the source's health
 * (last success, failures in a row, last error) is updated. A failure (dead host, malformed feed,
 * robots.txt refusal …) is recorded on the source and thrown as its AppError; the ETag is kept
 * only after a successful store, so a failed poll loses nothing and is simply retried.
 */
export async function pollSource(
  ctx: RequestContext,
  sourceId: number,
  fetchOptions: FetchOptions = {},
): Promise<PollResult> {
  authorize(ctx.actor, 'monitor.manage');
  const [source] = await ctx.db.select().from(monitorSources).where(eq(monitorSources.id, sourceId));
  if (!source) throw new AppError('NOT_FOUND', { resource: 'monitorSource', id: String(sourceId) });
  if (!source.url || source.kind === 'text' || source.kind === 'csv')
    throw new AppError('MONITOR_INPUT_INVALID', { detail: 'nguồn này không có địa chỉ để tải / nothing to fetch' });
  let fetched: Awaited<ReturnType<typeof fetchArticles>>;
  try {
    fetched = await fetchArticles(source, fetchOptions, async (url) => {
      // By the stored key (the canonical URL) and the province: the unique index answers, where a
      // match on the address itself read every stored article for each entry of the sitemap.
      const rows = await ctx.db
        .select({ id: monitorArticles.id })
        .from(monitorArticles)
        .where(
          and(ownProvince(monitorArticles.provinceId), eq(monitorArticles.externalKey, canonicalizeUrl(url) ?? url)),
        )
        .limit(1);
      return rows.length > 0;
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await recordFailure(ctx, source, error);
    throw error;
  }
  return inTransaction(ctx.db, async (tx) => {
    const stored = await storeArticles(tx, ctx, { id: source.id, name: source.name }, fetched.items);
    await markSuccess(tx, ctx, source, stored, fetched);
    return { ...stored, sourceId: source.id, notModified: fetched.notModified };
  });
}

async function markSuccess(
  tx: Tx,
  ctx: RequestContext,
  source: SourceRow,
  stored: StoreResult,
  fetched: { etag: string | null; lastModified: string | null },
): Promise<void> {
  const now = ctx.clock.now();
  await tx
    .update(monitorSources)
    .set({
      lastAttemptAt: now,
      lastSuccessAt: now,
      consecutiveFailures: 0,
      lastError: null,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      itemsTotal: source.itemsTotal + stored.stored,
      ...(stored.stored > 0 ? { lastNewItemAt: now } : {}),
    })
    .where(eq(monitorSources.id, source.id));
  await recordAuditEvent(tx, ctx, {
    action: 'monitor.poll',
    subjectType: 'monitor-source',
    subjectId: source.id,
    after: stored,
  });
}

/** Hours without a new item after which a feed counts as silent, from its own rate of items. */
export function silentAfterHours(source: SourceRow, now: Date): number {
  const days = Math.max(1, (now.getTime() - source.createdAt.getTime()) / 86_400_000);
  const perDay = source.itemsTotal / days;
  // A feed with several items a day is silent after a day; a slow one after three gaps of its own.
  return perDay >= 1 ? 24 : Math.min(24 * 14, Math.max(24, (3 * 24) / Math.max(perDay, 1 / 14)));
}

/** Alerts for active feeds that have brought nothing new for longer than their own rhythm allows. */
export async function checkSilentSources(ctx: RequestContext): Promise<number> {
  const now = ctx.clock.now();
  const sources = await ctx.db.select().from(monitorSources).where(eq(monitorSources.active, true));
  let raised = 0;
  for (const source of sources) {
    if (source.kind !== 'rss' && source.kind !== 'sitemap') continue;
    const since = source.lastNewItemAt ?? source.createdAt;
    if (now.getTime() - since.getTime() < silentAfterHours(source, now) * 3_600_000) continue;
    raised += await inTransaction(ctx.db, (tx) =>
      raiseAlert(tx, ctx, {
        kind: 'source-silent',
        dedupeKey: `source:${source.id}:silent:${since.toISOString()}`,
        sourceId: source.id,
        params: { source: source.name, since: formatDateTime(since) },
      }),
    );
  }
  return raised;
}

/** Whether a source is due for a poll now. */
export function isDue(source: SourceRow, now: Date): boolean {
  if (!source.active || !source.url || (source.kind !== 'rss' && source.kind !== 'sitemap')) return false;
  if (!source.lastAttemptAt) return true;
  // Failing sources back off (doubling, at most a day) so a dead host is not hammered.
  const backoff = Math.min(24 * 60, source.pollMinutes * 2 ** Math.min(source.consecutiveFailures, 6));
  return now.getTime() - source.lastAttemptAt.getTime() >= backoff * 60_000;
}
