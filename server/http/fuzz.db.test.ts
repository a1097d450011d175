import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Endpoint } from '../../common/contracts/endpoint.js';
import { loadEndpoints } from '../test/contract-endpoints.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../test/test-app.js';
import { sampleFromSchema } from '../test/sample-from-schema.js';

// Requests generated from the contracts, valid and invalid, against every route, as nobody and as
// each demo role: whatever arrives, the answer is never a 5xx. Path parameters get real-looking ids
// and hostile ones; bodies and queries get the contract's own sample, the sample with NUL and
// oversized strings, and arbitrary JSON (fast-check, fixed seed so a failure replays).

/** Routes that would end the caller's own session and spoil the rest of the run. */
const ENDS_SESSION = new Set(['logout', 'changePassword']);
const ROLES = ['quantri', 'dieuphoi', 'lanhdao', 'baotuyenquang', 'songoaivu'] as const;
const BAD_PARAMS = ['0', '-1', '99999999999999999999', 'abc', '%00', "1' OR '1'='1", '..%2F..%2Fetc'];

let t: TestApp;
let endpoints: Array<[string, Endpoint]> = [];

/** Replaces every string in a value (the contract's sample) by `to(string)`. */
function mapStrings(value: unknown, to: (s: string) => string): unknown {
  if (typeof value === 'string') return to(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, to));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, to)]));
  return value;
}

function pathWith(endpoint: Endpoint, param: (name: string) => string): string {
  return endpoint.path.replace(/:(\w+)/g, (_, name: string) => param(name));
}

/** The requests tried on one route: the valid sample first, then the invalid ones. */
function requestsFor(endpoint: Endpoint, seed: number): Array<{ url: string; payload?: unknown }> {
  const sampleId = (name: string) => (name === 'year' ? '2025' : name === 'date' ? '2025-09-02' : '1');
  const query = endpoint.query
    ? (sampleFromSchema(endpoint.query as z.ZodType, () => 1) as Record<string, unknown>)
    : {};
  const search = (q: Record<string, unknown>) => {
    const s = new URLSearchParams(Object.entries(q ?? {}).map(([k, v]) => [k, String(v)] as [string, string]));
    return s.size > 0 ? `?${s}` : '';
  };
  const base = pathWith(endpoint, sampleId);
  const body = endpoint.body ? sampleFromSchema(endpoint.body as z.ZodType, () => 1) : undefined;
  const requests: Array<{ url: string; payload?: unknown }> = [{ url: base + search(query), payload: body }];
  for (const bad of BAD_PARAMS)
    if (endpoint.path.includes(':'))
      requests.push({ url: pathWith(endpoint, () => bad) + search(query), payload: body });
  if (endpoint.query) {
    requests.push({
      url: base + search(mapStrings(query, () => 'x\u0000y') as Record<string, unknown>),
      payload: body,
    });
    requests.push({ url: `${base}?${'a'.repeat(50)}=${'9'.repeat(400)}&limit=-5&before=abc`, payload: body });
  }
  const random = fc.sample(fc.jsonValue({ maxDepth: 3 }), { seed, numRuns: 4 });
  if (endpoint.method !== 'GET') {
    requests.push({ url: base, payload: mapStrings(body, () => 'a\u0000b') });
    requests.push({ url: base, payload: mapStrings(body, (s) => s.repeat(2000).slice(0, 100_000)) });
    for (const value of random) requests.push({ url: base, payload: value });
  }
  return requests;
}

beforeAll(async () => {
  endpoints = await loadEndpoints();
  t = await buildTestApp({ kind: 'demo', today: '2025-06-01' });
});
afterAll(() => t.close());

describe('fuzzing every route from its contract', () => {
  it('never answers 5xx, whoever calls and whatever they send', async () => {
    const anonymous: Session = { cookie: '', csrfToken: '', inject: (o) => t.app.inject(o) };
    const callers: Array<[string, Session]> = [['anonymous', anonymous]];
    for (const role of ROLES) callers.push([role, await signIn(t.app, role === 'quantri' ? 'admin' : role)]);
    const failures: string[] = [];
    let sent = 0;
    for (const [who, session] of callers) {
      for (const [name, endpoint] of endpoints) {
        if (who !== 'anonymous' && ENDS_SESSION.has(name)) continue;
        for (const request of requestsFor(endpoint, name.length * 7919 + who.length)) {
          const response = await session.inject({
            method: endpoint.method,
            url: request.url,
            ...(endpoint.method === 'GET' || endpoint.method === 'DELETE' ? {} : { payload: request.payload as never }),
          });
          sent++;
          if (response.statusCode >= 500)
            failures.push(
              `${who} ${endpoint.method} ${request.url} → ${response.statusCode} ${response.body.slice(0, 200)}`,
            );
        }
      }
    }
    console.log(
      `fuzz: ${sent} requests, ${endpoints.length} routes, ${callers.length} callers, ${failures.length} answered 5xx`,
    );
    expect(endpoints.length).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  }, 600_000);
});
