import type { FastifyInstance } from 'fastify';
import * as contract from '../../../common/contracts/calendar.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor } from '../../policies/policy.js';
import { type AfterCalendarEdit, getCalendarYear, removeCalendarEntry, setCalendarEntry } from './calendar-entries.js';

/** The working calendar of a year and its edits. */
export function registerCalendarRoutes(
  app: FastifyInstance,
  services: RouteServices,
  afterEdit?: AfterCalendarEdit,
): void {
  registerEndpoint(app, services, contract.getCalendarYear, async ({ params }, ctx) => ({
    ...(await getCalendarYear(ctx, params.year)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.setCalendarEntry, async ({ body }, ctx) =>
    setCalendarEntry(ctx, body, afterEdit),
  );
  registerEndpoint(app, services, contract.removeCalendarEntry, async ({ params }, ctx) =>
    removeCalendarEntry(ctx, params.date, afterEdit),
  );
}
