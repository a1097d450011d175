import type { Db, Tx } from './client.js';

/** Runs `work` in one transaction: everything it writes, audit rows included, commits or none does. */
export function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
