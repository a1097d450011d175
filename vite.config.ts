import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { catalogueOnDemand } from './scripts/catalogue-on-demand.mjs';
import { contractsForTheWeb } from './scripts/contracts-for-the-web.mjs';
import { precompress } from './scripts/precompress.mjs';

// The web app lives in web/; the server serves the build from dist/web (SPA fallback). Pages are
// lazy routes (web/src/App.tsx); the manifest lets bench/first-page-js.ts measure the first page.
export default defineConfig({
  root: 'web',
  plugins: [catalogueOnDemand(), contractsForTheWeb(), react(), precompress()],
  // The web app imports shared code as @common/… (contracts, catalogue, calendar, permissions).
  resolve: { alias: { '@common': fileURLToPath(new URL('./common', import.meta.url)) } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3100', changeOrigin: false },
    },
  },
});
