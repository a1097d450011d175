import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@common': fileURLToPath(new URL('./common', import.meta.url)) };

// Four projects: pure unit tests, database-backed server tests (run on PGlite, and again on
// PostgreSQL when TEST_DATABASE_URL is set), screen components in happy-dom against the real server,
// and browser journeys in Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: [
            'common/**/*.test.ts',
            'server/**/*.test.ts',
            'web/src/**/*.test.ts',
            'bench/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/*.db.test.ts', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'server',
          include: ['server/**/*.db.test.ts'],
          environment: 'node',
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'web',
          include: ['web/src/**/*.test.tsx'],
          environment: 'happy-dom',
          // One real server (demo data, a fixed "today") for the run; each file works on its own records.
          globalSetup: ['e2e/web-server.setup.ts'],
          setupFiles: ['web/src/test/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/templates.setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 180_000,
          // Two journey files at a time, each with its own server and browser, beside the other
          // projects' files: one file at a time ran them as a serial tail of about ten minutes.
        },
      },
    ],
    maxWorkers: 2,
    // CI lands all or nothing on a busy two-core machine: a test that fails on a timing accident is
    // tried once more; a test that fails twice fails the run (and run-tests names it).
    retry: process.env.CI ? 1 : 0,
  },
});
