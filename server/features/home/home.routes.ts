import type { FastifyInstance } from 'fastify';
import * as contract from '../../../common/contracts/home.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor } from '../../policies/policy.js';
import { getHome } from './home.queries.js';

/** The home page: the reader's own work, by role (read-only). */
export function registerHomeRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.getHome, async (_, ctx) => ({
    ...(await getHome(ctx)),
    abilities: abilitiesFor(ctx.actor),
  }));
}
