import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../common/errors.js';
import type { Db } from '../../db/client.js';
import { provinces } from '../../db/schema/tenancy.js';

/** A province as the rest of the system sees it. */
export type ProvinceRow = typeof provinces.$inferSelect;

/** The province with this URL code (e.g. "tuyen-quang"); 404 when there is none. */
export async function findProvinceByCode(db: Db, code: string): Promise<ProvinceRow> {
  const [row] = await db.select().from(provinces).where(eq(provinces.code, code.trim().toLowerCase()));
  if (!row) throw new AppError('NOT_FOUND', { resource: 'province', id: code });
  return row;
}

/** The tenant provinces still in existence (not merged away), for jobs that sweep each of them. */
export async function listActiveProvinces(db: Db): Promise<ProvinceRow[]> {
  return db
    .select()
    .from(provinces)
    .where(and(eq(provinces.kind, 'province'), isNull(provinces.validTo)))
    .orderBy(asc(provinces.id));
}
