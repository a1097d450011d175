import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Endpoint } from '../../common/contracts/endpoint.js';
import { loadEndpoints } from '../test/contract-endpoints.js';
import { sampleFromSchema } from '../test/sample-from-schema.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../test/test-app.js';
import { type AuthorizationCheck, recordAuthorization } from './policy.js';

// The authorization matrix generated from the route table: every contract route × every demo role ×
// (for agency staff) their own agency and another's, called with the contract's own sample. Each call
// records the policy decisions it made (`recordAuthorization`; calls are sequential), and the answer must agree with them:
// a refusal only where the policy refused, the policy's refusal never swallowed, no success without
// asking the policy, and agency staff never changing another agency's records. Nothing here is a
// hand-written expectation per route; the permission rules decide.

/** Calls that would end the caller's own session and spoil the rest of the run. */
const ENDS_SESSION = new Set(['logout', 'changePassword', 'revokeMySession', 'signOutOtherSessions']);
/**
 * Routes that answer only about the caller, or with what every signed-in person reads, so they need no
 * policy decision — each with its reason.
 */
const SELF_ONLY: Record<string, string> = {
  me: 'the caller’s own session',
  listMySessions: 'the caller’s own sessions',
  listNotifications: 'the caller’s own notices',
  unreadNotificationCount: 'the caller’s own notices',
  markNotificationRead: 'the caller’s own notice (found by user id)',
  markAllNotificationsRead: 'the caller’s own notices',
  setEmailDigest: 'the caller’s own preference',
  home: 'built from the caller’s own role and agency',
  getNotificationPreferences: 'the caller’s own preferences',
  setNotificationPreferences: 'the caller’s own preferences',
  acknowledgePlan: 'the caller’s own agency’s acknowledgement (anyone but agency staff: ONLY_AGENCY_STAFF)',
  getCalendarYear: 'the working calendar: holidays every signed-in person reads',
};
const ROLES = ['admin', 'dieuphoi', 'lanhdao', 'baotuyenquang', 'songoaivu'] as const;
const AGENCY_STAFF = new Set<string>(['baotuyenquang', 'songoaivu']);

type Call = {
  route: string;
  who: string;
  variant: string;
  status: number;
  code?: string;
  checks: AuthorizationCheck[];
};

let t: TestApp;
let endpoints: Array<[string, Endpoint]> = [];

beforeAll(async () => {
  endpoints = await loadEndpoints();
  t = await buildTestApp({ kind: 'demo', today: '2025-06-01' });
});
afterAll(() => t.close());

/** Puts `agencyId` wherever the sample names an agency (path, query, body; nested objects too). */
function withAgency(value: unknown, agencyId: number): unknown {
  if (Array.isArray(value)) return value.map((v) => withAgency(v, agencyId));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'agencyId' ? agencyId : withAgency(v, agencyId)]),
    );
  return value;
}

function requestOf(endpoint: Endpoint, agencyId: number | null) {
  const param = (name: string) =>
    name === 'agencyId' && agencyId !== null
      ? String(agencyId)
      : name === 'year'
        ? '2025'
        : name === 'date'
          ? '2025-09-02'
          : '1';
  let query = endpoint.query ? (sampleFromSchema(endpoint.query as z.ZodType, () => 1) as Record<string, unknown>) : {};
  let body = endpoint.body ? sampleFromSchema(endpoint.body as z.ZodType, () => 1) : undefined;
  if (agencyId !== null) {
    query = withAgency(query, agencyId) as Record<string, unknown>;
    body = withAgency(body, agencyId);
  }
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)] as [string, string]));
  const url = endpoint.path.replace(/:(\w+)/g, (_, name: string) => param(name)) + (search.size ? `?${search}` : '');
  return { url, body };
}

/** Does the sample carry an agency anywhere (so own/other agency matters)? */
const namesAgency = (endpoint: Endpoint) =>
  endpoint.path.includes(':agencyId') ||
  JSON.stringify(requestOf(endpoint, 987_654).body ?? {}).includes('987654') ||
  requestOf(endpoint, 987_654).url.includes('987654');

describe('the authorization matrix, generated from the route table', () => {
  it('every route × role × own/other agency answers as the policy decided', async () => {
    const sessions = new Map<string, Session>();
    const agencyOf = new Map<string, number>();
    for (const who of ROLES) {
      const session = await signIn(t.app, who);
      sessions.set(who, session);
      const me = (await session.inject({ method: 'GET', url: '/api/auth/me' })).json();
      if (me.user.agencyId) agencyOf.set(who, me.user.agencyId as number);
    }
    const calls: Call[] = [];
    for (const [route, endpoint] of endpoints) {
      if (endpoint.auth === 'public' || ENDS_SESSION.has(route)) continue;
      for (const who of ROLES) {
        const own = agencyOf.get(who);
        const other = [...agencyOf.entries()].find(([w]) => w !== who)?.[1];
        const variants: Array<[string, number | null]> =
          AGENCY_STAFF.has(who) && namesAgency(endpoint) && own && other
            ? [
                ['own agency', own],
                ['other agency', other],
              ]
            : [['sample', null]];
        for (const [variant, agencyId] of variants) {
          const { url, body } = requestOf(endpoint, agencyId);
          const checks: AuthorizationCheck[] = [];
          recordAuthorization(checks);
          const response = await sessions
            .get(who)!
            .inject({
              method: endpoint.method,
              url,
              ...(endpoint.method === 'GET' || endpoint.method === 'DELETE' ? {} : { payload: body as never }),
            })
            .finally(() => recordAuthorization(null));
          let code: string | undefined;
          try {
            code = response.json()?.error?.code;
          } catch {
            code = undefined;
          }
          calls.push({ route, who, variant, status: response.statusCode, code, checks });
        }
      }
    }

    const problems: string[] = [];
    const label = (c: Call) => `${c.who} ${c.route} (${c.variant}) → ${c.status} ${c.code ?? ''}`;
    for (const c of calls) {
      // A refusal ends the request, so it is the last decision; a `can` answering "no" may only pick a branch.
      const last = c.checks.at(-1);
      const denied = last !== undefined && !last.allowed && last.by === 'authorize';
      const refusedByPolicy = c.status === 403 && (c.code === 'FORBIDDEN' || c.code === 'NOT_OWN_AGENCY');
      if (refusedByPolicy && !(last && !last.allowed)) problems.push(`${label(c)}: refused without a policy decision`);
      if (denied && !refusedByPolicy) problems.push(`${label(c)}: the policy refused, the answer did not`);
      if (c.status < 300 && c.checks.length === 0 && !(c.route in SELF_ONLY))
        problems.push(`${label(c)}: answered without asking the policy`);
      if (c.variant === 'other agency' && c.status < 300 && !['GET', 'DELETE'].includes(methodOf(c.route)))
        problems.push(`${label(c)}: changed another agency's records`);
    }
    const allowed = calls.filter((c) => c.checks.length > 0 && c.checks.every((k) => k.allowed)).length;
    const refused = calls.filter((c) => c.checks.some((k) => !k.allowed)).length;
    console.log(
      `matrix: ${new Set(calls.map((c) => c.route)).size} routes × ${ROLES.length} roles, ${calls.length} calls: ` +
        `${allowed} allowed by the policy, ${refused} refused by it, ${calls.length - allowed - refused} decided before it (validation, not found, self-only)`,
    );
    expect(problems).toEqual([]);
    // The matrix must really exercise both answers for most roles.
    expect(refused).toBeGreaterThan(100);
    expect(allowed).toBeGreaterThan(100);
  }, 600_000);
});

function methodOf(route: string): string {
  return endpoints.find(([name]) => name === route)?.[1].method ?? 'GET';
}
