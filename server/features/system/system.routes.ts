import type { FastifyInstance } from 'fastify';
import { health } from '../../../common/contracts/system.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import type { checkHealth } from './check-health.js';

/** The health check (public, for monitors and load balancers); `probe` is checkHealth bound to the database. */
export function registerSystemRoutes(
  app: FastifyInstance,
  services: RouteServices,
  probe: (today: string) => ReturnType<typeof checkHealth>,
): void {
  registerEndpoint(app, services, health, async (_, ctx) => probe(ctx.clock.today()));
}
