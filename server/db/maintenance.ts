/**
 * Planner statistics and vacuum for the embedded database. PostgreSQL's autovacuum daemon keeps a
 * server's statistics fresh; PGlite runs a single backend and no daemon, so its tables were never
 * analysed (reltuples −1) and the planner guessed their sizes: the press ingest's check for stored
 * articles, for one, read every article of the province through the day index instead of probing
 * the unique key (9.7 ms a poll at 20,000 articles). The same thresholds as autovacuum's defaults.
 */
import { sql } from 'drizzle-orm';
import type { Db } from './client.js';

/** A table is analysed once this many rows plus this share of its rows changed since (autovacuum's defaults)… */
const ANALYZE_BASE = 50;
const ANALYZE_SHARE = 0.1;
/** …and vacuumed once this many dead rows plus this share accumulated. */
const VACUUM_BASE = 50;
const VACUUM_SHARE = 0.2;

/** What one pass did: the tables analysed, and those of them also vacuumed. */
export type MaintenanceResult = { analysed: string[]; vacuumed: string[] };

/**
 * Analyses (and vacuums, when dead rows call for it) every table of the application whose
 * statistics are stale by autovacuum's rule. Runs on the system handle, outside any transaction
 * (VACUUM refuses one). On a server the daemon usually got there first and this does nothing.
 */
export async function maintainTables(db: Db): Promise<MaintenanceResult> {
  const stale = await db.execute<{ name: string; vacuum: boolean }>(sql`
    select format('%I.%I', schemaname, relname) as name,
           n_dead_tup > ${VACUUM_BASE}::float8 + ${VACUUM_SHARE}::float8 * n_live_tup as vacuum
    from pg_stat_user_tables
    where schemaname = 'public'
      and (n_mod_since_analyze > ${ANALYZE_BASE}::float8 + ${ANALYZE_SHARE}::float8 * n_live_tup
        or n_dead_tup > ${VACUUM_BASE}::float8 + ${VACUUM_SHARE}::float8 * n_live_tup)
    order by 1`);
  const result: MaintenanceResult = { analysed: [], vacuumed: [] };
  for (const { name, vacuum } of stale.rows) {
    // The name comes quoted from format('%I.%I'): it is an identifier, never text from a user.
    await db.execute(sql.raw(vacuum ? `vacuum (analyze) ${name}` : `analyze ${name}`));
    result.analysed.push(name);
    if (vacuum) result.vacuumed.push(name);
  }
  return result;
}
