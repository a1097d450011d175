import type { FastifyInstance } from 'fastify';
import * as contract from '../../../common/contracts/calendar-events.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor } from '../../policies/policy.js';
import { createFeedToken, feedOfToken, renderCalendarFeed } from './calendar-feed.js';
import { listMilestones } from './calendar-events.queries.js';
import { createCampaign, createFestival } from './create-event.js';
import { listFeedTokens, revokeFeedToken } from './feed-tokens.js';
import { deleteCampaign, deleteFestival, updateCampaign, updateFestival } from './edit-event.js';

/** The year's milestones, festivals and campaigns, and the iCal feed behind a secret link. */
export function registerCalendarEventRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.listMilestones, async ({ query }, ctx) => ({
    ...(await listMilestones(ctx, query.year)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.createFestival, async ({ body }, ctx) => ({
    id: await createFestival(ctx, body),
  }));
  registerEndpoint(app, services, contract.createCampaign, async ({ body }, ctx) => ({
    id: await createCampaign(ctx, body),
  }));
  registerEndpoint(app, services, contract.updateFestival, async ({ params, body }, ctx) =>
    updateFestival(ctx, params.id, body),
  );
  registerEndpoint(app, services, contract.deleteFestival, async ({ params, query }, ctx) =>
    deleteFestival(ctx, params.id, query.version),
  );
  registerEndpoint(app, services, contract.updateCampaign, async ({ params, body }, ctx) =>
    updateCampaign(ctx, params.id, body),
  );
  registerEndpoint(app, services, contract.deleteCampaign, async ({ params, query }, ctx) =>
    deleteCampaign(ctx, params.id, query.version),
  );
  registerEndpoint(app, services, contract.createFeedToken, async ({ body }, ctx) => createFeedToken(ctx, body.scope));
  registerEndpoint(app, services, contract.listFeedTokens, async (_request, ctx) => listFeedTokens(ctx));
  registerEndpoint(app, services, contract.revokeFeedToken, async ({ params }, ctx) => revokeFeedToken(ctx, params.id));
  registerEndpoint(app, services, contract.calendarFeed, async ({ params }, ctx) => {
    const feed = await feedOfToken(ctx.db, params.token, ctx.clock.now());
    const text = await ctx.withProvince(feed.provinceId, (db) => renderCalendarFeed({ db, clock: ctx.clock }, feed));
    return { bytes: new TextEncoder().encode(text), filename: 'ttdn.ics', contentType: contract.ICAL_TYPE };
  });
}
