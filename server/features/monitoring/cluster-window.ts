/**
 * The near-duplicate index of a province's recently stored articles, kept between polls: building
 * it from the database reads and files every article of the window, and even checking it against
 * the window's ids cost a poll of thirty items more than the items themselves. Stored rows are filed
 * under the group they were stored with (not matched again), so a copy whose story began before the
 * window still names that story, and a rebuild costs half what matching them did.
 *
 * Ingests of one province take turns (`lockProvinceIngest`), so the kept index is exact without
 * reading the window again: ids are taken from the sequence under the lock, and every row stored
 * since the index was last brought up to date has a greater id than any it holds. The ingest adds
 * its new articles to the kept index itself; if its transaction does not commit, its last row is
 * missing at the next poll and the index is built again.
 */
import { and, gte, lt, sql } from 'drizzle-orm';
import { addDays } from '../../../common/calendar/iso-date.js';
import type { Db, Tx } from '../../db/client.js';
import { handleScopeOf } from '../../db/client.js';
import { monitorArticles, monitorProfiles } from '../../db/schema/monitoring.js';
import { currentScope, ownProvince, preparedAs } from '../../db/tenancy.js';
import { type DupAddResult, NearDuplicateIndex } from './analysis/near-duplicate-index.js';
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
  /** The groups (index ids) holding a relevant article: a relevant article outside them starts a story. */
  relevantGroups: Set<string>;
};
const kept = new Map<string, Kept>();

/**
 * Makes ingests of the current province take turns until the transaction ends: the kept index is
 * then never changed by two at once, ids are taken in commit order, and a story two feeds carry
 * at the same moment is grouped (each ingest sees what the one before it stored). Returns the
 * version of the province's press profile, read under the lock.
 */
export async function lockProvinceIngest(tx: Tx): Promise<{ profileVersion: number }> {
  // The profile's version comes in the same statement: the ingest's analyser is chosen by it.
  const result = await tx.execute<{ version: number | null }>(sql`
    select pg_advisory_xact_lock(${INGEST_LOCK_CLASS}, ${currentScope().provinceId}),
      (select version from ${monitorProfiles} where province_id = ttdn_province()) as version${preparedAs('ingest-lock')}`);
  return { profileVersion: Number(result.rows[0]?.version ?? 0) };
}

async function addStoredRows(tx: Tx, entry: Kept, where: ReturnType<typeof and>): Promise<void> {
  const rows = await tx
    .select({
      id: monitorArticles.id,
      url: monitorArticles.url,
      publishedAt: monitorArticles.publishedAt,
      signature: monitorArticles.signature,
      relevant: monitorArticles.relevant,
      clusterId: monitorArticles.clusterId,
    })
    .from(monitorArticles)
    .where(and(ownProvince(monitorArticles.provinceId), where))
    .orderBy(monitorArticles.publishedAt, monitorArticles.id);
  addRows(
    entry,
    rows.map((row) => ({
      id: row.id,
      url: row.url,
      published_at: row.publishedAt,
      signature: row.signature,
      relevant: row.relevant,
      cluster_id: row.clusterId,
    })),
  );
}

type StoredRow = {
  id: number;
  url: string | null;
  published_at: string | Date | null;
  signature: string;
  relevant: boolean;
  cluster_id: number | null;
};

function addRows(entry: Kept, rows: StoredRow[]): void {
  for (const row of rows) {
    const publishedAt = row.published_at === null ? undefined : new Date(row.published_at).toISOString();
    const added = entry.index.add(
      { id: String(row.id), url: row.url ?? undefined, publishedAt },
      decodeSignature(Buffer.from(row.signature, 'base64')),
      undefined,
      row.cluster_id === null ? undefined : String(row.cluster_id),
    );
    noteGroup(entry.relevantGroups, added, row.relevant);
    if (row.id > entry.maxId) entry.maxId = row.id;
  }
}

/**
 * Keeps `relevantGroups` up to date with an article just added to the index; returns true when the
 * article is relevant and its group held no relevant article before: it starts a story about the
 * province (a group's first article may be about something else, and a copy add the province).
 */
export function noteGroup(relevantGroups: Set<string>, added: DupAddResult, relevant: boolean): boolean {
  // An article earlier than its group's first renames the group.
  if (added.renamedFrom && relevantGroups.delete(added.renamedFrom)) relevantGroups.add(added.clusterId);
  if (!relevant || relevantGroups.has(added.clusterId)) return false;
  relevantGroups.add(added.clusterId);
  return true;
}

/** The province's near-duplicate window, for one ingest that holds `lockProvinceIngest`. */
export type ClusterWindow = {
  /** The kept index itself: the ingest adds its new articles to it… */
  index: NearDuplicateIndex;
  /** …and notes them here (`noteGroup`). */
  relevantGroups: Set<string>;
  /** Articles published before this (ms) are not matched: the kept index may hold SLACK_DAYS older ones. */
  notBefore: number;
  /** Ids for the new articles, taken from the sequence under the lock (each row goes in once, with its group). */
  ids: number[];
};

/**
 * The kept index of the province's articles published since `from`, brought up to date (the rows
 * stored since, the days before what it held, or a new index when an ingest that added to it did
 * not commit), with `count` ids for the new articles, which the caller adds to it. One statement
 * in the common case: whether the last ingest committed, the rows stored since, and the ids.
 * The caller must hold `lockProvinceIngest`.
 */
export async function clusterWindow(db: Db, tx: Tx, from: string, count: number): Promise<ClusterWindow> {
  // One kept index per database and province (tests open many databases in one process).
  const handle = handleScopeOf(db)?.key();
  const key = handle ? `${handle}/${currentScope().provinceId}` : undefined;
  let entry = key ? kept.get(key) : undefined;
  if (entry && entry.from < addDays(from, -SLACK_DAYS)) entry = undefined;
  // A later ingest of the same transaction sees the rows of the one before it before they commit.
  const unconfirmed = entry && entry.unconfirmedIn !== tx ? (entry.unconfirmed ?? 0) : 0;
  // The rows stored since the index was last brought up to date have ids between the greatest it
  // holds and the first one taken now; when that first id follows it, none were, and the read is
  // skipped at run time (a one-time filter: `offset 0` keeps the subquery from being flattened into
  // a join whose filter comes after the scan), whatever plan the table's statistics lead to.
  const maxId = entry?.maxId ?? 0;
  const result = await tx.execute<StoredRow & { confirmed: boolean; ids: number[] }>(sql`
    with s as (select ${unconfirmed}::int = 0 or exists (select 1 from ${monitorArticles} where id = ${unconfirmed}::int) as confirmed,
                      array(select nextval(pg_get_serial_sequence('monitor_articles', 'id'))::int from generate_series(1, ${count}::int)) as ids)
    select s.confirmed, s.ids, a.id, a.url, a.published_at, a.signature, a.relevant, a.cluster_id
    from s left join lateral (select a.id, a.url, a.published_at, a.signature, a.relevant, a.cluster_id from ${monitorArticles} a
      where a.province_id = ttdn_province() and a.id > ${maxId}::int and a.id < coalesce(s.ids[1], 2147483647)
        and coalesce(s.ids[1], 2147483647) > ${maxId}::int + 1
        and a.day >= ${entry?.from ?? from}::date and ${entry !== undefined}::boolean offset 0) a on true
    order by a.published_at, a.id${preparedAs('ingest-window')}`);
  const first = result.rows[0]!;
  const ids = first.ids.map(Number);
  if (entry && !first.confirmed) entry = undefined;
  if (entry) {
    addRows(entry, first.id === null ? [] : result.rows);
    if (from < entry.from) {
      await addStoredRows(tx, entry, and(gte(monitorArticles.day, from), lt(monitorArticles.day, entry.from)));
      entry.from = from;
    }
  } else {
    entry = {
      index: new NearDuplicateIndex(),
      from,
      maxId: 0,
      unconfirmed: null,
      unconfirmedIn: null,
      relevantGroups: new Set(),
    };
    await addStoredRows(tx, entry, and(gte(monitorArticles.day, from)));
  }
  if (key) {
    kept.delete(key);
    kept.set(key, entry);
    for (const old of kept.keys()) if (kept.size > KEPT_PROVINCES) kept.delete(old);
  }
  entry.unconfirmed = ids.reduce((max, id) => Math.max(max, id), 0);
  entry.unconfirmedIn = tx;
  entry.maxId = Math.max(entry.maxId, entry.unconfirmed);
  return {
    index: entry.index,
    relevantGroups: entry.relevantGroups,
    // `day` is the publication date in Việt Nam: a row is in the window when published from that midnight (UTC+7).
    notBefore: Date.parse(`${from}T00:00:00+07:00`),
    ids,
  };
}
