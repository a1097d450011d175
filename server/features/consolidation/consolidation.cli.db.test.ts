import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { parsePlanFile } from '../../cli.js';
import { wrapPglite, createPglite } from '../../db/client.js';
import { loadDemo } from '../../demo/load-demo.js';
import { readZipText } from '../../documents/official-docx/zip-reader.test-support.js';
import { createClock } from '../../context.js';
import { buildConsolidation, findPeriodId } from './build-consolidation.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;
let expected: { submitted: number; expected: number; onTime: number; late: number; missing: number };

// The CLI always runs on a PGlite folder prepared here (also in the PostgreSQL run): the command
// reads whatever database the environment configures, and a folder is the simplest one to hand it.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ttdn-consolidate-cli-'));
  mkdirSync(join(dir, 'data'), { recursive: true });
  // The PostgreSQL run prepares no PGlite image: load the demo into the folder then (slower).
  const imagePath = inject('pgliteImages').demo;
  const image = imagePath ? new Blob([await readFile(imagePath)]) : undefined;
  const database = await wrapPglite(
    await createPglite(join(dir, 'data', 'pglite'), image ? { loadDataDir: image } : {}),
  );
  if (!image)
    await loadDemo(
      { db: database.db, clock: createClock('2025-01-15'), actor: { kind: 'system', name: 'test-setup' } },
      parsePlanFile,
    );
  // The demo's own half-year period of 2025: the CLI must print the same counts as the function.
  const ctx = { db: database.db, clock: createClock('2025-06-01'), actor: { kind: 'system' as const, name: 'test' } };
  expected = (await buildConsolidation(ctx, await findPeriodId(ctx, 2025, 'semiannual'))).counts;
  await database.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ttdn(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, TTDN_DATA_DIR: join(dir, 'data'), TTDN_TODAY: '2025-06-01' };
  delete env.DATABASE_URL;
  return spawnSync('node', ['bin/ttdn.mjs', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
}

describe('ttdn report consolidate', () => {
  it('writes the DOCX, the XLSX and the internal note of the period found by plan year and kind', () => {
    const out = join(dir, 'bao-cao.docx');
    const xlsx = join(dir, 'so-lieu.xlsx');
    const note = join(dir, 'ghi-chu.docx');
    const run = ttdn(
      'report',
      'consolidate',
      '--year',
      '2025',
      '--kind',
      'semiannual',
      '--out',
      out,
      '--xlsx',
      xlsx,
      '--note',
      note,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const n = expected;
    expect(n.expected).toBeGreaterThan(10);
    expect(run.stdout).toContain(
      `${n.submitted}/${n.expected} cơ quan đã gửi (${n.onTime} đúng hạn, ${n.late} muộn, ${n.missing} chưa gửi)`,
    );
    // The demo's planted implausibilities are listed before anything is signed, each with its line.
    for (const kind of ['[territory]', '[remit]', '[far-above]', '[prose-figure]']) expect(run.stdout).toContain(kind);
    expect(run.stdout).toContain('← “Đón tiếp, hướng dẫn phóng viên Đài truyền hình KBS (Hàn Quốc)');
    const xml = readZipText(readFileSync(out)).get('word/document.xml')!;
    expect(xml).toContain('Kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2025');
    expect(xml).toContain('Phụ lục I');
    expect(xml).not.toContain('Gửi muộn');
    // Who reported late is in the internal note instead.
    const noteXml = readZipText(readFileSync(note)).get('word/document.xml')!;
    expect(noteXml).toContain('Gửi muộn');
    expect(noteXml).toContain('Ủy ban nhân dân huyện Lâm Bình');
    expect(existsSync(xlsx)).toBe(true);
    expect(readZipText(readFileSync(xlsx)).get('xl/workbook.xml')).toContain('Chỉ tiêu theo cơ quan');
  });

  it('says clearly when the plan year has no such period', () => {
    const run = ttdn('report', 'consolidate', '--year', '2023', '--kind', 'annual', '--out', join(dir, 'x.docx'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Kế hoạch năm 2023 không có kỳ báo cáo năm');
    expect(run.stderr).toContain('The 2023 plan has no annual reporting period');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });
});
