import { maintainTables } from '../db/maintenance.js';
import { every, type JobDefinition } from './scheduler.js';

/**
 * Every ten minutes, for the whole database: tables whose statistics are stale are analysed (and
 * vacuumed when dead rows call for it) — the embedded database has no autovacuum daemon.
 */
export const MAINTAIN_TABLES: JobDefinition = {
  name: 'maintain-tables',
  runKeyAt: every(10),
  run: async (ctx) => {
    const { analysed, vacuumed } = await maintainTables(ctx.db);
    if (analysed.length > 0)
      ctx.log(
        `maintain-tables: analysed ${analysed.join(', ')}${vacuumed.length ? `; vacuumed ${vacuumed.join(', ')}` : ''}`,
      );
  },
};
