import { findProvinceByCode } from '../provinces/provinces.queries.js';
import type { FastifyInstance } from 'fastify';
import { issuePlan } from '../../../common/contracts/plans.js';
import * as contract from '../../../common/contracts/reporting.js';
import * as contacts from '../../../common/contracts/contacts.js';
import type { RequestContext } from '../../context.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor } from '../../policies/policy.js';
import { acceptReport } from './accept-report.js';
import { approveReport } from './approve-report.js';
import { requestApproval } from './request-approval.js';
import { attachEvidence } from './attach-evidence.js';
import { getComplianceBoard, listContacts, listPublishedSpokespersons } from './contacts.queries.js';
import { createRegimesFromPlan } from './create-regimes-from-plan.js';
import { getEvidenceFile } from './download-evidence.js';
import { grantPeriodException } from './grant-period-exception.js';
import { listIndicatorCatalogue } from './indicator-catalogue.js';
import { issuePlanAndOpenReporting } from './issue-plan-and-open-reporting.js';
import { recomputeObligations } from './recompute-obligations.js';
import { getTaskView, getTimelinessBoard } from './reporting-board.queries.js';
import { listObligations, listPeriods } from './reporting.queries.js';
import { returnReport } from './return-report.js';
import { saveDraft } from './save-draft.js';
import { setFocalOfficial } from './set-focal-official.js';
import { setSpokesperson } from './set-spokesperson.js';
import { submitReport } from './submit-report.js';
import { getSubmissionView } from './submission-view.js';
import { uploadOwnPlan } from './upload-own-plan.js';

const withAbilities = <T extends object>(ctx: RequestContext, body: T) => ({
  ...body,
  abilities: abilitiesFor(ctx.actor),
});

/** A command's view, built inside its transaction (every mutation answers with the form's state). */
function viewOf<T extends { view?: contract.SubmissionView; changed?: boolean }>(result: T) {
  return { ...result.view!, changed: result.changed ?? true };
}

/** Reporting cycle: contacts, regimes and periods, obligations, submissions, review and boards. */
export function registerReportingRoutes(app: FastifyInstance, services: RouteServices): void {
  const route = registerEndpoint;
  const present = { present: true };
  route(app, services, contacts.listPublicSpokespersons, async ({ query }, ctx) => {
    const asOf = query.asOf ?? ctx.clock.today();
    const provinceId = query.province ? (await findProvinceByCode(ctx.db, query.province)).id : ctx.defaultProvinceId;
    return { asOf, spokespersons: await ctx.withProvince(provinceId, (db) => listPublishedSpokespersons(db, asOf)) };
  });
  route(app, services, contacts.listContacts, async ({ query }, ctx) =>
    withAbilities(
      ctx,
      await listContacts(ctx, {
        agencyId: query.agencyId,
        asOf: query.asOf ?? ctx.clock.today(),
        history: query.history === 'true',
      }),
    ),
  );
  route(app, services, contacts.setFocalOfficial, async ({ body }, ctx) =>
    withAbilities(ctx, { focalOfficial: await setFocalOfficial(ctx, body) }),
  );
  route(app, services, contacts.setSpokesperson, async ({ body }, ctx) =>
    withAbilities(ctx, { spokesperson: await setSpokesperson(ctx, body) }),
  );
  route(app, services, contract.getEvidenceFile, async ({ params }, ctx) =>
    getEvidenceFile(ctx, params.id, params.fileId),
  );
  route(app, services, contacts.getCompliance, async (_, ctx) => withAbilities(ctx, await getComplianceBoard(ctx)));
  route(app, services, contract.listIndicators, async (_, ctx) =>
    withAbilities(ctx, { indicators: await listIndicatorCatalogue(ctx) }),
  );
  route(app, services, contract.createRegimes, async ({ params, body }, ctx) =>
    withAbilities(ctx, await createRegimesFromPlan(ctx, params.planId, body)),
  );
  route(app, services, contract.listPeriods, async ({ query }, ctx) =>
    withAbilities(ctx, { periods: await listPeriods(ctx, query) }),
  );
  route(app, services, contract.listObligations, async ({ params }, ctx) =>
    withAbilities(ctx, await listObligations(ctx, params.periodId)),
  );
  route(app, services, contract.recomputeObligations, async ({ params }, ctx) =>
    withAbilities(ctx, await recomputeObligations(ctx, params.periodId)),
  );
  route(app, services, contract.grantExtension, async ({ params, body }, ctx) =>
    withAbilities(ctx, { exception: await grantPeriodException(ctx, { periodId: params.periodId, ...body }) }),
  );
  route(app, services, contract.getBoard, async ({ params }, ctx) =>
    withAbilities(ctx, await getTimelinessBoard(ctx, params.periodId)),
  );
  route(app, services, contract.getTaskView, async ({ params }, ctx) =>
    withAbilities(ctx, await getTaskView(ctx, params.periodId, params.taskId)),
  );
  route(app, services, contract.getSubmission, async ({ params }, ctx) =>
    getSubmissionView(ctx, params.periodId, params.agencyId),
  );
  route(app, services, contract.saveDraft, async ({ params, body }, ctx) =>
    viewOf(await saveDraft(ctx, { ...body, ...params }, present)),
  );
  route(app, services, contract.requestApproval, async ({ params }, ctx) =>
    viewOf(await requestApproval(ctx, params.id, present)),
  );
  route(app, services, contract.approveReport, async ({ params }, ctx) =>
    viewOf(await approveReport(ctx, params.id, present)),
  );
  route(app, services, contract.submitReport, async ({ params }, ctx) =>
    viewOf(await submitReport(ctx, params.id, present)),
  );
  route(app, services, contract.acceptReport, async ({ params }, ctx) =>
    viewOf(await acceptReport(ctx, params.id, present)),
  );
  route(app, services, contract.returnReport, async ({ params, body }, ctx) =>
    viewOf(await returnReport(ctx, params.id, body, present)),
  );
  // Uploads arrive as multipart streams, cut off at the contract's limit (server/http/multipart.ts).
  route(app, services, contract.attachEvidence, async ({ params, body }, ctx, { file }) => {
    const { filename, bytes } = file!;
    const result = await attachEvidence(
      ctx,
      { submissionId: params.id, taskId: body.taskId, filename, bytes },
      present,
    );
    return { ...viewOf(result), attachmentId: result.attachmentId };
  });
  route(app, services, contract.uploadOwnPlan, async ({ params }, ctx, { file }) =>
    viewOf(await uploadOwnPlan(ctx, { submissionId: params.id, ...file! }, present)),
  );
  route(app, services, issuePlan, async ({ params, body }, ctx) =>
    issuePlanAndOpenReporting(ctx, params.id, body.version),
  );
}
