import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PlanJson } from '../../../common/contracts/plan-json.js';
import type { Clock } from '../../context.js';
import type { Db } from '../../db/client.js';
import { authenticate } from '../../http/authenticate.js';
import { abilitiesFor } from '../../policies/policy.js';
import { eq } from 'drizzle-orm';
import { attachments } from '../../db/schema/system.js';
import { plans } from '../../db/schema/plans.js';
import { renderPlanDocx, renderPlanXlsx } from '../../documents/official-docx/index.js';
import { AppError } from '../../http/app-error.js';
import { DOCX_TYPE, sendDownload, XLSX_TYPE } from '../../http/download.js';
import { authorize } from '../../policies/policy.js';
import { importPlan, previewPlanImport } from './import-plan.js';
import { issuePlanAndOpenReporting } from '../reporting/issue-plan-and-open-reporting.js';
import { OpenGroupMembersInput, setOpenGroupMembers } from './set-open-group-members.js';
import { parsePlanUpload } from './parse-plan-upload.js';
import { loadPlanAsJson } from './plan-to-json.js';
import { findOwesByName, getPlanTree, listPlans } from './plans.queries.js';

/** Largest plan document accepted for upload. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd');

/** Plans, the task tree, imports and "what does X owe". */
export function registerPlanRoutes(app: FastifyInstance, deps: { db: Db; clock: Clock }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const preHandler = authenticate(deps);
  const tags = ['plans'];
  r.get('/api/plans', { onRequest: preHandler, schema: { tags } }, async (request) => ({ plans: await listPlans(request.ctx), abilities: abilitiesFor(request.ctx.actor) }));
  r.get(
    '/api/plans/:id',
    {
      preHandler,
      schema: {
        tags,
        params: z.object({ id: z.coerce.number().int().positive() }),
        querystring: z.object({
          agencyId: z.coerce.number().int().positive().optional(),
          role: z.enum(['lead', 'coordinator', 'implementer', 'guide']).optional(),
          timeframe: z.string().max(40).optional(),
          q: z.string().max(200).optional(),
          asOf: IsoDate.optional(),
        }),
      },
    },
    async (request) => ({
      ...(await getPlanTree(request.ctx, request.params.id, { ...request.query, asOf: request.query.asOf ?? deps.clock.today() })),
      abilities: abilitiesFor(request.ctx.actor),
    }),
  );
  r.post('/api/plans/import/preview', { onRequest: preHandler, schema: { tags, body: z.object({ plan: PlanJson, province: z.string().optional() }) } }, async (request) =>
    previewPlanImport(request.ctx, request.body.plan, { province: request.body.province }),
  );
  r.post(
    '/api/plans/import',
    {
      preHandler,
      schema: {
        tags,
        body: z.object({
          plan: PlanJson,
          province: z.string().optional(),
          choices: z.record(z.string(), z.object({ type: z.enum(['agency', 'group']), id: z.number().int().positive() })).optional(),
          attachmentId: z.number().int().positive().optional(),
        }),
      },
    },
    async (request, reply) => {
      reply.status(201);
      return importPlan(request.ctx, request.body.plan, { province: request.body.province, choices: request.body.choices, sourceAttachmentId: request.body.attachmentId });
    },
  );
  // The document upload takes the raw file bytes; its name travels URL-encoded in x-filename.
  app.register(async (scope) => {
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_request, body, done) => done(null, body));
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/plans/upload',
      { onRequest: preHandler, bodyLimit: MAX_UPLOAD_BYTES, schema: { tags, querystring: z.object({ province: z.string().max(100).optional() }) } },
      async (request) => {
        const bytes = request.body as Buffer | undefined;
        if (!bytes || !Buffer.isBuffer(bytes) || bytes.byteLength === 0) throw new AppError('DOCUMENT_EMPTY', 'Tệp rỗng / The file is empty');
        const filename = decodeURIComponent(String(request.headers['x-filename'] ?? 'tai-lieu.txt'));
        return parsePlanUpload(request.ctx, { bytes: new Uint8Array(bytes), filename, province: request.query.province });
      },
    );
  });
  r.put('/api/task-roles/:id/members', { onRequest: preHandler, schema: { tags, params: z.object({ id: z.coerce.number().int().positive() }), body: OpenGroupMembersInput } }, async (request) =>
    setOpenGroupMembers(request.ctx, request.params.id, request.body),
  );
  r.post('/api/plans/:id/issue', { onRequest: preHandler, schema: { tags, params: z.object({ id: z.coerce.number().int().positive() }), body: z.object({ version: z.number().int().positive() }) } }, async (request) =>
    issuePlanAndOpenReporting(request.ctx, request.params.id, request.body.version),
  );
  const exportName = async (planId: number) => {
    const [plan] = await deps.db.select({ year: plans.year, province: plans.province }).from(plans).where(eq(plans.id, planId));
    if (!plan) throw new AppError('NOT_FOUND', `Không tìm thấy kế hoạch #${planId} / Plan not found`);
    return `Kế hoạch TTĐN ${plan.province} ${plan.year}`;
  };
  r.get('/api/plans/:id/export.docx', { onRequest: preHandler, schema: { tags, params: z.object({ id: z.coerce.number().int().positive() }) } }, async (request, reply) => {
    authorize(request.ctx.actor, 'plan.read');
    const name = await exportName(request.params.id);
    const bytes = await renderPlanDocx(await loadPlanAsJson(deps.db, request.params.id));
    return sendDownload(reply, { bytes, filename: `${name}.docx`, contentType: DOCX_TYPE });
  });
  r.get('/api/plans/:id/export.xlsx', { onRequest: preHandler, schema: { tags, params: z.object({ id: z.coerce.number().int().positive() }) } }, async (request, reply) => {
    authorize(request.ctx.actor, 'plan.read');
    const name = await exportName(request.params.id);
    const bytes = await renderPlanXlsx(await loadPlanAsJson(deps.db, request.params.id));
    return sendDownload(reply, { bytes, filename: `${name}.xlsx`, contentType: XLSX_TYPE });
  });
  r.get('/api/plans/:id/source', { onRequest: preHandler, schema: { tags, params: z.object({ id: z.coerce.number().int().positive() }) } }, async (request, reply) => {
    authorize(request.ctx.actor, 'plan.read');
    const [plan] = await deps.db.select({ attachmentId: plans.sourceAttachmentId }).from(plans).where(eq(plans.id, request.params.id));
    if (!plan?.attachmentId) throw new AppError('NOT_FOUND', 'Kế hoạch không có tệp gốc / The plan has no source file');
    const [file] = await deps.db.select().from(attachments).where(eq(attachments.id, plan.attachmentId));
    return sendDownload(reply, { bytes: file!.data, filename: file!.filename, contentType: file!.mimeType });
  });
  r.get(
    '/api/owes',
    { onRequest: preHandler, schema: { tags, querystring: z.object({ name: z.string().min(1).max(300), planYear: z.coerce.number().int().min(2000).max(2100), asOf: IsoDate }) } },
    async (request) => findOwesByName(request.ctx, request.query.name, request.query.planYear, request.query.asOf),
  );
}
