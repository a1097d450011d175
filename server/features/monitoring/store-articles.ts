import { eq, getTableColumns, gte, inArray, sql } from 'drizzle-orm';
import { addDays, isoDateInVietnam } from '../../../common/calendar/iso-date.js';
import { foldDiacritics } from '../../../common/text/vietnamese.js';
import type { RequestContext } from '../../context.js';
import type { Db, Tx } from '../../db/client.js';
import { currentScope } from '../../db/tenancy.js';
import { monitorArticles } from '../../db/schema/monitoring.js';
import { canonicalizeUrl } from './analysis/canonical-url.js';
import { NearDuplicateIndex } from './analysis/near-duplicate-index.js';
import { decodeSignature, encodeSignature } from './analysis/signature-codec.js';
import { articleAlert, raiseAlerts, raiseSpikeAlerts } from './alerts.js';
import type { ArticleAnalysis } from './analysis/types.js';
import type { RawArticle } from './ingest/extract.js';
import { provinceAnalyzer } from './province-analyzer.js';

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

// Each character's search folding, worked out once by the reference folding (foldDiacritics) and
// kept by code point; the text is then folded character by character into a buffer of UTF-16 units.
// A capital sigma lowers differently by context: a text holding one (or a lone surrogate) is folded whole.
const SPACE = -1;
/** Half of a surrogate pair alone (JSON.parse can make one): PostgreSQL refuses it in JSON. */
const LONE_SURROGATE = /\p{Cs}/u;
const UTF16 = new TextDecoder('utf-16le');
const foldedUnits = new Map<number, number[] | typeof SPACE>();
function foldedChar(code: number): number[] | typeof SPACE {
  let folded = foldedUnits.get(code);
  if (folded === undefined) {
    const char = String.fromCodePoint(code);
    const text = foldDiacritics(char, { keepCase: true }).toLowerCase();
    folded = /\s/u.test(char) ? SPACE : [...Array(text.length).keys()].map((i) => text.charCodeAt(i));
    foldedUnits.set(code, folded);
  }
  return folded;
}

/**
 * The lower-case, diacritic-free text that full-text search reads (queries are folded the same
 * way): foldDiacritics of the text, lower-cased, computed per character (a fifth of the time).
 */
export function searchTextOf(title: string, body: string): string {
  const text = `${title}\n${body}`;
  if (text.includes('\u03a3')) return foldDiacritics(text).toLowerCase();
  const units = new Uint16Array(text.length * 3);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 128 && code > 32) {
      if (pendingSpace) {
        units[n++] = 32;
        pendingSpace = false;
      }
      units[n++] = code >= 65 && code <= 90 ? code + 32 : code;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      code = text.codePointAt(i)!;
      if (code <= 0xffff) return foldDiacritics(text).toLowerCase(); // a lone surrogate: the reference keeps it
      i++;
    }
    const folded = foldedChar(code);
    if (folded === SPACE) {
      pendingSpace = n > 0;
      continue;
    }
    if (folded.length === 0) continue;
    if (pendingSpace) {
      units[n++] = 32;
      pendingSpace = false;
    }
    for (const unit of folded) units[n++] = unit;
  }
  return UTF16.decode(units.subarray(0, n));
}

/** The search folding of a query (đ → d, tones dropped), so "Mèo Vạc" and "meo vac" find the same. */
export function foldQuery(query: string): string {
  return foldDiacritics(query.normalize('NFC')).toLowerCase();
}

/** A lone surrogate becomes U+FFFD, as the driver's UTF-8 encoding of a bound text value made it. */
function wellFormed(_key: string, value: unknown): unknown {
  return typeof value === 'string' && LONE_SURROGATE.test(value) ? value.replace(/\p{Cs}/gu, '\ufffd') : value;
}

/**
 * Inserts analysed rows in one statement: the rows travel as one JSON parameter that
 * `jsonb_populate_recordset` turns into the table's row type (binding each of the ~25 values of
 * each row costs more than the row itself, on PGlite most of all).
 */
async function insertArticleRows(tx: Tx, rows: (typeof monitorArticles.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(monitorArticles))
    .filter(([key]) => key in rows[0]!)
    .map(([key, column]) => ({ key, name: column.name }));
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const { key, name } of columns) record[name] = (row as Record<string, unknown>)[key] ?? null;
    return record;
  });
  const names = sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  await tx.execute(
    sql`insert into ${monitorArticles} (${names}) select ${names} from jsonb_populate_recordset(null::${monitorArticles}, ${JSON.stringify(records, wellFormed)}::jsonb)`,
  );
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
  const withKeys = raw.map((r) => ({ ...r, externalKey: canonicalizeUrl(r.url ?? undefined) ?? r.key }));
  const unique = new Map<string, (typeof withKeys)[number]>();
  for (const r of withKeys) if (!unique.has(r.externalKey)) unique.set(r.externalKey, r);
  const keys = [...unique.keys()];
  const existing = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await tx
      .select({ key: monitorArticles.externalKey })
      .from(monitorArticles)
      .where(inArray(monitorArticles.externalKey, keys.slice(i, i + 500)));
    for (const row of rows) existing.add(row.key);
  }
  const fresh = [...unique.values()].filter((r) => !existing.has(r.externalKey));
  result.skipped = raw.length - fresh.length;
  if (fresh.length === 0) return result;

  const analyzer = await provinceAnalyzer(tx, currentScope().provinceId);
  const dayOf = (r: RawArticle) => (r.publishedAt ? isoDateInVietnam(new Date(r.publishedAt)) : ctx.clock.today());
  fresh.sort((a, b) => (a.publishedAt ?? '9').localeCompare(b.publishedAt ?? '9'));
  const earliestDay = fresh.map(dayOf).sort()[0]!;
  const index = new NearDuplicateIndex();
  const window = await tx
    .select({
      id: monitorArticles.id,
      url: monitorArticles.url,
      publishedAt: monitorArticles.publishedAt,
      signature: monitorArticles.signature,
    })
    .from(monitorArticles)
    .where(gte(monitorArticles.day, addDays(earliestDay, -CLUSTER_WINDOW_DAYS)))
    .orderBy(monitorArticles.publishedAt, monitorArticles.id);
  for (const w of window)
    index.add(
      { id: String(w.id), url: w.url ?? undefined, publishedAt: w.publishedAt?.toISOString() },
      decodeSignature(Buffer.from(w.signature, 'base64')),
    );

  // Ids are taken from the sequence first, so that each row goes in once, with its group, in bulk.
  const allocated = await tx.execute<{ id: number }>(
    sql`select nextval(pg_get_serial_sequence('monitor_articles', 'id'))::int as id from generate_series(1, ${fresh.length})`,
  );
  const ids = allocated.rows.map((r) => Number(r.id));
  const days = new Set<string>();
  const rows: (typeof monitorArticles.$inferInsert)[] = [];
  const heads: Array<{ id: number; title: string; tone: string | null; flags: string[] }> = [];
  const renamed: Array<{ from: number; to: number }> = [];
  fresh.forEach((r, n) => {
    const id = ids[n]!;
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
    );
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
      canonicalUrl: canonicalizeUrl(r.url ?? undefined) ?? null,
      externalKey: r.externalKey,
      title,
      body,
      author: r.author,
      language: r.language ?? (a.relevance.mode === 'folded' ? 'en' : 'vi'),
      publishedAt: r.publishedAt ? new Date(r.publishedAt) : null,
      day: dayOf(r),
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
      searchText: searchTextOf(title, body),
      clusterId,
    });
    result.stored++;
    result.storedIds.push(id);
    if (a.relevance.relevant) {
      result.relevant++;
      days.add(dayOf(r));
      // One alert per story: a syndicated copy of an alerted story adds an outlet, not an alert.
      if (added.matchedId === null)
        heads.push({ id, title, tone: a.tone?.label ?? null, flags: a.flags.map((f) => f.label) });
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
  result.alerts += await raiseSpikeAlerts(tx, ctx, [...days]);
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
