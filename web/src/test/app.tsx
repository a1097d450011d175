/**
 * Test support for the web components: the app's own providers around a screen or a hook, signing
 * in through the real API, and a second person's session (its own cookie jar) to change data
 * underneath the screen. Nothing here stands in for app code: requests go to the real server.
 */
import * as auth from '@common/contracts/auth';
import { type Endpoint, type EndpointReply, type EndpointRequest, fillPath } from '@common/contracts/endpoint';
import * as reporting from '@common/contracts/reporting';
import * as users from '@common/contracts/users';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, renderHook } from '@testing-library/react';
import { Window } from 'happy-dom';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { apiPath, call, setCsrfToken } from '../api/client';
import { RequireSession } from '../features/auth/guards';
import { SessionProvider } from '../features/auth/session';
import { I18nProvider } from '../i18n/I18nProvider';

/** Demo accounts' password (server/demo). */
export const DEMO_PASSWORD = 'demo';

/** A name no other test (or earlier run) has used: prefix + time + counter, within the username rule. */
let counter = 0;
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}${counter}`;
}

/** Signs the test window in (session cookie in happy-dom's jar, CSRF token in the app's client). */
export async function signIn(username: string, password = DEMO_PASSWORD) {
  const answer = await call(auth.login, { body: { username, password } });
  setCsrfToken(answer.csrfToken);
  return answer;
}

const clients = new Set<QueryClient>();

/** A query client as the app's, without retries (a failure should show at once). */
export function testQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
  });
  clients.add(client);
  return client;
}

/**
 * Waits until no query or mutation of this test is in flight, so unmounting does not cancel a
 * request half-way (happy-dom reports a cut connection as an error).
 */
export async function settleQueries(timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const client of clients) {
    while ((client.isFetching() > 0 || client.isMutating() > 0) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
  }
  clients.clear();
}

function Providers({ client, route, children }: { client: QueryClient; route: string; children: ReactNode }) {
  return (
    // env="test": no transitions and no portals, so dropdowns and dialogs are in the tree at once.
    <MantineProvider env="test">
      <QueryClientProvider client={client}>
        <I18nProvider>
          <MemoryRouter initialEntries={[route]}>
            <SessionProvider>{children}</SessionProvider>
          </MemoryRouter>
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}

/** Renders a screen at a route behind the app's session guard (so `useMe` works), as App.tsx does. */
export function renderScreen(screen: ReactNode, options: { route?: string; path?: string } = {}) {
  const client = testQueryClient();
  const route = options.route ?? '/';
  const result = render(
    <Providers client={client} route={route}>
      <Routes>
        <Route element={<RequireSession />}>
          <Route path={options.path ?? '*'} element={screen} />
        </Route>
        <Route path="/sign-in" element={<p>sign-in</p>} />
      </Routes>
    </Providers>,
  );
  return { ...result, client };
}

/** Renders a hook inside the app's providers. */
export function renderAppHook<P, R>(hook: (props: P) => R, initialProps: P) {
  const client = testQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Providers client={client} route="/">
      {children}
    </Providers>
  );
  return { ...renderHook(hook, { wrapper, initialProps }), client };
}

/** Another person's session: a separate happy-dom window, so its cookie never mixes with the test window's. */
export type ApiSession = {
  call<E extends Endpoint>(endpoint: E, request?: EndpointRequest<E>): Promise<EndpointReply<E>>;
  close(): Promise<void>;
};

/** Signs a second person in and calls endpoints of `common/contracts` as them. */
export async function openSession(username: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  const other = new Window({ url: location.origin });
  let csrf = '';
  const send = async (method: string, path: string, query: unknown, body: unknown) => {
    const response = await other.fetch(apiPath(path, query as Record<string, string>), {
      method,
      headers: { 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} as ${username}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  const login = (await send('POST', auth.login.path, undefined, { username, password })) as { csrfToken: string };
  csrf = login.csrfToken;
  return {
    call: (endpoint, request = {} as never) => {
      const { params, query, body } = request as { params?: Record<string, unknown>; query?: unknown; body?: unknown };
      const withBody = endpoint.method !== 'GET' && endpoint.method !== 'DELETE';
      return send(endpoint.method, fillPath(endpoint.path, params), query, withBody ? (body ?? {}) : undefined);
    },
    close: () => other.happyDOM.close(),
  };
}

/** Creates an account as the administrator (the same API the users screen calls). */
export async function createAccount(
  admin: ApiSession,
  body: Omit<users.CreateUserBody, 'password'> & { password?: string },
): Promise<users.UserView & { password: string }> {
  const password = body.password ?? 'mat-khau-thu-nghiem';
  const { user } = await admin.call(users.createUser, { body: { ...body, password } });
  return { ...user, password } as users.UserView & { password: string };
}

/**
 * An agency's 2026 annual report opened for a test: the coordinator extends the agency's entry
 * (the period locked on 23/11/2026, the server's today is 26/11/2026) and the administrator
 * creates `officers` new agency officers for it. Each test file picks its own agency.
 */
export async function openReportFor(agencyName: string, officers: number) {
  const coordinator = await openSession('dieuphoi');
  const admin = await openSession('admin');
  try {
    const { periods } = await coordinator.call(reporting.listPeriods, { query: { year: 2026 } });
    const period = periods.find((p) => p.kind === 'annual');
    if (!period) throw new Error('no annual period in 2026');
    const board = await coordinator.call(reporting.getBoard, { params: { periodId: period.id } });
    const row = board.byAgency.find((a) => a.agency === agencyName);
    if (!row) throw new Error(`${agencyName} owes no annual report`);
    await coordinator.call(reporting.grantExtension, {
      params: { periodId: period.id },
      body: { agencyId: row.agencyId, extendedTo: '2026-11-30', reason: 'Kiểm thử giao diện' },
    });
    const accounts = [];
    for (let i = 0; i < officers; i += 1)
      accounts.push(
        await createAccount(admin, {
          username: uniqueName('canbo'),
          displayName: `Cán bộ thử nghiệm ${i + 1}`,
          role: 'agency-officer',
          agencyId: row.agencyId,
        }),
      );
    return { periodId: period.id, agencyId: row.agencyId, officers: accounts };
  } finally {
    await coordinator.close();
    await admin.close();
  }
}
