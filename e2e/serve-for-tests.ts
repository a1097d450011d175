/**
 * Fallback server for the browser journeys, used only when `ttdn serve` cannot start with the
 * built web app (server/app.ts sets a second not-found handler once dist/web exists: "Not found
 * handler already set"). Same database, demo data, clock and API as `ttdn serve`; the web app is
 * served by a wildcard route instead of @fastify/static. Run: node --import tsx e2e/serve-for-tests.ts
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../server/app.js';
import { parsePlanFile } from '../server/cli.js';
import { createClock } from '../server/context.js';
import { openDatabase } from '../server/db/client.js';
import { isEmptyDatabase, loadDemo } from '../server/demo/load-demo.js';
import { readConfig } from '../server/env.js';

const WEB_ROOT = fileURLToPath(new URL('../dist/web', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const config = readConfig();
const database = await openDatabase(config);
const clock = createClock(config.today);
const ctx = { db: database.db, clock, actor: { kind: 'system' as const, name: 'e2e' } };
if (await isEmptyDatabase(ctx)) await loadDemo(ctx, parsePlanFile);
const app = await buildApp({ database, clock, logger: false });
app.get('/*', async (request, reply) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  if (path.startsWith('/api/')) return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Not found', requestId: request.id } });
  const file = normalize(join(WEB_ROOT, path));
  if (file.startsWith(WEB_ROOT) && extname(file)) {
    try {
      const body = await readFile(file);
      return reply.type(TYPES[extname(file)] ?? 'application/octet-stream').send(body);
    } catch {
      /* fall through to the SPA page */
    }
  }
  return reply.type(TYPES['.html']!).send(await readFile(join(WEB_ROOT, 'index.html')));
});
const shutdown = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
await app.listen({ port: config.port, host: '127.0.0.1' });
console.log(`TTĐN (e2e fallback): http://127.0.0.1:${config.port}`);
