import type { FastifyInstance } from 'fastify';
import * as contract from '../../../common/contracts/publications.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { abilitiesFor } from '../../policies/policy.js';
import { attachPublicationFile } from './attach-publication-file.js';
import { addContestEntry, createContest, setContestResult } from './contests.js';
import { getPublicationFile, listPublications } from './publications.queries.js';
import { recordPublication } from './record-publication.js';

/** Publications (each one an activity) and the contests the province takes part in. */
export function registerPublicationRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.listPublications, async ({ query }, ctx) => ({
    ...(await listPublications(ctx, query)),
    abilities: abilitiesFor(ctx.actor),
  }));
  registerEndpoint(app, services, contract.recordPublication, async ({ body }, ctx) => ({
    publication: await recordPublication(ctx, body),
  }));
  // Files arrive one per multipart request, cut off at the contract's limit before anything is stored.
  registerEndpoint(app, services, contract.attachPublicationFile, async ({ params }, ctx, { file }) => ({
    publication: await attachPublicationFile(ctx, params.id, file!),
  }));
  registerEndpoint(app, services, contract.getPublicationFile, async ({ params }, ctx) =>
    getPublicationFile(ctx, params.id, params.fileId),
  );
  registerEndpoint(app, services, contract.createContest, async ({ body }, ctx) => ({
    contest: await createContest(ctx, body),
  }));
  registerEndpoint(app, services, contract.addContestEntry, async ({ params, body }, ctx) => ({
    contest: await addContestEntry(ctx, params.id, body),
  }));
  registerEndpoint(app, services, contract.setContestResult, async ({ params, body }, ctx) => ({
    contest: await setContestResult(ctx, params.id, params.entryId, body.result),
  }));
}
