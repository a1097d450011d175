import { and, eq, max } from 'drizzle-orm';
import type { CaseDetail } from '../../../common/contracts/response.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { responseCases, responseEvidence } from '../../db/schema/response.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize, can } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { canManageCase, getManageableCase, getVisibleCase } from './case-access.js';
import { presentCase } from './cases.queries.js';
import { DEFAULT_FETCH_LIMITS, type FetchLimits, fetchPage, PRIVATE_ADDRESS } from './fetch-page.js';

/**
 * Captures a URL as evidence on a case: its text and HTML, hashed (SHA-256) and timestamped. Nothing
 * is ever deleted: capturing the same URL again, or a correction, adds the next version. A page that
 * cannot be read (gone, slow) is recorded as a failed capture — that it was gone is evidence too.
 * The network read happens outside any transaction; the case is checked before and after it.
 */
export async function captureEvidence(
  ctx: RequestContext,
  input: { caseId: number; url: string; note?: string | null | undefined },
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<CaseDetail> {
  authorize(ctx.actor, 'response.manage');
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw new AppError('EVIDENCE_URL_INVALID', { url: input.url });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new AppError('EVIDENCE_URL_INVALID', { url: input.url });
  // Refuse before touching the network: a hidden case's id must not trigger a fetch.
  const { reach } = await getVisibleCase(ctx.db, ctx.actor, input.caseId);
  if (!canManageCase(ctx.actor, reach) || !can(ctx.actor, 'response.manage')) {
    throw new AppError('FORBIDDEN').with({ action: 'response.manage' });
  }
  const capture = await fetchPage(url.toString(), limits);
  // An address inside the network is refused outright: nothing about it is stored as evidence.
  if (capture.failure === PRIVATE_ADDRESS) throw new AppError('EVIDENCE_URL_PRIVATE', { url: input.url });
  return inTransaction(ctx.db, async (tx) => {
    const { row } = await getManageableCase(tx, ctx.actor, input.caseId);
    const [last] = await tx
      .select({ version: max(responseEvidence.version) })
      .from(responseEvidence)
      .where(and(eq(responseEvidence.caseId, row.id), eq(responseEvidence.url, url.toString())));
    const [evidence] = await tx
      .insert(responseEvidence)
      .values({
        caseId: row.id,
        url: url.toString(),
        version: (last?.version ?? 0) + 1,
        ...capture,
        note: input.note ?? null,
        capturedAt: ctx.clock.now(),
        capturedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      })
      .returning({ id: responseEvidence.id, version: responseEvidence.version, sha256: responseEvidence.sha256 });
    const [after] = await tx
      .update(responseCases)
      .set({ version: row.version + 1 })
      .where(eq(responseCases.id, row.id))
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'response-evidence.capture',
      subjectType: 'response-case',
      subjectId: row.id,
      after: { ...evidence, url: url.toString(), outcome: capture.outcome, failure: capture.failure },
    });
    return presentCase(tx, ctx, after!, reach);
  });
}
