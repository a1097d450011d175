import type { FastifyInstance } from 'fastify';
import { parsePlanDocument } from '../../../common/contracts/plans.js';
import { AppError } from '../../../common/errors.js';
import { MAX_DOCUMENT_BYTES } from '../../../common/limits.js';
import { registerEndpoint, type RouteServices } from '../../http/endpoint.js';
import { runParseJob } from './parse-jobs.js';

/** Splits a body of concatenated files by the `x-parts` header: [{ "name": "…", "size": n }, …]. */
export function splitParts(body: Buffer, header: string | undefined, fallbackName: string) {
  if (!header) return [{ bytes: new Uint8Array(body), filename: fallbackName }];
  let parts: Array<{ name: string; size: number }>;
  try {
    parts = JSON.parse(decodeURIComponent(header)) as Array<{ name: string; size: number }>;
  } catch {
    throw new AppError('INVALID_PARTS');
  }
  if (!Array.isArray(parts) || parts.length === 0 || parts.length > 60) throw new AppError('INVALID_PARTS');
  let at = 0;
  const files = parts.map((p) => {
    const size = Number(p.size);
    if (!Number.isInteger(size) || size <= 0 || at + size > body.length) throw new AppError('INVALID_PARTS');
    const bytes = new Uint8Array(body.subarray(at, at + size));
    at += size;
    return { bytes, filename: String(p.name ?? 'trang.jpg') };
  });
  if (at !== body.length) throw new AppError('INVALID_PARTS');
  return files;
}

/**
 * The upload (one file, or several page images concatenated and described by x-parts) answered as
 * server-sent events: progress per page, then the review answer.
 */
export function registerPlanParseJobRoutes(app: FastifyInstance, services: RouteServices): void {
  registerEndpoint(
    app,
    services,
    parsePlanDocument,
    async ({ query }, ctx, { request }) => {
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.byteLength === 0) throw new AppError('DOCUMENT_EMPTY');
      const files = splitParts(
        body,
        request.headers['x-parts'] as string | undefined,
        decodeURIComponent(String(request.headers['x-filename'] ?? 'tai-lieu.txt')),
      );
      return (send) => runParseJob(ctx, { files, province: query.province }, send);
    },
    { rawBody: true, bodyLimit: MAX_DOCUMENT_BYTES * 2 },
  );
}
