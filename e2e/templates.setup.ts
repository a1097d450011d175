/**
 * The browser journeys' global setup: builds the web app and the server when stale (once, before
 * journey files run two at a time), and makes one folder per run for the data folders seeded per
 * "today" (see `startServer` in harness.ts), removed at the end of the run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO } from './harness.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of this run's seeded data folders, one per "today". */
    e2eTemplates: string;
  }
}

export default function setup(project: TestProject): () => void {
  // The server's JavaScript and the web app (scripts/build.mjs --web), before any journey starts: a
  // build started by one journey's server while another's runs from dist/app would replace its files.
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--web'], { cwd: REPO, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('build failed');
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-e2e-templates-'));
  project.provide('e2eTemplates', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
