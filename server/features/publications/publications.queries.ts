import { eq } from 'drizzle-orm';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { attachments } from '../../db/schema/system.js';
import { authorize, readsAllAgencies } from '../../policies/policy.js';
import { loadContests, loadPublications } from './publications.data.js';

/** Agencies whose publications the actor reads: every one for province-wide readers, else its own. */
function readableAgencies(ctx: RequestContext): number[] | null {
  authorize(ctx.actor, 'activity.read');
  if (readsAllAgencies(ctx.actor) || ctx.actor.kind !== 'user') return null;
  return ctx.actor.agencyScope;
}

/** A year's publications (as far as the actor may read them) and the province's contests. */
export async function listPublications(ctx: RequestContext, query: { year?: number }) {
  const year = query.year ?? Number(ctx.clock.today().slice(0, 4));
  return {
    year,
    publications: await loadPublications(ctx.db, { year, agencyIds: readableAgencies(ctx) }),
    contests: await loadContests(ctx.db, { year }),
  };
}

/** A file of a publication, for whoever may read the publication; anyone else gets 404. */
export async function getPublicationFile(ctx: RequestContext, publicationId: number, fileId: number) {
  const [publication] = await loadPublications(ctx.db, { agencyIds: readableAgencies(ctx), ids: [publicationId] });
  if (!publication?.files.some((f) => f.id === fileId)) {
    throw new AppError('NOT_FOUND', { resource: 'publication', id: `#${publicationId}/${fileId}` });
  }
  const [file] = await ctx.db.select().from(attachments).where(eq(attachments.id, fileId));
  return { bytes: file!.data, filename: file!.filename, contentType: file!.mimeType };
}
