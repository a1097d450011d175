import type { FastifyInstance } from 'fastify';
import * as contract from '../../../common/contracts/activities.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor } from '../../policies/policy.js';
import {
  draftSubmissionFromActivities,
  getActivity,
  getActivityOptions,
  listActivities,
} from './activities.queries.js';
import { deleteActivity } from './delete-activity.js';
import { downloadActivityTemplate, importActivities } from './import-activities.js';
import { recordActivity } from './record-activity.js';
import { updateActivity } from './update-activity.js';

/** The activity record: list, one, record, change, delete, the form's choices and the drafted report. */
export function registerActivityRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.listActivities, async ({ query }, ctx) => ({
    ...(await listActivities(ctx, query)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.getActivityOptions, async ({ query }, ctx) => ({
    ...(await getActivityOptions(ctx, query)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.downloadActivityTemplate, async ({ query }, ctx) =>
    downloadActivityTemplate(ctx, query),
  );
  // The workbook arrives as a multipart stream, cut off at the contract's limit.
  registerEndpoint(app, services, contract.importActivities, async ({ body }, ctx, { file }) =>
    importActivities(ctx, { agencyId: body.agencyId, year: body.year, ...file! }),
  );
  registerEndpoint(app, services, contract.getActivity, async ({ params }, ctx) => ({
    activity: await getActivity(ctx, params.id),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.recordActivity, async ({ body }, ctx) => ({
    activity: await recordActivity(ctx, body),
  }));
  registerEndpoint(app, services, contract.updateActivity, async ({ params, body }, ctx) => ({
    activity: await updateActivity(ctx, params.id, body),
  }));
  registerEndpoint(app, services, contract.deleteActivity, async ({ params }, ctx) => ({
    removed: await deleteActivity(ctx, params.id),
  }));
  registerEndpoint(app, services, contract.draftSubmissionFromActivities, async ({ params }, ctx) =>
    draftSubmissionFromActivities(ctx, params.periodId, params.agencyId),
  );
}
