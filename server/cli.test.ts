import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The `ttdn` command as a user runs it, on its own embedded database folder.
const run = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['bin/ttdn.mjs', ...args], {
    env: { ...process.env, TTDN_DATA_DIR: dir, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 180_000,
  });

describe('ttdn CLI', () => {
  it('loads the demo idempotently and answers "what does X owe" as JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ttdn-cli-'));
    const first = run(dir, 'demo', 'load');
    expect(first.status, first.stderr).toBe(0);
    expect(run(dir, 'demo', 'load').stdout).toContain('không thay đổi gì');
    const owes = run(dir, 'agency', 'owes', 'Sở VHTTDL', '--plan-year', '2025', '--as-of', '2025-06-01', '--json');
    expect(owes.status, owes.stderr).toBe(0);
    const rows = JSON.parse(owes.stdout) as Array<{ code: string; role: string; via: string }>;
    expect(rows.filter((r) => r.role === 'lead').map((r) => r.code)).toEqual(
      expect.arrayContaining(['1', '2.3.3', '3', '4', '7.1', '7.5']),
    );
    expect(rows.find((r) => r.code === '1' && r.role === 'lead')!.via).toContain(
      'Sở Thông tin và Truyền thông → Sở Văn hóa, Thể thao và Du lịch',
    );
    const unknown = run(dir, 'agency', 'owes', 'Sở Không Có', '--plan-year', '2025', '--as-of', '2025-06-01', '--json');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Không tìm thấy cơ quan');
  }, 240_000);

  it('parses a plan document to the contract JSON and scores the evaluation set', () => {
    const parsed = run(
      mkdtempSync(join(tmpdir(), 'ttdn-cli-')),
      'plan',
      'parse',
      'fixtures/plans/seed-tuyen-quang-2025.docx',
    );
    expect(parsed.status, parsed.stderr).toBe(0);
    const plan = JSON.parse(parsed.stdout);
    expect(plan.tasks.find((t: { code: string }) => t.code === '2.3.2').lead).toEqual(['Sở Ngoại vụ']);
    const empty = run(mkdtempSync(join(tmpdir(), 'ttdn-cli-')), 'plan', 'parse', 'fixtures/plans/does-not-exist.docx');
    expect(empty.status).toBe(1);
    // The whole set (with its OCR scans) is scored by the parser's own test; the command gets two documents.
    const set = mkdtempSync(join(tmpdir(), 'ttdn-eval-'));
    for (const file of [
      'seed-tuyen-quang-2025.txt',
      'seed-tuyen-quang-2025.expected.json',
      'nghe-an-2026-wrapped.txt',
      'nghe-an-2026-wrapped.expected.json',
    ])
      copyFileSync(join('fixtures/plans', file), join(set, file));
    const scored = run(mkdtempSync(join(tmpdir(), 'ttdn-cli-')), 'plan', 'eval', set);
    expect(scored.status, scored.stderr).toBe(0);
    expect(scored.stdout).toMatch(/seed-tuyen-quang-2025/);
    expect(scored.stdout).toMatch(/nghe-an-2026-wrapped/);
  }, 240_000);
});
