import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildWebIfStale } from '../../scripts/build.mjs';
import { projectPath } from '../paths.js';
import { buildTestApp, signIn, type TestApp } from '../test/test-app.js';
import { LOGIN_LIMIT } from './rate-limit.js';
import { IMMUTABLE_CACHE, REVALIDATE_CACHE } from './web-delivery.js';

const WEB_ROOT = projectPath('dist/web');
let t: TestApp;
let entryScript: string;

beforeAll(async () => {
  (buildWebIfStale as () => boolean)();
  t = await buildTestApp({ webRoot: WEB_ROOT });
  entryScript = /<script type="module" crossorigin src="([^"]+)"/.exec(
    readFileSync(join(WEB_ROOT, 'index.html'), 'utf8'),
  )![1]!;
});
afterAll(() => t.close());

describe('headers of every answer', () => {
  it('sends a strict Content-Security-Policy: scripts from our origin only, never framed', async () => {
    for (const url of ['/', '/api/health', '/plans/3']) {
      const res = await t.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp, url).not.toMatch(/unsafe-eval/);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("object-src 'none'");
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
    }
  });

  it('the built index.html has no inline script and no inline event handler', () => {
    const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\//);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).toMatch(/<html lang="vi">/);
  });
});

describe('static delivery', () => {
  it('sends the brotli or gzip file written at build time, cached for a year as immutable', async () => {
    const plain = readFileSync(join(WEB_ROOT, entryScript));
    const br = await t.app.inject({ method: 'GET', url: entryScript, headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe(IMMUTABLE_CACHE);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).equals(plain)).toBe(true);
    expect(br.rawPayload.length).toBeLessThan(plain.length / 3);

    const gz = await t.app.inject({ method: 'GET', url: entryScript, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(plain)).toBe(true);

    const identity = await t.app.inject({
      method: 'GET',
      url: entryScript,
      headers: { 'accept-encoding': 'identity' },
    });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.rawPayload.equals(plain)).toBe(true);
  });

  it('has a compressed copy of every script and stylesheet of the build', () => {
    const assets = readdirSync(join(WEB_ROOT, 'assets'));
    const big = assets.filter((f) => /\.(js|css)$/.test(f) && readFileSync(join(WEB_ROOT, 'assets', f)).length >= 1024);
    expect(big.length).toBeGreaterThan(5);
    for (const file of big) {
      expect(assets, file).toContain(`${file}.br`);
      expect(assets, file).toContain(`${file}.gz`);
    }
  });

  it('revalidates index.html and deep links, and answers 404 for a missing asset', async () => {
    for (const url of ['/', '/plans/3']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['cache-control'], url).toBe(REVALIDATE_CACHE);
    }
    const missing = await t.app.inject({ method: 'GET', url: '/assets/missing-AbCdEf12.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control'] ?? '').not.toContain('immutable');
  });

  it('compresses API answers for clients that accept it', async () => {
    const coordinator = await signIn(t.app, 'dieuphoi');
    const res = await coordinator.inject({
      method: 'GET',
      url: '/api/agencies',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.rawPayload).toString('utf8'))).toBeTruthy();
  });
});

describe('sign-in limit per client address', () => {
  const attempt = (app: TestApp['app'], forwardedFor: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-for': forwardedFor },
      remoteAddress: '203.0.113.7',
      payload: { username: 'khong-co-ai', password: 'sai-mat-khau' },
    });

  it('ignores a forged X-Forwarded-For when no proxy is trusted', async () => {
    const codes: number[] = [];
    for (let i = 0; i <= LOGIN_LIMIT.max; i++) codes.push((await attempt(t.app, `198.51.100.${i}`)).statusCode);
    expect(codes.slice(0, LOGIN_LIMIT.max).every((c) => c === 401)).toBe(true);
    const limited = await attempt(t.app, '198.51.100.250');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(limited.json().error.params.seconds).toBeGreaterThan(0);
  });

  it('believes X-Forwarded-For from a configured proxy', async () => {
    const proxied = await buildTestApp({ trustProxy: ['203.0.113.7'] });
    try {
      for (let i = 0; i <= LOGIN_LIMIT.max + 2; i++)
        expect((await attempt(proxied.app, `198.51.100.${i}`)).statusCode).toBe(401);
      const codes: number[] = [];
      for (let i = 0; i <= LOGIN_LIMIT.max; i++) codes.push((await attempt(proxied.app, '198.51.100.99')).statusCode);
      expect(codes.at(-1)).toBe(429);
    } finally {
      await proxied.close();
    }
  });
});

describe('text that cannot be stored', () => {
  it('answers 400, not 500, for NUL or a lone surrogate anywhere in a request', async () => {
    const nulLogin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '192.0.2.77',
      payload: { username: 'admin\u0000', password: 'demo' },
    });
    expect(nulLogin.statusCode).toBe(400);
    expect(nulLogin.json().error.code).toBe('VALIDATION_FAILED');
    const surrogate = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '192.0.2.77',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":"admin","password":"\\ud800x"}',
    });
    expect(surrogate.statusCode).toBe(400);
    const coordinator = await signIn(t.app, 'dieuphoi');
    const query = await coordinator.inject({ method: 'GET', url: '/api/agencies/resolve?name=S%E1%BB%9F%00' });
    expect(query.statusCode).toBe(400);
    // Vietnamese text, tabs and line breaks are ordinary text.
    const fine = await coordinator.inject({
      method: 'GET',
      url: `/api/agencies/resolve?name=${encodeURIComponent('Sở Ngoại vụ\t')}`,
    });
    expect(fine.statusCode).toBe(200);
  });
});
