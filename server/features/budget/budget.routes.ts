import type { FastifyInstance } from 'fastify';
import * as contract from '../../../common/contracts/budget.js';
import { DOCX_TYPE } from '../../../common/contracts/endpoint.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor } from '../../policies/policy.js';
import { buildBudgetRequestDocx } from './budget-request-docx.js';
import { getBudgetRequest, getBudgetYear } from './budget.queries.js';
import { createAllocation } from './create-allocation.js';
import { draftBudgetRequest } from './draft-budget-request.js';
import { recordSpending } from './record-spending.js';
import { transitionBudgetRequest } from './transition-budget-request.js';

/** The budget: a year's lines, allocations, spending, and requests beyond the estimate. */
export function registerBudgetRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.getBudgetYear, async ({ query }, ctx) => ({
    ...(await getBudgetYear(ctx, query)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.createAllocation, async ({ body }, ctx) => ({
    allocation: await createAllocation(ctx, body),
  }));
  // The voucher arrives as a multipart stream, cut off at the contract's limit before anything is stored.
  registerEndpoint(app, services, contract.recordSpending, async ({ params, body }, ctx, { file }) => ({
    allocation: await recordSpending(ctx, params.id, body, file ?? null),
  }));
  registerEndpoint(app, services, contract.draftBudgetRequest, async ({ body }, ctx) => ({
    request: await draftBudgetRequest(ctx, body),
  }));
  registerEndpoint(app, services, contract.getBudgetRequest, async ({ params }, ctx) => ({
    request: await getBudgetRequest(ctx, params.id),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.submitBudgetRequest, async ({ params, body }, ctx) => ({
    request: await transitionBudgetRequest(ctx, params.id, 'submit', body),
  }));
  registerEndpoint(app, services, contract.appraiseBudgetRequest, async ({ params, body }, ctx) => ({
    request: await transitionBudgetRequest(ctx, params.id, 'appraise', body),
  }));
  registerEndpoint(app, services, contract.decideBudgetRequest, async ({ params, body }, ctx) => ({
    request: await transitionBudgetRequest(ctx, params.id, body.decision, body),
  }));
  registerEndpoint(app, services, contract.downloadBudgetRequest, async ({ params }, ctx) => ({
    ...(await buildBudgetRequestDocx(ctx, params.id)),
    contentType: DOCX_TYPE,
  }));
}
