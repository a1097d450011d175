import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { DEFAULT_PATHS } from './analysis/defaults.js';
import { rssOf } from './demo/rss-writer.js';

export { rssOf };

/** An article of the labelled corpus (fixtures/monitoring/corpus). */
export type CorpusRow = {
  id: string;
  url: string;
  source: string;
  publishedAt: string;
  title: string;
  body: string;
  labels: { relevant: boolean; tone?: string; flags?: string[] };
};

/** Corpus articles by id. */
export function corpusArticles(ids: string[]): CorpusRow[] {
  const all = new Map(
    readFileSync(DEFAULT_PATHS.corpus, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CorpusRow)
      .map((row) => [row.id, row]),
  );
  return ids.map((id) => all.get(id)!);
}

/** What the local feed server serves: path → body (string, bytes, or a special behaviour). */
export type Route =
  | { body: string | Buffer; type?: string; etag?: string }
  | { redirect: string }
  | { hang: true }
  | { status: number };

/** A real HTTP server on 127.0.0.1 serving feeds, with ETags, redirects, hangs and errors; counts requests. */
export async function startFeedServer(routes: Record<string, Route>) {
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes[path];
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    if ('hang' in route) return; // never answers: the client's timeout must fire
    if ('redirect' in route) {
      res.writeHead(302, { location: route.redirect }).end();
      return;
    }
    if ('status' in route) {
      res.writeHead(route.status).end('error');
      return;
    }
    if (route.etag && req.headers['if-none-match'] === route.etag) {
      res.writeHead(304, { etag: route.etag }).end();
      return;
    }
    res.writeHead(200, {
      'content-type': route.type ?? 'application/rss+xml',
      ...(route.etag ? { etag: route.etag } : {}),
    });
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    hits,
    routes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Encodes text in windows-1258 (the legacy Vietnamese Windows code page). */
export function windows1258(text: string): Buffer {
  // The code page has ê, ơ, ă … precomposed but the five tones only as combining marks.
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const split = [...text.normalize('NFC')]
    .map((c) => {
      const d = c.normalize('NFD');
      const marks = d.match(tones)?.join('') ?? '';
      return d.replace(tones, '').normalize('NFC') + marks;
    })
    .join('');
  return iconv.encode(split, 'windows-1258');
}
