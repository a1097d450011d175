import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';

/** Liveness: the database answers a query; names the backend and the schema version. */
export async function checkHealth(database: Database, today: string) {
  await database.db.execute(sql`select 1`);
  return { status: 'ok' as const, database: database.kind, schemaVersion: database.schemaVersion, today };
}
