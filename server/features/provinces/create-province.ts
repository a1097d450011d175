import { z } from 'zod';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { provinces } from '../../db/schema/tenancy.js';
import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { ProvinceRow } from './provinces.queries.js';

/** What it takes to open a province on a deployment. */
export const NewProvince = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().trim().min(2).max(120),
  kind: z.enum(['province', 'ministry']).default('province'),
});

/**
 * Opens a province (or the ministry) on this deployment. The system's own handle writes it: the
 * provinces table is the registry of tenants, outside any one of them; the audit row goes to the
 * system's default province.
 */
export async function createProvince(ctx: RequestContext, input: z.input<typeof NewProvince>): Promise<ProvinceRow> {
  const parsed = NewProvince.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED').with(parsed.error.issues);
  const values = { ...parsed.data, name: parsed.data.name.normalize('NFC') };
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx.insert(provinces).values(values).onConflictDoNothing().returning();
    if (!row) throw new AppError('DUPLICATE_NAME', { name: values.code });
    await recordAuditEvent(tx, ctx, {
      action: 'province.create',
      subjectType: 'province',
      subjectId: row.id,
      after: row,
    });
    return row;
  });
}
