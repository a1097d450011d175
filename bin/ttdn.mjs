#!/usr/bin/env node
// The `ttdn` command. It runs the compiled JavaScript in dist/app, rebuilt first when a source is
// newer (scripts/build.mjs: a transpile, no type check); TTDN_TS=1 runs the TypeScript sources
// through tsx instead, for development.
const args = process.argv.slice(2);
const fromSources = process.env.TTDN_TS === '1';
let root = '../dist/app';
let ext = 'js';
if (fromSources) {
  const { register } = await import('tsx/esm/api');
  register();
  root = '..';
  ext = 'ts';
} else {
  const { buildServerIfStale } = await import('../scripts/build.mjs');
  await buildServerIfStale();
}
const load = (path) => import(`${root}/${path}.${ext}`);
// `ttdn monitor …` needs no database or web server: load only its module, so that it starts fast.
// ingest and digest need the database: they go through the full CLI.
const analysisOnly = args[0] === 'monitor' && args[1] !== 'ingest' && args[1] !== 'digest' && args[1] !== 'demo';
const { runCli } = analysisOnly
  ? { runCli: (await load('server/features/monitoring/monitor.cli')).runMonitorCli }
  : await load('server/cli');
try {
  const code = await runCli(analysisOnly ? args.slice(1) : args);
  if (code >= 0) process.exit(code);
} catch (error) {
  const { isAppError } = await load('common/errors');
  if (isAppError(error)) {
    // The catalogue's words, as the web app shows them: Vietnamese first, then English.
    const { describeError } = await load('common/i18n/translate');
    console.error(`Lỗi: ${describeError('vi', error)}\nError: ${describeError('en', error)}`);
  } else {
    console.error(`Lỗi / Error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  process.exit(1);
}
