import { eq, getTableColumns, sql } from 'drizzle-orm';
import { NodePgTransaction } from 'drizzle-orm/node-postgres';
import { addDays, isoDateInVietnam } from '../../../common/calendar/iso-date.js';
import type { RequestContext } from '../../context.js';
import type { Db, Tx } from '../../db/client.js';
import { currentScope, ownProvince, preparedAs } from '../../db/tenancy.js';
import { monitorArticles } from '../../db/schema/monitoring.js';
import { canonicalizeUrl } from './analysis/canonical-url.js';
import { encodeSignature } from './analysis/signature-codec.js';
import { articleAlert, raiseAlerts, raiseSpikeAlerts } from './alerts.js';
import { clusterWindow, lockProvinceIngest, noteGroup } from './cluster-window.js';
import type { ArticleAnalysis } from './analysis/types.js';
import type { RawArticle } from './ingest/extract.js';
import { provinceAnalyzer } from './province-analyzer.js';
import { searchTextOf, searchVectorOf } from './search-text.js';

/** How far back a new article is compared with stored ones for near-duplicates. */
export const CLUSTER_WINDOW_DAYS = 14;

/** Rows per insert statement: one JSON parameter each, not thousands of bound values. */
const INSERT_BATCH = 250;

/** The analysis as stored: everything but the reasons (`why`), with the profile version it ran with. */
export type StoredAnalysis = Omit<ArticleAnalysis, 'id' | 'why'> & {
  profileVersion?: number;
  /** Rows stored before the reasons were left out still carry them. */
  why?: ArticleAnalysis['why'];
};

/** What one ingest stored. */
export type StoreResult = {
  received: number;
  stored: number;
  skipped: number;
  relevant: number;
  alerts: number;
  /** The new articles' ids, in the order they were stored (a pasted article's result is shown from it). */
  storedIds: number[];
};

/** A lone surrogate (JSON.parse can make one) becomes U+FFFD, as the driver's UTF-8 encoding of a bound text made it: PostgreSQL refuses it in JSON. */
function wellFormed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  // Node 20 has both (ES2024); the project's type library stops at ES2023.
  const text = value as string & { isWellFormed(): boolean; toWellFormed(): string };
  return text.isWellFormed() ? value : text.toWellFormed();
}

/**
 * Inserts analysed rows in one statement: the rows travel as one JSON parameter that
 * `jsonb_populate_recordset` turns into the table's row type (binding each of the ~25 values of
 * each row costs more than the row itself, on PGlite most of all). Not `json_populate_recordset`:
 * it took 4.5x the database CPU for the same thirty rows (PostgreSQL 15).
 */
async function insertArticleRows(tx: Tx, rows: (typeof monitorArticles.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(monitorArticles))
    .filter(([key]) => key in rows[0]!)
    .map(([key, column]) => ({ key, name: column.name }));
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const { key, name } of columns) record[name] = wellFormed((row as Record<string, unknown>)[key] ?? null);
    return record;
  });
  const names = sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  const json = tx instanceof NodePgTransaction ? jsonbBinary(records) : JSON.stringify(records);
  await tx.execute(
    sql`insert into ${monitorArticles} (${names}) select ${names} from jsonb_populate_recordset(null::${monitorArticles}, ${json}::jsonb)${preparedAs('ingest-rows')}`,
  );
}

const JSONB_START = Buffer.from([1, 0x5b]);
const COMMA = Buffer.from(',');
const END = Buffer.from(']');

/**
 * The records as jsonb's binary form (a version byte, then the JSON text), which node-postgres sends
 * as is. Encoded row by row: V8 builds one large JSON text as a rope, and flattening it to encode it
 * cost twice as much as stringifying (0.9 ms against 0.45 ms for thirty summary rows).
 */
function jsonbBinary(records: object[]): Buffer {
  const parts = [JSONB_START];
  records.forEach((record, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(Buffer.from(JSON.stringify(record)));
  });
  parts.push(END);
  return Buffer.concat(parts);
}

/** The articles whose key no stored article has. */
async function notYetStored<T extends { externalKey: string }>(tx: Tx, articles: T[]): Promise<T[]> {
  const existing = new Set<string>();
  for (let i = 0; i < articles.length; i += 500) {
    // One array parameter, not one per key: the statement's text stays the same, so it is prepared once.
    const keys = articles.slice(i, i + 500).map((a) => a.externalKey);
    const result = await tx.execute<{ key: string }>(
      sql`select ${monitorArticles.externalKey} as key from ${monitorArticles}
        where ${ownProvince(monitorArticles.provinceId)} and ${monitorArticles.externalKey} = any(${sql.param(keys)}::text[])${preparedAs('ingest-keys')}`,
    );
    for (const row of result.rows) existing.add(row.key);
  }
  return articles.filter((a) => !existing.has(a.externalKey));
}

/**
 * Analyses and stores new articles of one source inside the caller's transaction: an article
 * already stored (same feed id or URL) is skipped, so a re-poll or a retried failure never doubles
 * anything; each new one gets its relevance, tone, topics, flags and near-duplicate group, and a
 * negative or flagged story (once per group) or a spike raises an alert.
 */
export async function storeArticles(
  tx: Tx,
  ctx: RequestContext,
  source: { id: number | null; name: string },
  raw: RawArticle[],
): Promise<StoreResult> {
  const now = ctx.clock.now();
  const result: StoreResult = { received: raw.length, stored: 0, skipped: 0, relevant: 0, alerts: 0, storedIds: [] };
  const withKeys = raw.map((r) => {
    const canonicalUrl = canonicalizeUrl(r.url ?? undefined) ?? null;
    return { ...r, canonicalUrl, externalKey: canonicalUrl ?? r.key };
  });
  const unique = new Map<string, (typeof withKeys)[number]>();
  for (const r of withKeys) if (!unique.has(r.externalKey)) unique.set(r.externalKey, r);
  if (unique.size === 0) return result;
  // Ingests of the province take turns from here, so the look for stored keys sees what one that
  // ran meanwhile stored. A poll with nothing new waits too, but a changed feed rarely has nothing new.
  const { profileVersion } = await lockProvinceIngest(tx);
  const fresh = await notYetStored(tx, [...unique.values()]);
  result.skipped = raw.length - fresh.length;
  if (fresh.length === 0) return result;

  const analyzer = await provinceAnalyzer(tx, currentScope().provinceId, profileVersion);
  const dayOf = (r: RawArticle) => (r.publishedAt ? isoDateInVietnam(new Date(r.publishedAt)) : ctx.clock.today());
  fresh.sort((a, b) => (a.publishedAt ?? '9').localeCompare(b.publishedAt ?? '9'));
  const earliestDay = fresh.map(dayOf).sort()[0]!;
  // Ids come with the window, so that each row goes in once, with its group, in bulk.
  const { index, relevantGroups, notBefore, ids } = await clusterWindow(
    ctx.db,
    tx,
    addDays(earliestDay, -CLUSTER_WINDOW_DAYS),
    fresh.length,
  );
  /** Relevant stories started by this ingest, per day: the spike check counts them. */
  const started = new Map<string, number>();
  const rows: (typeof monitorArticles.$inferInsert)[] = [];
  const heads: Array<{ id: number; title: string; tone: string | null; flags: string[] }> = [];
  const renamed: Array<{ from: number; to: number }> = [];
  fresh.forEach((r, n) => {
    const id = ids[n]!;
    const day = dayOf(r);
    const title = r.title.normalize('NFC');
    const body = r.body.normalize('NFC');
    const analysed = analyzer.analyze({
      id: r.externalKey,
      url: r.url ?? undefined,
      source: source.name,
      publishedAt: r.publishedAt ?? undefined,
      title,
      body,
    });
    const a = analysed.analysis;
    const added = index.add(
      { id: String(id), url: r.url ?? undefined, publishedAt: r.publishedAt ?? undefined },
      analysed.signature,
      notBefore,
    );
    const startsStory = noteGroup(relevantGroups, added, a.relevance.relevant);
    const clusterId = Number(added.clusterId);
    if (added.renamedFrom) {
      renamed.push({ from: Number(added.renamedFrom), to: clusterId });
      for (const row of rows) if (row.clusterId === Number(added.renamedFrom)) row.clusterId = clusterId;
    }
    rows.push({
      id,
      sourceId: source.id,
      outlet: source.name,
      url: r.url,
      canonicalUrl: r.canonicalUrl,
      externalKey: r.externalKey,
      title,
      body,
      author: r.author,
      language: r.language ?? (a.relevance.mode === 'folded' ? 'en' : 'vi'),
      publishedAt: r.publishedAt ? new Date(r.publishedAt) : null,
      day,
      fetchedAt: now,
      relevant: a.relevance.relevant,
      score: a.relevance.score,
      tone: a.tone?.label ?? null,
      toneConfidence: a.tone?.confidence ?? null,
      topics: a.topics.map((t) => t.label),
      flags: a.flags.map((f) => f.label),
      // No `why`: it is a third of the row and is recomputed when the article is opened (analysisReasons).
      analysis: {
        relevance: a.relevance,
        tone: a.tone,
        topics: a.topics,
        flags: a.flags,
        profileVersion: analyzer.profileVersion,
      },
      signature: Buffer.from(encodeSignature(analysed.signature)).toString('base64'),
      evidence: r.evidence,
      // The folded text itself is not kept: only the vector is searched (0021).
      search: searchVectorOf(searchTextOf(title, body)),
      clusterId,
    });
    result.stored++;
    result.storedIds.push(id);
    if (a.relevance.relevant) {
      result.relevant++;
      // One alert per story: a syndicated copy of an alerted story adds an outlet, not an alert.
      if (startsStory) {
        heads.push({ id, title, tone: a.tone?.label ?? null, flags: a.flags.map((f) => f.label) });
        started.set(day, (started.get(day) ?? 0) + 1);
      }
    }
  });
  for (let k = 0; k < rows.length; k += INSERT_BATCH) await insertArticleRows(tx, rows.slice(k, k + INSERT_BATCH));
  // A new article earlier than a stored group's first one renames the stored group.
  for (const { from, to } of renamed)
    await tx.update(monitorArticles).set({ clusterId: to }).where(eq(monitorArticles.clusterId, from));
  result.alerts += await raiseAlerts(
    tx,
    ctx,
    heads.flatMap((head) => articleAlert({ ...head, outlet: source.name }) ?? []),
  );
  result.alerts += await raiseSpikeAlerts(tx, ctx, [...started.keys()], started);
  return result;
}

/**
 * The reasons (`why`) of a stored article's analysis. Rows store them no more (they were a third of
 * the row); the analysis is deterministic for a profile version and the shipped model, so opening
 * an article recomputes them. After a profile edit the old reasons are gone: none are shown.
 */
export async function analysisReasons(
  db: Db | Tx,
  row: Pick<
    typeof monitorArticles.$inferSelect,
    'externalKey' | 'url' | 'outlet' | 'publishedAt' | 'title' | 'body' | 'analysis'
  >,
): Promise<ArticleAnalysis['why']> {
  const stored = row.analysis as StoredAnalysis;
  if (stored.why) return stored.why;
  if (!stored.relevance?.relevant) return {};
  const analyzer = await provinceAnalyzer(db, currentScope().provinceId);
  if (stored.profileVersion !== analyzer.profileVersion) return {};
  const input = {
    id: row.externalKey,
    url: row.url ?? undefined,
    source: row.outlet,
    publishedAt: row.publishedAt?.toISOString(),
    title: row.title,
    body: row.body,
  };
  return analyzer.analyze(input, { explain: true }).analysis.why;
}
