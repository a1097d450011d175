import { sql } from 'drizzle-orm';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Clock } from './context.js';
import type { Database } from './db/client.js';
import { registerAdminRoutes } from './features/audit/audit.routes.js';
import { registerAuthRoutes } from './features/auth/auth.routes.js';
import { registerCalendarRoutes } from './features/calendar/calendar.routes.js';
import { registerOrganisationRoutes } from './features/organisations/organisations.routes.js';
import { registerPlanRoutes } from './features/plans/plans.routes.js';
import { installErrorHandler } from './http/error-handler.js';
import { createLoginRateLimiter } from './http/rate-limit.js';

export type AppDeps = {
  database: Database;
  clock: Clock;
  /** Folder of the built web app (index.html); not served when absent. */
  webRoot?: string;
  logger?: boolean | { level: string };
  bodyLimit?: number;
};

/** Builds the Fastify application; the server, the CLI and the tests all go through here. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: deps.bodyLimit ?? 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    trustProxy: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const servesWeb = Boolean(deps.webRoot && existsSync(join(deps.webRoot, 'index.html')));
  installErrorHandler(app, { serveSpaFrom: servesWeb });
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'TTĐN API', description: 'Quản lý công tác thông tin đối ngoại / Foreign-information work', version: '0.1.0' } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
  });

  const { db } = deps.database;
  const routeDeps = { db, clock: deps.clock };
  app.get('/api/health', { schema: { tags: ['system'] } }, async () => {
    await db.execute(sql`select 1`);
    return { status: 'ok', database: deps.database.kind, schemaVersion: deps.database.schemaVersion, today: deps.clock.today() };
  });
  const limitLogins = createLoginRateLimiter(deps.clock);
  app.addHook('onRoute', (route) => {
    if (route.url === '/api/auth/login') route.preHandler = [limitLogins];
  });
  registerAuthRoutes(app, routeDeps);
  registerOrganisationRoutes(app, routeDeps);
  registerPlanRoutes(app, routeDeps);
  registerAdminRoutes(app, routeDeps);
  (await import('./features/reporting/reporting.routes.js')).registerReportingRoutes(app, routeDeps);
  (await import('./features/notifications/index.js')).registerNotificationFeatureRoutes(app, routeDeps);
  (await import('./features/consolidation/consolidation.routes.js')).registerConsolidationRoutes(app, routeDeps);
  registerCalendarRoutes(app, routeDeps);

  if (servesWeb) await app.register(fastifyStatic, { root: deps.webRoot!, wildcard: false });
  return app;
}
