import { eq } from 'drizzle-orm';
import { addDays } from '../../../common/calendar/index.js';
import { AppError } from '../../../common/errors.js';
import type { Tx } from '../../db/client.js';
import { agencies } from '../../db/schema/organisations.js';

/**
 * The rule shared by every dated post of an agency (focal official, spokesperson): the agency must
 * exist, a new holder starts after the current one, and the current term ends the day before — so
 * the history stays and no day has two holders.
 */
export async function handOverTerm(
  tx: Tx,
  agencyId: number,
  current: { id: number; validFrom: string } | undefined,
  validFrom: string,
  endTerm: (id: number, validTo: string) => Promise<unknown>,
): Promise<void> {
  const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId));
  if (!agency) throw new AppError('NOT_FOUND', { resource: 'agency', id: `#${agencyId}` });
  if (!current) return;
  if (current.validFrom >= validFrom) {
    throw new AppError('START_BEFORE_CURRENT_HOLDER', { validFrom: current.validFrom });
  }
  await endTerm(current.id, addDays(validFrom, -1));
}
