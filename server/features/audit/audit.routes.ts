import type { FastifyInstance } from 'fastify';
import * as contract from '../../../common/contracts/audit.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { listAuditEvents } from './audit.queries.js';

/** The audit log (administrators). */
export function registerAuditRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.listAuditEvents, async ({ query }, ctx) => listAuditEvents(ctx, query));
}
