import type { FastifyInstance } from 'fastify';
import * as contract from '../../../common/contracts/consolidation.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor } from '../../policies/policy.js';
import { buildConsolidation } from './build-consolidation.js';
import { exportConsolidation } from './consolidation-files.js';
import { saveConsolidationNarrative } from './save-consolidation-narrative.js';

/** The coordinator's consolidation of a period: JSON, narrative edits, DOCX and XLSX downloads. */
export function registerConsolidationRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.getConsolidation, async ({ params }, ctx) => ({
    ...(await buildConsolidation(ctx, params.id)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.saveNarrative, async ({ params, body }, ctx) => ({
    ...(await saveConsolidationNarrative(ctx, params.id, body)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.downloadConsolidationDocx, async ({ params }, ctx) =>
    exportConsolidation(ctx, params.id, 'docx'),
  );
  registerEndpoint(app, services, contract.downloadConsolidationXlsx, async ({ params }, ctx) =>
    exportConsolidation(ctx, params.id, 'xlsx'),
  );
  registerEndpoint(app, services, contract.downloadInternalNote, async ({ params }, ctx) =>
    exportConsolidation(ctx, params.id, 'note'),
  );
}
