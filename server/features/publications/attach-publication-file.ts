import { eq } from 'drizzle-orm';
import { MAX_PUBLICATION_FILES, type PublicationView } from '../../../common/contracts/publications.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { publications } from '../../db/schema/publications.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { storeAttachment } from '../attachments/store-attachment.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { checkEvidenceFile } from '../reporting/evidence-files.js';
import { loadPublications } from './publications.data.js';

/**
 * Attaches one file (PDF, office file or photograph, checked by name and content) to a publication,
 * by its agency; at most MAX_PUBLICATION_FILES per publication (TOO_MANY_FILES beyond).
 */
export async function attachPublicationFile(
  ctx: RequestContext,
  publicationId: number,
  file: { filename: string; bytes: Uint8Array },
): Promise<PublicationView> {
  authorize(ctx.actor, 'activity.record');
  const mimeType = checkEvidenceFile(file.filename, file.bytes);
  return inTransaction(ctx.db, async (tx) => {
    // The row is locked so two uploads at once cannot both pass the count.
    const [row] = await tx.select().from(publications).where(eq(publications.id, publicationId)).for('update');
    const [before] = row ? await loadPublications(tx, { agencyIds: null, ids: [publicationId] }) : [];
    if (!row || !before) throw new AppError('NOT_FOUND', { resource: 'publication', id: `#${publicationId}` });
    authorize(ctx.actor, 'activity.record', before.agencyId);
    if (row.attachmentIds.length >= MAX_PUBLICATION_FILES) {
      throw new AppError('TOO_MANY_FILES', { max: MAX_PUBLICATION_FILES });
    }
    const attachmentId = await storeAttachment(tx, { ...file, mimeType });
    await tx
      .update(publications)
      .set({ attachmentIds: [...row.attachmentIds, attachmentId] })
      .where(eq(publications.id, publicationId));
    const [after] = await loadPublications(tx, { agencyIds: null, ids: [publicationId] });
    await recordAuditEvent(tx, ctx, {
      action: 'publication.attach',
      subjectType: 'publication',
      subjectId: publicationId,
      after: { attachmentId, filename: file.filename },
    });
    return after!;
  });
}
