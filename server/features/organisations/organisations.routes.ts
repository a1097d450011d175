import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../context.js';
import type { Db } from '../../db/client.js';
import { AGENCY_KINDS } from '../../db/schema/organisations.js';
import { authenticate } from '../../http/authenticate.js';
import { abilitiesFor, authorize } from '../../policies/policy.js';
import { createAgency, CreateAgencyInput } from './create-agency.js';
import { createGroup, CreateGroupInput } from './create-group.js';
import { listAgencies, getAgencyProfile, listGroups, listSuccessionEvents } from './organisations.queries.js';
import { previewSuccessionEvent } from './preview-succession-event.js';
import { recordSuccessionEvent, SuccessionEventInput } from './record-succession-event.js';
import { loadNameIndex, resolveName } from './resolve-name.js';
import { addAgencyAlias, AddAliasInput, updateAgency, UpdateAgencyInput } from './update-agency.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd');
const IdParams = z.object({ id: z.coerce.number().int().positive() });

/** The organisation registry: agencies, aliases, groups, succession events, name resolution. */
export function registerOrganisationRoutes(app: FastifyInstance, deps: { db: Db; clock: Clock }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const preHandler = authenticate(deps);
  const tags = ['organisations'];
  r.get('/api/agencies', { onRequest: preHandler, schema: { tags, querystring: z.object({ q: z.string().max(200).optional(), kind: z.enum(AGENCY_KINDS).optional(), asOf: IsoDate.optional(), province: z.string().max(100).optional() }) } }, async (request) => ({
    agencies: await listAgencies(request.ctx, request.query),
    abilities: abilitiesFor(request.ctx.actor),
  }));
  r.post('/api/agencies', { onRequest: preHandler, schema: { tags, body: CreateAgencyInput } }, async (request, reply) => {
    reply.status(201);
    return { agency: await createAgency(request.ctx, request.body) };
  });
  r.get('/api/agencies/resolve', { onRequest: preHandler, schema: { tags, querystring: z.object({ name: z.string().min(1).max(500), asOf: IsoDate.optional(), province: z.string().optional() }) } }, async (request) => {
    authorize(request.ctx.actor, 'agency.read');
    const index = await loadNameIndex(request.ctx.db);
    return resolveName(index, request.query.name, { date: request.query.asOf, province: request.query.province });
  });
  r.get('/api/agencies/:id', { onRequest: preHandler, schema: { tags, params: IdParams, querystring: z.object({ asOf: IsoDate.optional(), planId: z.coerce.number().int().positive().optional() }) } }, async (request) => ({
    ...(await getAgencyProfile(request.ctx, request.params.id, { asOf: request.query.asOf ?? deps.clock.today(), planId: request.query.planId })),
    abilities: abilitiesFor(request.ctx.actor),
  }));
  r.patch('/api/agencies/:id', { onRequest: preHandler, schema: { tags, params: IdParams, body: UpdateAgencyInput } }, async (request) => ({
    agency: await updateAgency(request.ctx, request.params.id, request.body),
  }));
  r.post('/api/agencies/:id/aliases', { onRequest: preHandler, schema: { tags, params: IdParams, body: AddAliasInput } }, async (request, reply) => {
    reply.status(201);
    return { alias: await addAgencyAlias(request.ctx, request.params.id, request.body) };
  });
  r.get('/api/groups', { onRequest: preHandler, schema: { tags, querystring: z.object({ asOf: IsoDate.optional() }) } }, async (request) => ({
    groups: await listGroups(request.ctx, request.query.asOf ?? deps.clock.today()),
    abilities: abilitiesFor(request.ctx.actor),
  }));
  r.post('/api/groups', { onRequest: preHandler, schema: { tags, body: CreateGroupInput } }, async (request, reply) => {
    reply.status(201);
    return { group: await createGroup(request.ctx, request.body) };
  });
  r.get('/api/succession-events', { onRequest: preHandler, schema: { tags } }, async (request) => ({
    events: await listSuccessionEvents(request.ctx),
    abilities: abilitiesFor(request.ctx.actor),
  }));
  r.post('/api/succession-events/preview', { onRequest: preHandler, schema: { tags, body: SuccessionEventInput } }, async (request) => previewSuccessionEvent(request.ctx, request.body));
  r.post('/api/succession-events', { onRequest: preHandler, schema: { tags, body: SuccessionEventInput } }, async (request, reply) => {
    reply.status(201);
    return { event: await recordSuccessionEvent(request.ctx, request.body) };
  });
}
