import type { FastifyInstance } from 'fastify';
import * as contract from '../../../common/contracts/organisations.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor } from '../../policies/policy.js';
import { createAgency } from './create-agency.js';
import { createGroup } from './create-group.js';
import { listAgencies, listGroups, listSuccessionEvents } from './organisations.queries.js';
import { recordSuccessionEvent } from './record-succession-event.js';
import { resolveAgencyName } from './resolve-name.js';
import { addAgencyAlias, updateAgency } from './update-agency.js';
import { updateGroup } from './update-group.js';

/** The organisation registry: agencies, aliases, groups, succession events, name resolution. */
export function registerOrganisationRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.listAgencies, async ({ query }, ctx) => ({
    agencies: await listAgencies(ctx, query),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.createAgency, async ({ body }, ctx) => ({
    agency: await createAgency(ctx, body),
  }));
  registerEndpoint(app, services, contract.resolveAgencyName, async ({ query }, ctx) =>
    resolveAgencyName(ctx, query.name, { date: query.asOf, province: query.province }),
  );
  registerEndpoint(app, services, contract.updateAgency, async ({ params, body }, ctx) => ({
    agency: await updateAgency(ctx, params.id, body),
  }));
  registerEndpoint(app, services, contract.addAgencyAlias, async ({ params, body }, ctx) => ({
    alias: await addAgencyAlias(ctx, params.id, body),
  }));
  registerEndpoint(app, services, contract.listGroups, async ({ query }, ctx) => ({
    groups: await listGroups(ctx, query.asOf ?? ctx.clock.today()),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.createGroup, async ({ body }, ctx) => ({
    group: await createGroup(ctx, body),
  }));
  registerEndpoint(app, services, contract.updateGroup, async ({ params, body }, ctx) => ({
    group: await updateGroup(ctx, params.id, body),
  }));
  registerEndpoint(app, services, contract.listSuccessionEvents, async (_, ctx) => ({
    events: await listSuccessionEvents(ctx),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.recordSuccessionEvent, async ({ body }, ctx) => ({
    event: await recordSuccessionEvent(ctx, body),
  }));
}
