import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** One year: hashed file names change with their content, so a cached copy is never stale. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** index.html and other unhashed files: always revalidated, so a new release is picked up at once. */
export const REVALIDATE_CACHE = 'no-cache';

/** Vite's hashed output: /assets/<name>-<hash>.<ext>. */
const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.(br|gz))?$/;

/**
 * Serves the built web app from `root`: the brotli or gzip file written next to each asset at
 * build time when the browser accepts it (no compression work per request), hashed assets cached
 * for a year as immutable, everything else revalidated.
 */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', HASHED_ASSET.test(path) ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
    },
  });
}
