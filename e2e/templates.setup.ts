/**
 * The browser journeys' global setup: one folder per run for the data folders seeded per "today"
 * (see `startServer` in harness.ts), removed at the end of the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of this run's seeded data folders, one per "today". */
    e2eTemplates: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-e2e-templates-'));
  project.provide('e2eTemplates', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
