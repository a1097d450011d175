/**
 * Starts the real server once for the web project's component tests: `ttdn serve` on a free port
 * with a fresh data folder, the demo data and a fixed "today" (the same server the browser journeys
 * use). The tests' happy-dom window points at it, so the screens talk to the real API over HTTP.
 */
import type { TestProject } from 'vitest/node';
import { startServer, stopServer } from './harness.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the running server, e.g. http://127.0.0.1:41234 */
    apiBaseUrl: string;
  }
}

/** 26/11/2026: the 2026 annual reports are due and several agencies' entries are still open. */
export const WEB_TEST_TODAY = '2026-11-26';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer(WEB_TEST_TODAY);
  project.provide('apiBaseUrl', server.baseUrl);
  return async () => {
    await stopServer(server);
  };
}
