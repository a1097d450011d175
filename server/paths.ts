import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root folder (the one holding package.json), found by walking up from this file, so
 * that assets (migrations, demo documents, fixtures, the built web app) resolve the same whether
 * the server runs from its TypeScript sources or from the compiled JavaScript in dist/app.
 */
export const PROJECT_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above server/paths');
    dir = parent;
  }
  return dir;
})();

/** A path inside the project, e.g. projectPath('server/db/migrations'). */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}
