#!/usr/bin/env node
// Compiles the server (server/ and common/, tests left out) to plain JavaScript in dist/app, one
// file per source file, so `ttdn` and `npm start` run without a TypeScript loader. Types are checked
// by `npm run typecheck`, not here: this is a transpile (esbuild), well under a second.
// `--web` also builds the web app (Vite) when its sources are newer than dist/web.
// Nothing is done when the output is newer than every source, so it is cheap to call on every start.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist/app');
const STAMP = join(OUT, '.built');
const SOURCES = ['server', 'common'];

const isTest = (file) => /\.test\.ts$|\.test-support\.ts$/.test(file) || file.includes(`${join('server', 'test')}/`);

function listFiles(dir, keep) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(path, keep));
    else if (keep(path)) found.push(path);
  }
  return found;
}

function newestMtime(files) {
  let newest = 0;
  for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  return newest;
}

function serverSources() {
  return SOURCES.flatMap((dir) =>
    listFiles(join(ROOT, dir), (file) => file.endsWith('.ts') && !isTest(relative(ROOT, file))),
  );
}

function isProcessAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Several processes may start at once (tests spawn the CLI): one builds, the others wait for it. */
async function withBuildLock(work) {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const lock = join(ROOT, 'dist/.build.lock');
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let holder = 0;
      try {
        holder = Number((await import('node:fs')).readFileSync(lock, 'utf8'));
      } catch {}
      if (!holder || !isProcessAlive(holder)) rmSync(lock, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Transpiles the server when any source is newer than the last build; returns whether it did. */
export async function buildServerIfStale() {
  const sources = serverSources();
  const stale = () => !existsSync(STAMP) || newestMtime(sources) > statSync(STAMP).mtimeMs;
  if (!stale()) return false;
  return withBuildLock(async () => {
    if (!stale()) return false; // another process built it while this one waited
    const { build } = await import('esbuild');
    const temp = `${OUT}.tmp-${process.pid}`;
    rmSync(temp, { recursive: true, force: true });
    await build({
      entryPoints: sources,
      outdir: temp,
      outbase: ROOT,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: 'linked',
      logLevel: 'warning',
    });
    writeFileSync(join(temp, '.built'), new Date().toISOString());
    rmSync(OUT, { recursive: true, force: true });
    renameSync(temp, OUT);
    return true;
  });
}

/** Builds dist/web with Vite when web/ or the Vite config is newer than dist/web/index.html. */
export function buildWebIfStale() {
  const index = join(ROOT, 'dist/web/index.html');
  const sources = [
    ...listFiles(join(ROOT, 'web'), () => true),
    ...listFiles(join(ROOT, 'common'), (f) => f.endsWith('.ts')),
    join(ROOT, 'vite.config.ts'),
    join(ROOT, 'scripts/precompress.mjs'),
  ];
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(sources)) return false;
  const result = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed');
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const built = await buildServerIfStale();
  const web = process.argv.includes('--web') ? buildWebIfStale() : false;
  if (built || web)
    console.log(
      `Đã dựng / built${built ? ' dist/app' : ''}${web ? ' dist/web' : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
}
