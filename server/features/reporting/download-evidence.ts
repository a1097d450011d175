import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { submissionFiles, submissions } from '../../db/schema/reporting.js';
import { attachments } from '../../db/schema/system.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { canSeeContent } from './reporting.queries.js';

/**
 * An evidence file of a submission, for whoever may read that report's content: the agency itself,
 * or province-wide readers once the report has been sent. Anyone else gets 404, not a hint.
 */
export async function getEvidenceFile(ctx: RequestContext, submissionId: number, fileId: number) {
  authorize(ctx.actor, 'report.read');
  const [row] = await ctx.db
    .select({
      agencyId: submissions.agencyId,
      status: submissions.status,
      filename: attachments.filename,
      mimeType: attachments.mimeType,
      data: attachments.data,
    })
    .from(submissionFiles)
    .innerJoin(submissions, eq(submissions.id, submissionFiles.submissionId))
    .innerJoin(attachments, eq(attachments.id, submissionFiles.attachmentId))
    .where(and(eq(submissionFiles.id, fileId), eq(submissionFiles.submissionId, submissionId)));
  if (!row || !canSeeContent(ctx, row.agencyId, row.status))
    throw new AppError('NOT_FOUND', { resource: 'evidenceFile', id: `#${fileId}` });
  return { bytes: row.data, filename: row.filename, contentType: row.mimeType };
}
