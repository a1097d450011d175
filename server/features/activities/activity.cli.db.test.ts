import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ActivitySummary } from '../../../common/contracts/activities.js';
import { parsePlanFile } from '../../cli.js';
import { createClock, type RequestContext } from '../../context.js';
import { wrapPglite, createPglite } from '../../db/client.js';
import { loadDemo } from '../../demo/load-demo.js';
import { agencyIdByName, findPeriod } from '../reporting/reporting.test-support.js';
import { getObligation } from '../reporting/obligations.data.js';
import { summariseActivities } from './activities.queries.js';
import { recordActivity } from './record-activity.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BAO = 'Báo và Phát thanh, Truyền hình Tuyên Quang';
let dir: string;
let whole: ActivitySummary;
let ofBao: ActivitySummary;
// The demo's own activities, before the test adds its three.
let base: ActivitySummary;
let baseBao: ActivitySummary;
let baseYear: ActivitySummary;

// A PGlite folder with the demo and a few activities of two agencies; the CLI must print what the
// function computes (the same function the report drafts use).
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ttdn-activity-cli-'));
  mkdirSync(join(dir, 'data'), { recursive: true });
  const imagePath = inject('pgliteImages').demo;
  const image = imagePath ? new Blob([await readFile(imagePath)]) : undefined;
  const database = await wrapPglite(
    await createPglite(join(dir, 'data', 'pglite'), image ? { loadDataDir: image } : {}),
  );
  const ctx: RequestContext = {
    db: database.db,
    clock: createClock('2026-11-26'),
    actor: { kind: 'system', name: 'test' },
  };
  if (!image) await loadDemo(ctx, parsePlanFile);
  const period = await findPeriod(database, 2026, 'annual');
  const bao = await agencyIdByName(database, BAO);
  const ngoaiVu = await agencyIdByName(database, 'Sở Ngoại vụ');
  base = await summariseActivities(ctx, { from: '2026-01-01', to: '2026-12-14' });
  baseBao = await summariseActivities(ctx, { from: '2026-01-01', to: '2026-12-14', agencyId: bao });
  baseYear = await summariseActivities(ctx, { from: '2026-01-01', to: '2026-12-31' });
  for (const [agencyId, day, value] of [
    [bao, '2026-03-02', 5],
    [bao, '2026-12-20', 7],
    [ngoaiVu, '2026-05-19', 2],
  ] as const) {
    const taskId = (await getObligation(database.db, period.id, agencyId)).taskIds[0]!;
    await recordActivity(ctx, {
      agencyId,
      taskId,
      kind: 'event',
      title: `Hoạt động ngày ${day}`,
      startsOn: day,
      costDong: 1_000_000,
      outputs: [{ code: 'EVENTS', breakdownKey: '', value }],
    });
  }
  whole = await summariseActivities(ctx, { from: '2026-01-01', to: '2026-12-14' });
  ofBao = await summariseActivities(ctx, { from: '2026-01-01', to: '2026-12-14', agencyId: bao });
  await database.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ttdn(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, TTDN_DATA_DIR: join(dir, 'data'), TTDN_TODAY: '2026-11-26' };
  delete env.DATABASE_URL;
  return spawnSync('node', ['bin/ttdn.mjs', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
}

/** The EVENTS indicator's sum in a summary. */
const events = (s: ActivitySummary) => s.indicators.filter((i) => i.code === 'EVENTS').reduce((n, i) => n + i.value, 0);

describe('ttdn activity summary', () => {
  it('prints the counts and sums of the window as JSON, the same as the function, for the province and for one agency', () => {
    const all = ttdn('activity', 'summary', '--from', '2026-01-01', '--to', '2026-12-14', '--json');
    expect(all.status, all.stderr).toBe(0);
    const printed = JSON.parse(all.stdout);
    expect({ ...printed, agency: undefined }).toEqual({ ...whole, agency: undefined });
    expect(printed.count).toBe(base.count + 2);
    expect(printed.costDong).toBe(base.costDong + 2_000_000);
    expect(events(printed)).toBe(events(base) + 7);
    const one = ttdn('activity', 'summary', '--from', '2026-01-01', '--to', '2026-12-14', '--agency', BAO, '--json');
    expect(one.status, one.stderr).toBe(0);
    expect(JSON.parse(one.stdout)).toEqual({ ...ofBao, agency: BAO });
    expect(events(ofBao)).toBe(events(baseBao) + 5);
  });

  it('prints a readable table, and refuses a missing date by its code', () => {
    const text = ttdn('activity', 'summary', '--from', '2026-01-01', '--to', '2026-12-31');
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(`01/01/2026–31/12/2026: ${baseYear.count + 3} hoạt động`);
    expect(text.stdout).toContain('Sự kiện, lễ hội');
    const bad = ttdn('activity', 'summary', '--from', '2026-01-01');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--from yyyy-mm-dd --to yyyy-mm-dd');
  });
});
