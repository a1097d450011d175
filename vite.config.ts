import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { catalogueOnDemand } from './scripts/catalogue-on-demand.mjs';
import { contractsForTheWeb } from './scripts/contracts-for-the-web.mjs';
import { precompress } from './scripts/precompress.mjs';

/**
 * React Router publishes a production build (its development warnings compiled out) but exports
 * only the development one; the web build takes the production one (1.6 kB less on the first page).
 */
function reactRouterProduction(): Plugin {
  const file = fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url));
  return {
    name: 'ttdn-react-router-production',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === 'react-router' ? file : null),
  };
}

// The web app lives in web/; the server serves the build from dist/web (SPA fallback). Pages are
// lazy routes (web/src/App.tsx); the manifest lets bench/first-page-js.ts measure the first page.
export default defineConfig({
  root: 'web',
  plugins: [catalogueOnDemand(), contractsForTheWeb(), reactRouterProduction(), react(), precompress()],
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
