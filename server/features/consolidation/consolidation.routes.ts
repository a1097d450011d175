import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../context.js';
import type { Db } from '../../db/client.js';
import { authenticate } from '../../http/authenticate.js';
import { abilitiesFor } from '../../policies/policy.js';
import { buildConsolidation } from './build-consolidation.js';
import { renderConsolidationDocx, renderConsolidationXlsx, reportFileName } from './render-consolidation.js';
import { saveConsolidationNarrative, SaveNarrativeInput } from './save-consolidation-narrative.js';

const PeriodParams = z.object({ id: z.coerce.number().int().positive() });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Content-Disposition with an ASCII fallback and the Vietnamese name per RFC 5987 / RFC 6266. */
export function contentDisposition(filename: string): string {
  const ascii = filename.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function sendFile(reply: FastifyReply, bytes: Buffer, type: string, filename: string): Buffer {
  reply.header('content-type', type).header('content-disposition', contentDisposition(filename)).header('cache-control', 'no-store');
  return bytes;
}

/** The coordinator's consolidation of a period: JSON, narrative edits, DOCX and XLSX downloads. */
export function registerConsolidationRoutes(app: FastifyInstance, deps: { db: Db; clock: Clock }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const onRequest = authenticate(deps);
  const tags = ['consolidation'];
  r.get('/api/consolidation/periods/:id', { onRequest, schema: { tags, params: PeriodParams } }, async (request) => ({
    ...(await buildConsolidation(request.ctx, request.params.id)),
    abilities: abilitiesFor(request.ctx.actor),
  }));
  r.put('/api/consolidation/periods/:id/narrative', { onRequest, schema: { tags, params: PeriodParams, body: SaveNarrativeInput } }, async (request) => ({
    ...(await saveConsolidationNarrative(request.ctx, request.params.id, request.body)),
    abilities: abilitiesFor(request.ctx.actor),
  }));
  r.get('/api/consolidation/periods/:id/report.docx', { onRequest, schema: { tags, params: PeriodParams } }, async (request, reply) => {
    const c = await buildConsolidation(request.ctx, request.params.id);
    return sendFile(reply, await renderConsolidationDocx(c), DOCX, reportFileName(c, 'docx'));
  });
  r.get('/api/consolidation/periods/:id/report.xlsx', { onRequest, schema: { tags, params: PeriodParams } }, async (request, reply) => {
    const c = await buildConsolidation(request.ctx, request.params.id);
    return sendFile(reply, await renderConsolidationXlsx(c), XLSX, reportFileName(c, 'xlsx'));
  });
}
