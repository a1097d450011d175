import type { FastifyInstance } from 'fastify';
import { MAX_DOCUMENT_BYTES } from '../../../common/limits.js';
import * as organisations from '../../../common/contracts/organisations.js';
import * as contract from '../../../common/contracts/plans.js';
import { AppError } from '../../../common/errors.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor } from '../../policies/policy.js';
import { getAgencyProfile } from './agency-profile.queries.js';
import { importPlan, previewPlanImport } from './import-plan.js';
import { parsePlanUpload } from './parse-plan-upload.js';
import { exportPlan, getPlanSource } from './plan-documents.js';
import { findOwesByName, getPlanTree, listPlans } from './plans.queries.js';
import { previewSuccessionEvent } from './preview-succession-event.js';
import { setOpenGroupMembers } from './set-open-group-members.js';

const READ_VERSIONS = ['registry-version', 'plans-version'] as const;

/** Plans, the task tree, imports, documents and "what does X owe" (also on the agency page). */
export function registerPlanRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.listPlans, async (_, ctx) => ({
    plans: await listPlans(ctx),
    abilities: abilitiesFor(ctx.actor),
  }));
  // The plan page and "what X owes" are read all day: answers are kept until the registry or a
  // plan of the province changes (server/http/read-caches.ts).
  registerEndpoint(
    app,
    services,
    contract.getPlan,
    async ({ params, query }, ctx) => ({
      ...(await getPlanTree(ctx, params.id, { ...query, asOf: query.asOf ?? ctx.clock.today() })),
      abilities: abilitiesFor(ctx.actor),
    }),
    { cache: READ_VERSIONS },
  );
  registerEndpoint(app, services, contract.previewPlanImport, async ({ body }, ctx) =>
    previewPlanImport(ctx, body.plan, { province: body.province }),
  );
  registerEndpoint(app, services, contract.importPlan, async ({ body }, ctx) =>
    importPlan(ctx, body.plan, {
      province: body.province,
      choices: body.choices,
      sourceAttachmentId: body.attachmentId,
    }),
  );
  // The document arrives as raw bytes; its name travels URL-encoded in x-filename.
  registerEndpoint(
    app,
    services,
    contract.uploadPlanDocument,
    async ({ query }, ctx, { request }) => {
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes) || bytes.byteLength === 0) throw new AppError('DOCUMENT_EMPTY');
      const filename = decodeURIComponent(String(request.headers['x-filename'] ?? 'tai-lieu.txt'));
      return parsePlanUpload(ctx, { bytes: new Uint8Array(bytes), filename, province: query.province });
    },
    { rawBody: true, bodyLimit: MAX_DOCUMENT_BYTES },
  );
  registerEndpoint(app, services, contract.setOpenGroupMembers, async ({ params, body }, ctx) =>
    setOpenGroupMembers(ctx, params.id, body),
  );
  registerEndpoint(app, services, contract.exportPlanDocx, async ({ params }, ctx) =>
    exportPlan(ctx, params.id, 'docx'),
  );
  registerEndpoint(app, services, contract.exportPlanXlsx, async ({ params }, ctx) =>
    exportPlan(ctx, params.id, 'xlsx'),
  );
  registerEndpoint(app, services, contract.getPlanSource, async ({ params }, ctx) => getPlanSource(ctx, params.id));
  registerEndpoint(
    app,
    services,
    contract.findOwes,
    async ({ query }, ctx) => findOwesByName(ctx, query.name, query.planYear, query.asOf),
    { cache: READ_VERSIONS },
  );
  registerEndpoint(app, services, organisations.getAgency, async ({ params, query }, ctx) => ({
    ...(await getAgencyProfile(ctx, params.id, { asOf: query.asOf ?? ctx.clock.today(), planId: query.planId })),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, organisations.previewSuccessionEvent, async ({ body }, ctx) =>
    previewSuccessionEvent(ctx, body),
  );
}
