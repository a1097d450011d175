/**
 * Browser-journey harness: starts the real server on a free port with a fresh (or seeded) data folder
 * and a fixed "today", launches Debian's Chromium, and tears it all down.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { checkPage, trackContext, uncheckedRoutes } from './accessibility.js';

export { checkPage } from './accessibility.js';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const SHOTS_DIR = '/tmp/ttdn-shots';
export const TODAY = '2025-06-01';
export const DEMO_PASSWORD = 'demo';

/** Asks the OS for a free TCP port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type RunningServer = { baseUrl: string; process: ChildProcess; dataDir: string; log: () => string };

function startProcess(args: string[], port: number, dataDir: string, today = TODAY) {
  let output = '';
  const child = spawn(process.execPath, args, {
    cwd: REPO,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TTDN_DATA_DIR: dataDir,
      TTDN_TODAY: today,
      // The journeys start from known data; the press demo's background ingest would change it mid-run.
      TTDN_DEMO_PRESS: '0',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    detached: true, // own process group, so teardown can end the server and anything it spawned
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, log: () => output };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/**
 * Starts `node bin/ttdn.mjs serve --demo` (demo data, TTDN_TODAY fixed) on a fresh data folder and
 * waits for /api/health. With `templates` (a folder for this test run), the folder is a copy of one
 * seeded for that "today" by an earlier start of the run: migrating and loading the demo took most of
 * each journey file's start (about 15 s), and `--demo` loads nothing into a database that has data.
 */
export async function startServer(today = TODAY, templates?: string): Promise<RunningServer> {
  const template = templates ? await seededTemplate(templates, today) : undefined;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'ttdn-e2e-'));
  if (template) cpSync(template, dataDir, { recursive: true });
  const real = startProcess(['bin/ttdn.mjs', 'serve', '--demo'], port, dataDir, today);
  if (await waitForHealth(baseUrl, real.child, 120_000))
    return { baseUrl, process: real.child, dataDir, log: real.log };
  stopProcess(real.child);
  throw new Error(`server did not start:\n${real.log()}`);
}

/** The run's data folder seeded for `today`, made on first use: a server started, then closed cleanly. */
async function seededTemplate(templates: string, today: string): Promise<string | undefined> {
  const template = join(templates, today);
  if (existsSync(template)) return template;
  const server = await startServer(today);
  const exit = await stopServer(server, { keepData: true });
  // A server ended by SIGKILL may leave its database mid-write: every file then starts from nothing.
  if (exit !== 0) {
    rmSync(server.dataDir, { recursive: true, force: true });
    return undefined;
  }
  // Journey files run two at a time: each copies under its own name, and the first rename wins.
  const part = `${template}.${randomUUID()}.part`;
  cpSync(server.dataDir, part, { recursive: true });
  rmSync(server.dataDir, { recursive: true, force: true });
  try {
    renameSync(part, template);
  } catch {
    rmSync(part, { recursive: true, force: true });
  }
  return existsSync(template) ? template : undefined;
}

/** The folder for this run's seeded data folders, from the e2e project's global setup (none elsewhere). */
function runTemplates(): string | undefined {
  try {
    return inject('e2eTemplates') || undefined;
  } catch {
    return undefined; // outside a test worker (the web project's global setup)
  }
}

function stopProcess(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

/** Ends the server's process group (SIGKILL after 5 s), removes its data folder unless kept, and returns its exit code (null when killed). */
export async function stopServer(
  server: RunningServer | undefined,
  options: { keepData?: boolean } = {},
): Promise<number | null> {
  if (!server) return null;
  const exited = new Promise<number | null>((resolve) => {
    if (server.process.exitCode !== null || server.process.signalCode !== null) resolve(server.process.exitCode);
    else server.process.once('exit', (code) => resolve(code));
  });
  stopProcess(server.process);
  const timer = setTimeout(() => {
    try {
      process.kill(-server.process.pid!, 'SIGKILL');
    } catch {
      /* gone */
    }
  }, 5_000);
  const code = await exited;
  clearTimeout(timer);
  if (!options.keepData) rmSync(server.dataDir, { recursive: true, force: true });
  return code;
}

/** Launches headless Chromium from Debian's package. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser context (own cookies) in Vietnamese. */
export async function newContext(
  browser: Browser,
  server: RunningServer,
  viewport = { width: 1280, height: 900 },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  // Generous: on a 2-core CI machine a cold page (first ECharts chunk, PGlite warm-up) can take a while.
  context.setDefaultTimeout(40_000);
  trackContext(context);
  return context;
}

/** Signs in through the form and waits for the signed-in layout. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Tên đăng nhập').waitFor();
  await checkPage(page, 'sign-in');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.locator('main').first().waitFor();
  await page.waitForLoadState('networkidle');
  await checkPage(page, `${username}'s first page`);
}

/** Checks the page with axe (serious or critical violations fail), then saves a full-page screenshot to /tmp/ttdn-shots/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  await checkPage(page, name);
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage: true });
}

/** Checks the page with axe, then saves what the viewport shows (dialogs are fixed to it) to /tmp/ttdn-shots/<name>.png. */
export async function viewShot(page: Page, name: string): Promise<void> {
  await checkPage(page, name);
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
}

/** Everything a journey needs, started once per test file. */
export type Harness = { server: RunningServer; browser: Browser };

export async function startHarness(today = TODAY): Promise<Harness> {
  // The web app and the server are built once per run by the e2e project's global setup (templates.setup.ts).
  const server = await startServer(today, runTemplates());
  try {
    const browser = await launchBrowser();
    return { server, browser };
  } catch (error) {
    await stopServer(server);
    throw error;
  }
}

/** Closes the browser and the server; lists the pages a journey showed that axe never checked. */
export async function stopHarness(harness: Harness | undefined): Promise<void> {
  if (!harness) return;
  const unchecked = uncheckedRoutes();
  await harness.browser.close().catch(() => undefined);
  await stopServer(harness.server);
  // Listed, not failed: a journey passes through pages (a redirect, a list it clicks through) that
  // another journey checks. Pages a journey dwells on are checked at its shots.
  if (unchecked.length > 0)
    console.warn(`Pages shown but not checked for accessibility in this file: ${unchecked.join(', ')}`);
}
