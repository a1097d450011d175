import type { FastifyInstance } from 'fastify';
import { DOCX_TYPE } from '../../../common/contracts/endpoint.js';
import * as contract from '../../../common/contracts/monitoring.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor, authorize } from '../../policies/policy.js';
import { importCsv, pasteArticle, previewCsv } from './add-articles.js';
import { createSource } from './create-source.js';
import { demoFeedDocument } from './demo/demo-feeds.js';
import { digestIssuer, renderDigestDocx } from './digest-docx.js';
import { getDigest, issueDigest, listDigests, previewDigest } from './digests.js';
import { handleAlert } from './handle-alert.js';
import { getArticleDetail, getStats, listAlerts, listSources, listStories } from './monitoring.queries.js';
import { pollSource } from './poll-source.js';
import { currentProfile } from './province-analyzer.js';
import { saveProfile } from './save-profile.js';
import { deleteSavedSearch, listSavedSearches, saveSearch } from './saved-searches.js';

/** Press monitoring: sources and their health, articles and search, alerts, the profile, digests. */
export function registerMonitoringRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.demoFeed, async ({ params }, ctx) => demoFeedDocument(ctx, params.slug));
  registerEndpoint(app, services, contract.listSources, async (_input, ctx) => ({
    sources: await listSources(ctx),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.createSource, async ({ body }, ctx) => ({
    source: await createSource(ctx, body),
  }));
  registerEndpoint(app, services, contract.pollSourceNow, async ({ params }, ctx) => {
    const { sourceId: _s, notModified: _n, ...result } = await pollSource(ctx, params.id);
    return result;
  });
  registerEndpoint(app, services, contract.pasteArticle, async ({ body }, ctx) => pasteArticle(ctx, body));
  // The contract caps a CSV at 5 million characters; in UTF-8 JSON that is up to ~16 MB of body.
  const csvBody = { bodyLimit: 16 * 1024 * 1024 };
  registerEndpoint(app, services, contract.importCsv, async ({ body }, ctx) => importCsv(ctx, body), csvBody);
  registerEndpoint(app, services, contract.previewCsv, async ({ body }, ctx) => previewCsv(ctx, body), csvBody);
  registerEndpoint(app, services, contract.listArticles, async ({ query }, ctx) => ({
    ...(await listStories(ctx, query)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.listSavedSearches, async (_input, ctx) => ({
    searches: await listSavedSearches(ctx),
  }));
  registerEndpoint(app, services, contract.saveSearch, async ({ body }, ctx) => ({
    search: await saveSearch(ctx, body),
  }));
  registerEndpoint(app, services, contract.deleteSavedSearch, async ({ params }, ctx) =>
    deleteSavedSearch(ctx, params.id),
  );
  registerEndpoint(app, services, contract.getArticle, async ({ params }, ctx) => ({
    article: await getArticleDetail(ctx, params.id),
  }));
  registerEndpoint(app, services, contract.getStats, async ({ query }, ctx) => getStats(ctx, query.from, query.to));
  registerEndpoint(app, services, contract.listAlerts, async (_input, ctx) => ({
    alerts: await listAlerts(ctx),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.handleAlert, async ({ params }, ctx) => ({
    alert: await handleAlert(ctx, params.id),
  }));
  registerEndpoint(app, services, contract.getProfile, async (_input, ctx) => {
    authorize(ctx.actor, 'monitor.read');
    return { ...(await currentProfile(ctx.db)), abilities: abilitiesFor(ctx.actor) };
  });
  registerEndpoint(app, services, contract.saveProfile, async ({ body }, ctx) =>
    saveProfile(ctx, body.data, body.version),
  );
  registerEndpoint(app, services, contract.previewDigest, async ({ query }, ctx) => ({
    digest: await previewDigest(ctx, query.kind, query.date),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.issueDigest, async ({ body }, ctx) => ({
    digest: await issueDigest(ctx, body.kind, body.date, body.articleIds),
  }));
  registerEndpoint(app, services, contract.listDigests, async (_input, ctx) => ({ digests: await listDigests(ctx) }));
  registerEndpoint(app, services, contract.getDigest, async ({ params }, ctx) => ({
    digest: await getDigest(ctx, params.id),
  }));
  registerEndpoint(app, services, contract.downloadDigestDocx, async ({ params }, ctx) => {
    const digest = await getDigest(ctx, params.id);
    const profile = (await currentProfile(ctx.db)).data as { name?: string };
    return {
      bytes: await renderDigestDocx(digest, profile.name ?? 'Tuyên Quang', await digestIssuer(ctx.db)),
      filename: `Điểm tin báo chí ${digest.periodStart}${digest.periodEnd !== digest.periodStart ? ` – ${digest.periodEnd}` : ''}.docx`,
      contentType: DOCX_TYPE,
    };
  });
}
