import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { contractsForTheWeb } from './scripts/contracts-for-the-web.mjs';
import { precompress } from './scripts/precompress.mjs';

/**
 * The English catalogue stays out of the first page: in the build, common/i18n/translate.ts gets
 * an empty English table and the web loads the real one when a reader picks English
 * (web/src/i18n/I18nProvider.tsx → setCatalogue). The server and the tests keep both languages.
 */
function englishOnDemand(): Plugin {
  const stub = '\0ttdn-english-on-demand';
  return {
    name: 'ttdn-english-on-demand',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './en/index.js' && importer?.replaceAll('\\', '/').endsWith('/common/i18n/translate.ts'))
        return stub;
      return null;
    },
    load(id) {
      return id === stub ? 'export const en = {};' : null;
    },
  };
}

// The web app lives in web/; the server serves the build from dist/web (SPA fallback). Pages are
// lazy routes (web/src/App.tsx); the manifest lets bench/first-page-js.ts measure the first page.
export default defineConfig({
  root: 'web',
  plugins: [englishOnDemand(), contractsForTheWeb(), react(), precompress()],
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
