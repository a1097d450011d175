import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../context.js';
import type { Db } from '../../db/client.js';
import { authenticate } from '../../http/authenticate.js';
import { acknowledgePlan, listPlanAcknowledgements, notifyPlanDuties } from './plan-duties.js';

const PlanParams = z.object({ id: z.coerce.number().int().positive() });

/** Notice of duties when a plan is issued, the agencies' acknowledgements, and who has not acknowledged. */
export function registerPlanDutyRoutes(app: FastifyInstance, deps: { db: Db; clock: Clock }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const onRequest = authenticate(deps);
  const tags = ['plans', 'notifications'];
  r.post(
    '/api/plans/:id/notify-duties',
    { onRequest, schema: { tags, params: PlanParams, body: z.object({ asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd').optional() }).optional() } },
    async (request) => notifyPlanDuties(request.ctx, request.params.id, { asOf: request.body?.asOf }),
  );
  r.post('/api/plans/:id/acknowledge', { onRequest, schema: { tags, params: PlanParams } }, async (request) => acknowledgePlan(request.ctx, request.params.id));
  r.get(
    '/api/plans/:id/acknowledgements',
    { onRequest, schema: { tags, params: PlanParams, querystring: z.object({ pending: z.enum(['true', 'false']).optional() }) } },
    async (request) => listPlanAcknowledgements(request.ctx, request.params.id, { pendingOnly: request.query.pending === 'true' }),
  );
}
