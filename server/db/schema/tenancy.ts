import { sql } from 'drizzle-orm';
import { boolean, date, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * A province [tỉnh, thành phố]: the tenant every row belongs to. One deployment may host many; the
 * row marked default receives whatever the system itself writes outside a request (demo, CLI).
 * The 2025 mergers (63 → 34) are recorded as `mergedIntoId` with `validTo`.
 */
export const provinces = pgTable(
  'provinces',
  {
    id: serial('id').primaryKey(),
    /** URL-safe key, e.g. "tuyen-quang". */
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** `province` for a tenant province; `ministry` for the national body that reads every province. */
    kind: text('kind').$type<'province' | 'ministry'>().notNull().default('province'),
    isDefault: boolean('is_default').notNull().default(false),
    validFrom: date('valid_from', { mode: 'string' }).notNull().default('2000-01-01'),
    validTo: date('valid_to', { mode: 'string' }),
    mergedIntoId: integer('merged_into_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('provinces_code_uq').on(t.code)],
);

/**
 * The tenant column every scoped table carries. Its default is the province of the current
 * database session (`ttdn_province()`, set per request), so inserts need not name it, and the
 * row-level-security policies compare against the same setting.
 */
export const provinceId = () =>
  integer('province_id')
    .notNull()
    .default(sql`ttdn_province()`)
    .references(() => provinces.id);
