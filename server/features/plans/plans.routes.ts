import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PlanJson } from '../../../common/contracts/plan-json.js';
import type { Clock } from '../../context.js';
import type { Db } from '../../db/client.js';
import { authenticate } from '../../http/authenticate.js';
import { abilitiesFor } from '../../policies/policy.js';
import { importPlan, previewPlanImport } from './import-plan.js';
import { findOwesByName, getPlanTree, listPlans } from './plans.queries.js';

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
        }),
      },
    },
    async (request, reply) => {
      reply.status(201);
      return importPlan(request.ctx, request.body.plan, { province: request.body.province, choices: request.body.choices });
    },
  );
  r.get(
    '/api/owes',
    { onRequest: preHandler, schema: { tags, querystring: z.object({ name: z.string().min(1).max(300), planYear: z.coerce.number().int().min(2000).max(2100), asOf: IsoDate }) } },
    async (request) => findOwesByName(request.ctx, request.query.name, request.query.planYear, request.query.asOf),
  );
}
