import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from '../common/i18n/vi/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PAGE_JS_BUDGET, FIRST_PAGE_JS_LIMIT, firstPageJs } from './first-page-js.js';

// Builds the web app as it ships (lazy routes, English on demand) and weighs what the sign-in and
// home pages make the browser download.
let outDir: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'ttdn-first-page-'));
  // Vitest sets NODE_ENV=test, which would build React's development bundle.
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (built.status !== 0) throw new Error(`vite build failed: ${built.stderr}`);
}, 600_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the first page’s JavaScript', () => {
  it('stays within its budget (gzip, sign-in and home page together)', () => {
    const { files, total } = firstPageJs(outDir);
    const list = files.map((f) => `${(f.gzip / 1024).toFixed(1)} kB ${f.file}`).join('\n');
    expect(total, list).toBeLessThanOrEqual(FIRST_PAGE_JS_BUDGET);
    expect(FIRST_PAGE_JS_BUDGET).toBeGreaterThanOrEqual(FIRST_PAGE_JS_LIMIT);
  });

  it('leaves the English catalogue and the plan pages out of it', () => {
    const { files } = firstPageJs(outDir);
    expect(files.map((f) => f.file).join(' ')).not.toMatch(/PlanPage|PlansListPage|NotificationDrawer/);
  });

  it('leaves zod, the ICU parser and the rest of the catalogue to later pages', () => {
    const code = firstPageJs(outDir)
      .files.map((f) => readFileSync(join(outDir, f.file), 'utf8'))
      .join('\n');
    // Texts each of them carries: a zod error message, a parser error name, a reporting-page message.
    expect(code).not.toContain('Invalid input');
    expect(code).not.toContain('EXPECT_ARGUMENT_CLOSING_BRACE');
    expect(code).not.toContain(vi['reporting.conflict.body']);
  });
});
