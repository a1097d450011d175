// Benchmark: how fast the command line and the server start from the compiled JavaScript.
// `ttdn --help` (median of 10), then `npm start` on a data folder that already holds the demo,
// timed until /api/health answers (median of 3). Run: npm run bench -- start
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

spawnSync('node', ['scripts/build.mjs', '--web'], { cwd: ROOT, stdio: 'inherit' });
const help: number[] = [];
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  spawnSync('node', ['bin/ttdn.mjs', '--help'], { cwd: ROOT });
  help.push(performance.now() - t0);
}

const dataDir = mkdtempSync(join(tmpdir(), 'ttdn-start-'));
const env = { ...process.env, TTDN_DATA_DIR: dataDir, TTDN_TODAY: '2026-12-06', LOG_LEVEL: 'warn' };
const demo = performance.now();
spawnSync('node', ['bin/ttdn.mjs', 'demo', 'load'], { cwd: ROOT, env, stdio: 'ignore' });
const demoSeconds = (performance.now() - demo) / 1000;

async function timeStart(): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  // Its own process group: npm starts a shell that starts the server, and all of them must end
  // (a server left behind would keep the data folder's lock and refuse the next start).
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - t0;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
    // The server ends after npm: wait until the data folder's lock is released.
    while (existsSync(join(dataDir, 'ttdn.lock'))) await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
const starts: number[] = [];
for (let i = 0; i < 3; i++) starts.push(await timeStart());

console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}, Node ${process.version}`,
);
console.log(`ttdn --help                  median ${median(help).toFixed(0)} ms (10 runs)`);
console.log(`npm start → /api/health      median ${median(starts).toFixed(0)} ms (3 runs, demo data present)`);
console.log(`ttdn demo load (first start) ${demoSeconds.toFixed(1)} s`);
