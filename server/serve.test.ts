import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Runs `ttdn serve` (with extra arguments) on a fresh folder until it answers, then asks `probe`. */
async function withServer<T>(args: string[], probe: (base: string, log: () => string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-serve-'));
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, ['bin/ttdn.mjs', 'serve', ...args], {
    env: {
      ...process.env,
      TTDN_DATA_DIR: dir,
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 600 && !log.includes('TTĐN: http'); i++) {
      if (child.exitCode !== null) throw new Error(log);
      await new Promise((r) => setTimeout(r, 200));
    }
    return await probe(base, () => log);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

const signInAsDemoAdmin = (base: string) =>
  fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'demo' }),
  });

describe('ttdn serve', () => {
  it('never loads the demo accounts by itself and tells how to create the first administrator', async () => {
    await withServer([], async (base, log) => {
      expect(log()).toContain('Chưa có tài khoản nào');
      expect(log()).toContain('ttdn user create');
      expect(log()).not.toContain('Demo data loaded');
      expect((await signInAsDemoAdmin(base)).status).toBe(401);
    });
  }, 180_000);

  it('loads the demo data with --demo (what npm start runs)', async () => {
    await withServer(['--demo'], async (base, log) => {
      expect(log()).toContain('Demo data loaded');
      expect((await signInAsDemoAdmin(base)).status).toBe(200);
    });
  }, 240_000);
});
