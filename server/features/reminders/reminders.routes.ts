import type { FastifyInstance } from 'fastify';
import { DOCX_TYPE } from '../../../common/contracts/endpoint.js';
import * as contract from '../../../common/contracts/notifications.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { renderReminderLetter } from './reminder-letter.js';

/** The reminder letter (công văn đôn đốc) of a reporting period, as DOCX. */
export function registerReminderRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(app, services, contract.getReminderLetter, async ({ params, query }, ctx) => {
    const letter = await renderReminderLetter(ctx, params.id, { newDueOn: query.newDue });
    return { bytes: letter.bytes, filename: letter.filename, contentType: DOCX_TYPE };
  });
}
