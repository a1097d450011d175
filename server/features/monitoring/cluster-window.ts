/**
 * The near-duplicate index of a province's recently stored articles, kept between polls. Building
 * it from the database costs about as much per stored article as analysing a new one, and even
 * checking it against the window's ids cost a poll of thirty items more than the items themselves.
 *
 * Ingests of one province take turns (`lockProvinceIngest`), so the kept index is exact without
 * reading the window again: ids are taken from the sequence under the lock, and every row stored
 * since the index was last brought up to date has a greater id than any it holds. The ingest adds
 * its new articles to the kept index itself; if its transaction does not commit, its last row is
 * missing at the next poll and the index is built again.
 */
import { and, eq, gt, gte, lt, sql } from 'drizzle-orm';
import { addDays } from '../../../common/calendar/iso-date.js';
import type { Db, Tx } from '../../db/client.js';
import { handleScopeOf } from '../../db/client.js';
import { monitorArticles } from '../../db/schema/monitoring.js';
import { currentScope, ownProvince } from '../../db/tenancy.js';
import { NearDuplicateIndex } from './analysis/near-duplicate-index.js';
import { decodeSignature } from './analysis/signature-codec.js';

/** Provinces whose index is kept (the most recently used); another province's first poll rebuilds its own. */
const KEPT_PROVINCES = 8;
/** A kept index may hold this many days older than the window asked for before it is rebuilt. */
const SLACK_DAYS = 7;
/** The advisory lock class of press ingest (its second key is the province id). */
const INGEST_LOCK_CLASS = 7309;

type Kept = {
  index: NearDuplicateIndex;
  /** It holds every visible article published from this day (Việt Nam time) on… */
  from: string;
  /** …whose id is at most this. */
  maxId: number;
  /** The last id an ingest added to it, until that ingest is known to have committed… */
  unconfirmed: number | null;
  /** …and the transaction it ran in (a later ingest of the same transaction sees its rows before they commit). */
  unconfirmedIn: Tx | null;
};
const kept = new Map<string, Kept>();

/**
 * Makes ingests of the current province take turns until the transaction ends: the kept index is
 * then never changed by two at once, ids are taken in commit order, and a story two feeds carry
 * at the same moment is grouped (each ingest sees what the one before it stored).
 */
export async function lockProvinceIngest(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${INGEST_LOCK_CLASS}, ${currentScope().provinceId})`);
}

async function addStoredRows(tx: Tx, entry: Kept, where: ReturnType<typeof and>): Promise<void> {
  const rows = await tx
    .select({
      id: monitorArticles.id,
      url: monitorArticles.url,
      publishedAt: monitorArticles.publishedAt,
      signature: monitorArticles.signature,
    })
    .from(monitorArticles)
    .where(and(ownProvince(monitorArticles.provinceId), where))
    .orderBy(monitorArticles.publishedAt, monitorArticles.id);
  for (const row of rows) {
    entry.index.add(
      { id: String(row.id), url: row.url ?? undefined, publishedAt: row.publishedAt?.toISOString() },
      decodeSignature(Buffer.from(row.signature, 'base64')),
    );
    if (row.id > entry.maxId) entry.maxId = row.id;
  }
}

/** Did the ingest that last added to the kept index commit? Its last row is visible only if so. */
async function committed(tx: Tx, id: number): Promise<boolean> {
  const [row] = await tx.select({ id: monitorArticles.id }).from(monitorArticles).where(eq(monitorArticles.id, id));
  return row !== undefined;
}

/** The province's near-duplicate window, for one ingest that holds `lockProvinceIngest`. */
export type ClusterWindow = {
  /** The kept index itself: the ingest adds its new articles to it. */
  index: NearDuplicateIndex;
  /** Articles published before this (ms) are not matched: the kept index may hold SLACK_DAYS older ones. */
  notBefore: number;
  /** To be called with the ids the ingest took, before it adds anything to the index. */
  adding(ids: number[]): void;
};

/**
 * The kept index of the province's articles published since `from`, brought up to date: the rows
 * stored since (by other instances), the days before what it held, or a new index when an ingest
 * that added to it did not commit. The caller must hold `lockProvinceIngest`.
 */
export async function clusterWindow(db: Db, tx: Tx, from: string): Promise<ClusterWindow> {
  // One kept index per database and province (tests open many databases in one process).
  const handle = handleScopeOf(db)?.key();
  const key = handle ? `${handle}/${currentScope().provinceId}` : undefined;
  let entry = key ? kept.get(key) : undefined;
  if (entry && entry.from < addDays(from, -SLACK_DAYS)) entry = undefined;
  if (entry?.unconfirmed != null && entry.unconfirmedIn !== tx) {
    if (await committed(tx, entry.unconfirmed)) entry.unconfirmed = entry.unconfirmedIn = null;
    else entry = undefined;
  }
  if (entry) {
    await addStoredRows(tx, entry, and(gt(monitorArticles.id, entry.maxId), gte(monitorArticles.day, entry.from)));
    if (from < entry.from) {
      await addStoredRows(tx, entry, and(gte(monitorArticles.day, from), lt(monitorArticles.day, entry.from)));
      entry.from = from;
    }
  } else {
    entry = { index: new NearDuplicateIndex(), from, maxId: 0, unconfirmed: null, unconfirmedIn: null };
    await addStoredRows(tx, entry, and(gte(monitorArticles.day, from)));
  }
  if (key) {
    kept.delete(key);
    kept.set(key, entry);
    for (const old of kept.keys()) if (kept.size > KEPT_PROVINCES) kept.delete(old);
  }
  const current = entry;
  return {
    index: current.index,
    // `day` is the publication date in Việt Nam: a row is in the window when published from that midnight (UTC+7).
    notBefore: Date.parse(`${from}T00:00:00+07:00`),
    adding(ids) {
      const last = Math.max(...ids);
      current.unconfirmed = last;
      current.unconfirmedIn = tx;
      if (last > current.maxId) current.maxId = last;
    },
  };
}
