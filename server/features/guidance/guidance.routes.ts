import type { FastifyInstance } from 'fastify';
import { DOCX_TYPE, XLSX_TYPE } from '../../../common/contracts/endpoint.js';
import * as contract from '../../../common/contracts/guidance.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor } from '../../policies/policy.js';
import { acknowledgeGuidance } from './acknowledge-guidance.js';
import { renderGuidanceDocx } from './guidance-docx.js';
import { renderGuidanceRegisterXlsx } from './guidance-register-xlsx.js';
import { getGuidance, getGuidanceOptions, listGuidance } from './guidance.queries.js';
import { issueGuidance } from './issue-guidance.js';
import { openGuidance } from './open-guidance.js';

/** Guidance notes: the register, one note, issue, the read receipt, acknowledgement and the DOCX. */
export function registerGuidanceRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.listGuidance, async ({ query }, ctx) => ({
    notes: await listGuidance(ctx, query),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.getGuidanceOptions, async ({ query }, ctx) => ({
    ...(await getGuidanceOptions(ctx, query)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.downloadGuidanceRegister, async ({ query }, ctx) => ({
    ...(await renderGuidanceRegisterXlsx(ctx, query)),
    contentType: XLSX_TYPE,
  }));
  registerEndpoint(app, services, contract.getGuidance, async ({ params }, ctx) => ({
    note: await getGuidance(ctx, params.id),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.issueGuidance, async ({ body }, ctx) => ({
    note: await issueGuidance(ctx, body),
  }));
  registerEndpoint(app, services, contract.openGuidance, async ({ params }, ctx) => openGuidance(ctx, params.id));
  registerEndpoint(app, services, contract.acknowledgeGuidance, async ({ params, body }, ctx) => ({
    note: await acknowledgeGuidance(ctx, params.id, body.note),
  }));
  registerEndpoint(app, services, contract.downloadGuidanceDocx, async ({ params }, ctx) => ({
    ...(await renderGuidanceDocx(ctx, params.id)),
    contentType: DOCX_TYPE,
  }));
}
