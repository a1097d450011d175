/**
 * The near-duplicate index of a province's recently stored articles, kept between polls. Building
 * it from the database costs about as much per stored article as analysing a new one, so
 * rebuilding it for every poll of thirty items cost more than the items themselves; the kept
 * index is brought up to date with the rows stored since, and each ingest works on its own copy.
 */
import { gte, inArray } from 'drizzle-orm';
import { addDays } from '../../../common/calendar/iso-date.js';
import type { Db, Tx } from '../../db/client.js';
import { handleScopeOf } from '../../db/client.js';
import { monitorArticles } from '../../db/schema/monitoring.js';
import { currentScope } from '../../db/tenancy.js';
import { NearDuplicateIndex } from './analysis/near-duplicate-index.js';
import { decodeSignature } from './analysis/signature-codec.js';

/** Provinces whose index is kept (the most recently used); another province's first poll rebuilds its own. */
const KEPT_PROVINCES = 8;
/** A kept index may hold this many days older than the window asked for before it is rebuilt. */
const SLACK_DAYS = 7;

type Kept = { index: NearDuplicateIndex; from: string; ids: Set<number> };
const kept = new Map<string, Kept>();

async function addStoredRows(tx: Tx, index: NearDuplicateIndex, ids: Set<number>, where: ReturnType<typeof gte>) {
  const rows = await tx
    .select({
      id: monitorArticles.id,
      url: monitorArticles.url,
      publishedAt: monitorArticles.publishedAt,
      signature: monitorArticles.signature,
    })
    .from(monitorArticles)
    .where(where)
    .orderBy(monitorArticles.publishedAt, monitorArticles.id);
  for (const row of rows) {
    // Two polls of the province at once may fetch the same rows: each goes in once.
    if (ids.has(row.id)) continue;
    index.add(
      { id: String(row.id), url: row.url ?? undefined, publishedAt: row.publishedAt?.toISOString() },
      decodeSignature(Buffer.from(row.signature, 'base64')),
    );
    ids.add(row.id);
  }
}

/**
 * A private copy of the index of the province's articles stored since `from` (the caller adds its
 * new articles to it, matching none published before `notBefore`: the kept index may hold up to
 * SLACK_DAYS older ones). The kept index is checked against the ids the transaction sees: a row it
 * holds that is gone (removed, or a rolled-back ingest it saw) makes it start again.
 */
export async function clusterWindow(
  db: Db,
  tx: Tx,
  from: string,
): Promise<{ index: NearDuplicateIndex; notBefore: number }> {
  // One kept index per database and province (tests open many databases in one process).
  const handle = handleScopeOf(db)?.key();
  const key = handle ? `${handle}/${currentScope().provinceId}` : undefined;
  const previous = key ? kept.get(key) : undefined;
  let entry = previous && previous.from >= addDays(from, -SLACK_DAYS) ? previous : undefined;
  if (entry) {
    const since = entry.from < from ? entry.from : from;
    const visible = await tx
      .select({ id: monitorArticles.id })
      .from(monitorArticles)
      .where(gte(monitorArticles.day, since));
    const visibleIds = new Set(visible.map((r) => r.id));
    for (const id of entry.ids)
      if (!visibleIds.has(id)) {
        entry = undefined;
        break;
      }
    if (entry) {
      const missing = visible.map((r) => r.id).filter((id) => !entry!.ids.has(id));
      for (let i = 0; i < missing.length; i += 1000)
        await addStoredRows(tx, entry.index, entry.ids, inArray(monitorArticles.id, missing.slice(i, i + 1000)));
      entry.from = since;
    }
  }
  if (!entry) {
    entry = { index: new NearDuplicateIndex(), from, ids: new Set() };
    await addStoredRows(tx, entry.index, entry.ids, gte(monitorArticles.day, from));
  }
  if (key) {
    kept.delete(key);
    kept.set(key, entry);
    for (const old of kept.keys()) if (kept.size > KEPT_PROVINCES) kept.delete(old);
  }
  // `day` is the publication date in Việt Nam: a row is in the window when published from that midnight (UTC+7).
  return { index: entry.index.clone(), notBefore: Date.parse(`${from}T00:00:00+07:00`) };
}
