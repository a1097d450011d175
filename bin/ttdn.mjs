#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so `npx ttdn …` works without a build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../server/cli.ts');
try {
  const code = await runCli(process.argv.slice(2));
  if (code >= 0) process.exit(code);
} catch (error) {
  const message = error && typeof error === 'object' && 'code' in error && error.name === 'AppError'
    ? `${error.message}`
    : error instanceof Error ? error.stack ?? error.message : String(error);
  console.error(`Lỗi / Error: ${message}`);
  process.exit(1);
}
