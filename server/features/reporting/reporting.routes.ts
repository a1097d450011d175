import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock, RequestContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../http/app-error.js';
import { authenticate } from '../../http/authenticate.js';
import { abilitiesFor } from '../../policies/policy.js';
import { acceptReport } from './accept-report.js';
import { approveReport } from './approve-report.js';
import { attachEvidence } from './attach-evidence.js';
import { getComplianceBoard, listContacts, listPublishedSpokespersons } from './contacts.queries.js';
import { createRegimesFromPlan } from './create-regimes-from-plan.js';
import { getEvidenceFile } from './download-evidence.js';
import { sendDownload } from '../../http/download.js';
import { MAX_EVIDENCE_BYTES } from './evidence-files.js';
import { grantPeriodException } from './grant-period-exception.js';
import { loadIndicators } from './indicator-catalogue.js';
import { recomputeObligations } from './recompute-obligations.js';
import { getTaskView, getTimelinessBoard } from './reporting-board.queries.js';
import { getSubmissionView, listObligations, listPeriods } from './reporting.queries.js';
import { returnReport, ReturnReportInput } from './return-report.js';
import { saveDraft, SaveDraftInput } from './save-draft.js';
import { SetFocalOfficialInput, setFocalOfficial } from './set-focal-official.js';
import { SetSpokespersonInput, setSpokesperson } from './set-spokesperson.js';
import { submitReport } from './submit-report.js';
import type { TransitionResult } from './transition-submission.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd');
const Id = z.coerce.number().int().positive();
const Upload = z.object({ filename: z.string().trim().min(1).max(255), contentBase64: z.string().min(1), taskId: z.number().int().positive().optional() });
// Base64 is 4/3 of the bytes; the command gives the precise "too large" message.
const UPLOAD_BODY_LIMIT = Math.ceil(MAX_EVIDENCE_BYTES * 1.4) + 64 * 1024;

function decodeUpload(contentBase64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/=\s]+$/.test(contentBase64)) throw new AppError('VALIDATION_FAILED', 'Nội dung tệp không phải base64 / The file content is not base64');
  return new Uint8Array(Buffer.from(contentBase64, 'base64'));
}

/** A submission as every mutation answers: the same view the form reads, with abilities. */
async function presentAfter(ctx: RequestContext, result: Pick<TransitionResult, 'submission'> & { changed?: boolean }) {
  const view = await getSubmissionView(ctx, result.submission.periodId, result.submission.agencyId);
  return { ...view, changed: result.changed ?? true, actorAbilities: abilitiesFor(ctx.actor) };
}

/** Reporting cycle: contacts, regimes and periods, obligations, submissions, review and boards. */
export function registerReportingRoutes(app: FastifyInstance, deps: { db: Db; clock: Clock }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const onRequest = authenticate(deps);
  const tags = ['reporting'];
  const withAbilities = <T extends object>(ctx: RequestContext, body: T) => ({ ...body, abilities: abilitiesFor(ctx.actor) });

  // Public by law (NĐ 09/2017): the spokesperson list is posted on the portal, no sign-in.
  r.get('/api/reporting/spokespersons/public', { schema: { tags, querystring: z.object({ asOf: IsoDate.optional() }) } }, async (request) => ({
    asOf: request.query.asOf ?? deps.clock.today(),
    spokespersons: await listPublishedSpokespersons(deps.db, request.query.asOf ?? deps.clock.today()),
  }));
  r.get('/api/reporting/contacts', { onRequest, schema: { tags, querystring: z.object({ agencyId: Id.optional(), asOf: IsoDate.optional(), history: z.enum(['true', 'false']).optional() }) } }, async (request) =>
    withAbilities(request.ctx, await listContacts(request.ctx, { agencyId: request.query.agencyId, asOf: request.query.asOf ?? deps.clock.today(), history: request.query.history === 'true' })),
  );
  r.post('/api/reporting/focal-officials', { onRequest, schema: { tags, body: SetFocalOfficialInput } }, async (request, reply) => {
    reply.status(201);
    return { focalOfficial: await setFocalOfficial(request.ctx, request.body), abilities: abilitiesFor(request.ctx.actor) };
  });
  r.post('/api/reporting/spokespersons', { onRequest, schema: { tags, body: SetSpokespersonInput } }, async (request, reply) => {
    reply.status(201);
    return { spokesperson: await setSpokesperson(request.ctx, request.body), abilities: abilitiesFor(request.ctx.actor) };
  });
  r.get('/api/reporting/submissions/:id/files/:fileId', { onRequest, schema: { tags, params: z.object({ id: Id, fileId: Id }) } }, async (request, reply) =>
    sendDownload(reply, await getEvidenceFile(request.ctx, request.params.id, request.params.fileId)),
  );
  r.get('/api/reporting/compliance', { onRequest, schema: { tags } }, async (request) => withAbilities(request.ctx, await getComplianceBoard(request.ctx)));
  r.get('/api/reporting/indicators', { onRequest, schema: { tags } }, async (request) => withAbilities(request.ctx, { indicators: await loadIndicators(request.ctx.db) }));

  r.post('/api/reporting/plans/:planId/regimes', {
    onRequest,
    schema: { tags, params: z.object({ planId: Id }), body: z.object({ exclusive: z.boolean().optional(), rollForward: z.boolean().optional(), graceDays: z.number().int().min(0).max(60).optional() }).default({}) },
  }, async (request, reply) => {
    reply.status(201);
    return withAbilities(request.ctx, await createRegimesFromPlan(request.ctx, request.params.planId, request.body));
  });
  r.get('/api/reporting/periods', { onRequest, schema: { tags, querystring: z.object({ planId: Id.optional(), year: z.coerce.number().int().min(2000).max(2100).optional() }) } }, async (request) =>
    withAbilities(request.ctx, { periods: await listPeriods(request.ctx, request.query) }),
  );
  r.get('/api/reporting/periods/:periodId/obligations', { onRequest, schema: { tags, params: z.object({ periodId: Id }) } }, async (request) =>
    withAbilities(request.ctx, await listObligations(request.ctx, request.params.periodId)),
  );
  r.post('/api/reporting/periods/:periodId/obligations/recompute', { onRequest, schema: { tags, params: z.object({ periodId: Id }) } }, async (request) =>
    withAbilities(request.ctx, await recomputeObligations(request.ctx, request.params.periodId)),
  );
  r.post('/api/reporting/periods/:periodId/exceptions', {
    onRequest,
    schema: { tags, params: z.object({ periodId: Id }), body: z.object({ agencyId: z.number().int().positive(), extendedTo: IsoDate, reason: z.string().min(3).max(1000) }) },
  }, async (request, reply) => {
    reply.status(201);
    return withAbilities(request.ctx, { exception: await grantPeriodException(request.ctx, { periodId: request.params.periodId, ...request.body }) });
  });
  r.get('/api/reporting/periods/:periodId/board', { onRequest, schema: { tags, params: z.object({ periodId: Id }) } }, async (request) =>
    withAbilities(request.ctx, await getTimelinessBoard(request.ctx, request.params.periodId)),
  );
  r.get('/api/reporting/periods/:periodId/tasks/:taskId', { onRequest, schema: { tags, params: z.object({ periodId: Id, taskId: Id }) } }, async (request) =>
    withAbilities(request.ctx, await getTaskView(request.ctx, request.params.periodId, request.params.taskId)),
  );

  const SubmissionParams = z.object({ periodId: Id, agencyId: Id });
  r.get('/api/reporting/periods/:periodId/agencies/:agencyId/submission', { onRequest, schema: { tags, params: SubmissionParams } }, async (request) =>
    ({ ...(await getSubmissionView(request.ctx, request.params.periodId, request.params.agencyId)), actorAbilities: abilitiesFor(request.ctx.actor) }),
  );
  r.put('/api/reporting/periods/:periodId/agencies/:agencyId/submission', {
    onRequest,
    schema: { tags, params: SubmissionParams, body: SaveDraftInput.omit({ periodId: true, agencyId: true }) },
  }, async (request) => presentAfter(request.ctx, await saveDraft(request.ctx, { ...request.body, ...request.params })));

  const SubmissionId = z.object({ id: Id });
  r.post('/api/reporting/submissions/:id/approve', { onRequest, schema: { tags, params: SubmissionId } }, async (request) => presentAfter(request.ctx, await approveReport(request.ctx, request.params.id)));
  r.post('/api/reporting/submissions/:id/submit', { onRequest, schema: { tags, params: SubmissionId } }, async (request) => presentAfter(request.ctx, await submitReport(request.ctx, request.params.id)));
  r.post('/api/reporting/submissions/:id/accept', { onRequest, schema: { tags, params: SubmissionId } }, async (request) => presentAfter(request.ctx, await acceptReport(request.ctx, request.params.id)));
  r.post('/api/reporting/submissions/:id/return', { onRequest, schema: { tags, params: SubmissionId, body: ReturnReportInput } }, async (request) =>
    presentAfter(request.ctx, await returnReport(request.ctx, request.params.id, request.body)),
  );
  r.post('/api/reporting/submissions/:id/files', { onRequest, bodyLimit: UPLOAD_BODY_LIMIT, schema: { tags, params: SubmissionId, body: Upload } }, async (request, reply) => {
    const result = await attachEvidence(request.ctx, { submissionId: request.params.id, taskId: request.body.taskId, filename: request.body.filename, bytes: decodeUpload(request.body.contentBase64) });
    reply.status(201);
    return { attachmentId: result.attachmentId, ...(await presentAfter(request.ctx, result.submission)) };
  });
  r.post('/api/reporting/submissions/:id/own-plan', { onRequest, bodyLimit: UPLOAD_BODY_LIMIT * 2, schema: { tags, params: SubmissionId, body: Upload.omit({ taskId: true }) } }, async (request, reply) => {
    const { uploadOwnPlan } = await import('./upload-own-plan.js');
    const result = await uploadOwnPlan(request.ctx, { submissionId: request.params.id, filename: request.body.filename, bytes: decodeUpload(request.body.contentBase64) });
    reply.status(201);
    return presentAfter(request.ctx, result.submission);
  });
}
