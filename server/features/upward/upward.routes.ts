import type { FastifyInstance } from 'fastify';
import * as contract from '../../../common/contracts/upward.js';
import { DOCX_TYPE } from '../../../common/contracts/endpoint.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor } from '../../policies/policy.js';
import { acceptUpwardReport } from './accept-upward-report.js';
import { getMinistryOverview, getUpwardReport } from './ministry.queries.js';
import { exportNationalReport } from './national-report.js';
import { receiveUpwardReport, upwardStatusOfProvince } from './receive-upward-report.js';
import { returnUpwardReport } from './return-upward-report.js';
import { sendUpwardReport } from './send-upward-report.js';
import { getUpwardState } from './upward-state.js';
import { provinceOfToken } from './upward-tokens.js';

/** The ministry's roll-up, the province's "send upward", and the token API of self-hosted provinces. */
export function registerUpwardRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.getMinistryOverview, async ({ query }, ctx) => ({
    ...(await getMinistryOverview(ctx, query.year, query.kind)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.getUpwardReport, async ({ params }, ctx) => ({
    ...(await getUpwardReport(ctx, params.id)).view,
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.downloadUpwardReportDocx, async ({ params }, ctx) => {
    const { row, view } = await getUpwardReport(ctx, params.id);
    return {
      bytes: row.docx,
      filename: `Báo cáo ${view.provinceName} ${view.periodLabel}.docx`,
      contentType: DOCX_TYPE,
    };
  });
  registerEndpoint(app, services, contract.returnUpwardReport, async ({ params, body }, ctx) => ({
    ...(await returnUpwardReport(ctx, params.id, body.reason)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.acceptUpwardReport, async ({ params }, ctx) => ({
    ...(await acceptUpwardReport(ctx, params.id)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.downloadNationalDocx, async ({ query }, ctx) =>
    exportNationalReport(ctx, query.year, query.kind, 'docx'),
  );
  registerEndpoint(app, services, contract.downloadNationalXlsx, async ({ query }, ctx) =>
    exportNationalReport(ctx, query.year, query.kind, 'xlsx'),
  );
  registerEndpoint(app, services, contract.getUpwardState, async ({ params }, ctx) => ({
    ...(await getUpwardState(ctx, params.id)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.sendUpward, async ({ params }, ctx) => {
    await sendUpwardReport(ctx, params.id);
    return { ...(await getUpwardState(ctx, params.id)), abilities: abilitiesFor(ctx.actor) };
  });
  registerEndpoint(app, services, contract.receiveUpward, async ({ body }, ctx, { request }) => {
    const provinceId = await provinceOfToken(ctx.db, request.headers.authorization, ctx.clock.now());
    return ctx.withProvince(provinceId, (db) => receiveUpwardReport({ db, clock: ctx.clock }, provinceId, body));
  });
  registerEndpoint(app, services, contract.upwardStatusForToken, async (_input, ctx, { request }) => {
    const provinceId = await provinceOfToken(ctx.db, request.headers.authorization, ctx.clock.now());
    return ctx.withProvince(provinceId, (db) => upwardStatusOfProvince(db, provinceId));
  });
}
