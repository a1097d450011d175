#!/usr/bin/env node
// The whole suite: unit, server (embedded PGlite) and browser journeys; then, when
// TTDN_TEST_PG_URL is set, the server tests again on that PostgreSQL server. Ends with the plain
// "N passed, N failed" line CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const vitest = 'node_modules/.bin/vitest';
const extra = process.argv.slice(2);

function run(label, args, env) {
  const report = `.vitest-report-${label}.json`;
  rmSync(report, { force: true });
  const result = spawnSync(
    vitest,
    ['run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...args],
    {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    },
  );
  if (!existsSync(report)) {
    return { failures: [`[${label}] no report`], passed: 0, failed: 1, crashed: true, status: result.status };
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const failedSuites = json.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  const failures = [];
  for (const file of json.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) failures.push(`${file.name} (did not load)`);
    for (const test of file.assertionResults) {
      if (test.status === 'failed') failures.push(`${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}`);
    }
  }
  return {
    failures: failures.map((name) => `[${label}] ${name}`),
    passed: json.numPassedTests,
    failed: json.numFailedTests + failedSuites,
    crashed: false,
    status: result.status,
  };
}

const runs = [run('main', extra, {})];
const pgUrl = process.env.TTDN_TEST_PG_URL;
if (pgUrl) {
  console.log(`\n— server tests again on PostgreSQL (${pgUrl}) —\n`);
  runs.push(
    run('postgres', ['--project', 'server', ...extra.filter((a) => !a.startsWith('--project'))], {
      TEST_DATABASE_URL: pgUrl,
    }),
  );
}
const passed = runs.reduce((n, r) => n + r.passed, 0);
const failed = runs.reduce((n, r) => n + r.failed, 0);
// Name the failures last, beside the summary: CI keeps only the tail of the output.
const failures = runs.flatMap((r) => r.failures);
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
const broken = runs.some((r) => r.crashed || (r.status !== 0 && r.failed === 0));
console.log(`\n${passed} passed, ${failed + (broken && failed === 0 ? 1 : 0)} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
