import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `ttdn upward …` as the ministry's admin and a province's coordinator run it, on an embedded folder.
const run = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['bin/ttdn.mjs', ...args], {
    env: { ...process.env, TTDN_DATA_DIR: dir, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 180_000,
  });

describe('ttdn upward', () => {
  it('prints a new token once for a province it registers by code, and names what is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ttdn-upward-'));
    const first = run(dir, 'upward', 'token', '--province', 'lao-cai', '--name', 'Lào Cai');
    expect(first.status, first.stderr).toBe(0);
    const second = run(dir, 'upward', 'token', '--province', 'lao-cai');
    expect(second.status, second.stderr).toBe(0);
    const tokens = [first.stdout.trim(), second.stdout.trim()];
    for (const token of tokens) expect(token).toMatch(/^ttdn_[\w-]{40,}$/);
    expect(tokens[0]).not.toBe(tokens[1]);
    const listed = run(dir, 'upward', 'token', '--list');
    expect(listed.status, listed.stderr).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const token of tokens) expect(listed.stdout).not.toContain(token);
    const id = /^#(\d+)/.exec(lines[0]!)![1]!;
    const revoked = run(dir, 'upward', 'token', '--revoke', id);
    expect(revoked.status, revoked.stderr).toBe(0);
    expect(revoked.stdout).toContain(`Đã thu hồi mã #${id} của Lào Cai`);
    expect(run(dir, 'upward', 'token', '--list').stdout).toMatch(new RegExp(`^#${id} .*ĐÃ THU HỒI`, 'm'));
    const unknown = run(dir, 'upward', 'token', '--province', 'atlantis');
    expect(unknown.status).toBe(1);
    const noTarget = run(dir, 'upward', 'status', '--token', tokens[0]!);
    expect(noTarget.status).toBe(1);
    expect(noTarget.stderr).toContain('--to');
  }, 240_000);
});
