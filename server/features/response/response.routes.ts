import type { FastifyInstance } from 'fastify';
import { DOCX_TYPE } from '../../../common/contracts/endpoint.js';
import * as press from '../../../common/contracts/press-relations.js';
import * as contract from '../../../common/contracts/response.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor } from '../../policies/policy.js';
import { addCasePost } from './add-case-post.js';
import { answerReferral } from './answer-referral.js';
import { responseBoard } from './board.queries.js';
import { captureEvidence } from './capture-evidence.js';
import { addCaseAction, completeCaseAction } from './case-actions.js';
import { listCasePeople, removeCaseMember, setCaseMember } from './case-members.js';
import { getCase, listCases } from './cases.queries.js';
import { escalateLapsedReferrals } from './escalate-referrals.js';
import { ANY_ADDRESS, DEFAULT_FETCH_LIMITS } from './fetch-page.js';
import { listForeignVisits, registerForeignVisit, transitionForeignVisit } from './foreign-visits.js';
import { openCase } from './open-case.js';
import { buildPressInvitation } from './press-invitation-docx.js';
import { buildPressRelease } from './press-release-docx.js';
import { cancelPressConference, holdPressConference, planPressConference } from './press-conferences.js';
import { listPressConferences } from './press-conferences.queries.js';
import { referCase } from './refer-case.js';
import { casesWorkbook, conferencesWorkbook } from './response-workbooks.js';
import { transitionCase } from './transition-case.js';

/** Response work: cases, press conferences, foreign press groups, the board. */
export function registerResponseRoutes(
  app: FastifyInstance,
  services: RouteServices,
  options: { captureAllowPrivate: boolean } = { captureAllowPrivate: false },
): void {
  // Private addresses are readable only when a test asked for it; the limits are otherwise the defaults.
  const captureLimits = options.captureAllowPrivate
    ? { ...DEFAULT_FETCH_LIMITS, addressAllowed: ANY_ADDRESS }
    : DEFAULT_FETCH_LIMITS;
  registerEndpoint(app, services, contract.listCases, async ({ query }, ctx) => ({
    cases: await listCases(ctx, query),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.downloadCasesWorkbook, async (_input, ctx) => casesWorkbook(ctx));
  registerEndpoint(app, services, press.downloadConferencesWorkbook, async ({ query }, ctx) =>
    conferencesWorkbook(ctx, query.year),
  );
  registerEndpoint(app, services, contract.openCase, async ({ body }, ctx) => ({ case: await openCase(ctx, body) }));
  registerEndpoint(app, services, contract.getCase, async ({ params }, ctx) => ({
    case: await getCase(ctx, params.id),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.setCaseMember, async ({ params, body }, ctx) => ({
    case: await setCaseMember(ctx, { caseId: params.id, ...body }),
  }));
  registerEndpoint(app, services, contract.listCasePeople, async (_input, ctx) => ({
    people: await listCasePeople(ctx),
  }));
  registerEndpoint(app, services, contract.removeCaseMember, async ({ params }, ctx) => ({
    case: await removeCaseMember(ctx, { caseId: params.id, userId: params.userId }),
  }));
  registerEndpoint(app, services, contract.transitionCase, async ({ params, body }, ctx) => ({
    case: await transitionCase(ctx, { caseId: params.id, ...body }),
  }));
  registerEndpoint(app, services, contract.addCasePost, async ({ params, body }, ctx) => ({
    case: await addCasePost(ctx, { caseId: params.id, ...body }),
  }));
  registerEndpoint(app, services, contract.referCase, async ({ params, body }, ctx) => ({
    case: await referCase(ctx, { caseId: params.id, ...body }),
  }));
  registerEndpoint(app, services, contract.answerReferral, async ({ params, body }, ctx) => ({
    case: await answerReferral(ctx, params.id, body.answer),
  }));
  registerEndpoint(app, services, contract.addCaseAction, async ({ params, body }, ctx) => ({
    case: await addCaseAction(ctx, { caseId: params.id, ...body }),
  }));
  registerEndpoint(app, services, contract.completeCaseAction, async ({ params, body }, ctx) => ({
    case: await completeCaseAction(ctx, { actionId: params.id, ...body }),
  }));
  registerEndpoint(app, services, contract.captureEvidence, async ({ params, body }, ctx) => ({
    case: await captureEvidence(ctx, { caseId: params.id, ...body }, captureLimits),
  }));
  registerEndpoint(app, services, contract.escalateReferrals, async (_input, ctx) => ({
    escalated: await escalateLapsedReferrals(ctx),
  }));

  registerEndpoint(app, services, press.listPressConferences, async ({ query }, ctx) => ({
    ...(await listPressConferences(ctx, query.year)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, press.planPressConference, async ({ body }, ctx) => ({
    conference: await planPressConference(ctx, body),
  }));
  registerEndpoint(app, services, press.holdPressConference, async ({ params, body }, ctx) => ({
    conference: await holdPressConference(ctx, { id: params.id, ...body }),
  }));
  registerEndpoint(app, services, press.cancelPressConference, async ({ params }, ctx) => ({
    conference: await cancelPressConference(ctx, params.id),
  }));
  registerEndpoint(app, services, press.downloadPressRelease, async ({ params }, ctx) => ({
    ...(await buildPressRelease(ctx, params.id)),
    contentType: DOCX_TYPE,
  }));

  registerEndpoint(app, services, press.downloadPressInvitation, async ({ params }, ctx) => ({
    ...(await buildPressInvitation(ctx, params.id)),
    contentType: DOCX_TYPE,
  }));

  registerEndpoint(app, services, press.listForeignVisits, async (_input, ctx) => ({
    visits: await listForeignVisits(ctx),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, press.registerForeignVisit, async ({ body }, ctx) => ({
    visit: await registerForeignVisit(ctx, body),
  }));
  registerEndpoint(app, services, press.transitionForeignVisit, async ({ params, body }, ctx) => ({
    visit: await transitionForeignVisit(ctx, { id: params.id, ...body }),
  }));

  registerEndpoint(app, services, contract.responseBoard, async ({ query }, ctx) =>
    responseBoard(ctx, query.year, query),
  );
}
