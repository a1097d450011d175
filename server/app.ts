import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Clock } from './context.js';
import type { Database } from './db/client.js';
import { registerActivityRoutes } from './features/activities/activities.routes.js';
import { registerCalendarEventRoutes } from './features/calendar-events/calendar-events.routes.js';
import { registerGuidanceRoutes } from './features/guidance/guidance.routes.js';
import { registerBudgetRoutes } from './features/budget/budget.routes.js';
import { registerPublicationRoutes } from './features/publications/publications.routes.js';
import { registerAuditRoutes } from './features/audit/audit.routes.js';
import { registerConsolidationRoutes } from './features/consolidation/consolidation.routes.js';
import { registerUpwardRoutes } from './features/upward/upward.routes.js';
import { registerHomeRoutes } from './features/home/home.routes.js';
import { registerNotificationRoutes } from './features/notifications/notifications.routes.js';
import { registerReminderRoutes } from './features/reminders/reminders.routes.js';
import { registerReportingRoutes } from './features/reporting/reporting.routes.js';
import { registerResponseRoutes } from './features/response/response.routes.js';
import { checkHealth } from './features/system/check-health.js';
import { registerSystemRoutes } from './features/system/system.routes.js';
import { registerUserRoutes } from './features/users/users.routes.js';
import { registerAuthRoutes } from './features/auth/auth.routes.js';
import { registerCalendarRoutes } from './features/calendar/calendar.routes.js';
import { registerMonitoringRoutes } from './features/monitoring/monitoring.routes.js';
import { rescheduleOpenPeriods } from './features/reporting/reschedule-open-periods.js';
import { registerOrganisationRoutes } from './features/organisations/organisations.routes.js';
import { registerPlanParseJobRoutes } from './features/plans/plan-parse-jobs.routes.js';
import { registerPlanRoutes } from './features/plans/plans.routes.js';
import { installErrorHandler } from './http/error-handler.js';
import { createLoginRateLimiter } from './http/rate-limit.js';
import { installSecurityHeaders } from './http/security.js';
import { refuseUnstorableText } from './http/storable-text.js';
import { serveWebApp } from './http/web-delivery.js';

export type AppDeps = {
  database: Database;
  clock: Clock;
  /** Folder of the built web app (index.html); not served when absent. */
  webRoot?: string;
  logger?: boolean | { level: string };
  bodyLimit?: number;
  /** Reverse proxies whose X-Forwarded-For is believed (TTDN_TRUST_PROXY); none when absent. */
  trustProxy?: string[] | number;
  /** Inactivity that ends a session (TTDN_SESSION_IDLE_MINUTES); 30 minutes when absent. */
  sessionIdleMs?: number;
  /** Evidence capture may read private addresses (TTDN_CAPTURE_ALLOW_PRIVATE; tests only). */
  captureAllowPrivate?: boolean;
};

/** Fastify's trustProxy for a list of addresses or a hop count (its typings take the count as a function). */
function trustProxyOption(setting: string[] | number | undefined) {
  if (setting === undefined) return false;
  if (typeof setting === 'number') return (_address: string, hop: number) => hop < setting;
  return setting;
}

/** Builds the Fastify application; the server, the CLI and the tests all go through here. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: deps.bodyLimit ?? 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    // A client may write any X-Forwarded-For: it is believed only from the proxies configured.
    trustProxy: trustProxyOption(deps.trustProxy),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const servesWeb = Boolean(deps.webRoot && existsSync(join(deps.webRoot, 'index.html')));
  installErrorHandler(app, { serveSpaFrom: servesWeb });
  await installSecurityHeaders(app);
  refuseUnstorableText(app);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'TTĐN API',
        description: 'Quản lý công tác thông tin đối ngoại / Foreign-information work',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const services = { database: deps.database, clock: deps.clock, sessionIdleMs: deps.sessionIdleMs };
  const limitLogins = await createLoginRateLimiter(app, { db: deps.database.db, clock: deps.clock });
  app.addHook('onRoute', (route) => {
    if (route.url === '/api/auth/login') route.preHandler = [limitLogins];
  });
  registerSystemRoutes(app, services, (today) => checkHealth(deps.database, today));
  registerAuthRoutes(app, services);
  registerUserRoutes(app, services);
  registerAuditRoutes(app, services);
  registerOrganisationRoutes(app, services);
  registerPlanRoutes(app, services);
  registerReportingRoutes(app, services);
  registerNotificationRoutes(app, services);
  registerReminderRoutes(app, services);
  registerConsolidationRoutes(app, services);
  registerUpwardRoutes(app, services);
  // A calendar edit moves the dates of open reporting periods in the same transaction.
  registerCalendarRoutes(app, services, rescheduleOpenPeriods);
  registerMonitoringRoutes(app, services);
  registerPlanParseJobRoutes(app, services);
  registerHomeRoutes(app, services);
  registerActivityRoutes(app, services);
  registerGuidanceRoutes(app, services);
  registerCalendarEventRoutes(app, services);
  registerResponseRoutes(app, services, { captureAllowPrivate: deps.captureAllowPrivate === true });
  registerBudgetRoutes(app, services);
  registerPublicationRoutes(app, services);

  if (servesWeb) await serveWebApp(app, deps.webRoot!);
  return app;
}
