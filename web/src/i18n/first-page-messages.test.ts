import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from '@common/i18n/vi/index';
import { describe, expect, it } from 'vitest';
import { FIRST_PAGE_MESSAGES, onFirstPage } from '../../../scripts/catalogue-on-demand.mjs';

// The build ships only the first page's messages (scripts/catalogue-on-demand.mjs): a key the
// first page shows outside FIRST_PAGE_MESSAGES would reach the reader as the bare key.
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIRST_PAGE_ROOTS = ['main.tsx', 'features/home/HomePage.tsx'];

/** The web modules loaded with the first page: static relative imports from the roots (not import()). */
function firstPageModules(): Map<string, string> {
  const modules = new Map<string, string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    const code = readFileSync(file, 'utf8');
    modules.set(file, code);
    for (const [, spec] of code.matchAll(/^import\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)) {
      const base = join(dirname(file), spec!);
      const found = ['.tsx', '.ts', '/index.ts'].map((ext) => base + ext).find((path) => existsSync(path));
      if (found) visit(found);
    }
  };
  for (const root of FIRST_PAGE_ROOTS) visit(join(SRC, root));
  return modules;
}

/** Catalogue keys a module names: quoted keys, and the fixed start of keys built from a template. */
function keysNamed(code: string): { keys: string[]; prefixes: string[] } {
  const keys = [...code.matchAll(/'([a-zA-Z]+(?:\.[a-zA-Z0-9_-]+)+)'/g)].map((m) => m[1]!).filter((key) => key in vi);
  const prefixes = [...code.matchAll(/`([a-zA-Z]+\.[a-zA-Z0-9_.-]*)\$\{/g)].map((m) => m[1]!);
  return { keys, prefixes };
}

describe('the first page’s messages', () => {
  const modules = firstPageModules();

  it('follows the first page’s imports', () => {
    const names = [...modules.keys()].map((file) => file.slice(SRC.length + 1));
    expect(names).toEqual(expect.arrayContaining(['layout/AppLayout.tsx', 'features/auth/SignInPage.tsx']));
    expect(names.some((name) => name.includes('PlanPage'))).toBe(false);
  });

  it('ships every key the first page names', () => {
    const missing: string[] = [];
    for (const [file, code] of modules) {
      const { keys, prefixes } = keysNamed(code);
      for (const key of keys) if (!onFirstPage(key)) missing.push(`${file.slice(SRC.length + 1)}: ${key}`);
      for (const prefix of prefixes)
        if (!FIRST_PAGE_MESSAGES.some((p) => prefix.startsWith(p)))
          missing.push(`${file.slice(SRC.length + 1)}: ${prefix}…`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps most of the catalogue out of the first page', () => {
    const all = Object.keys(vi);
    expect(all.filter(onFirstPage).length).toBeLessThan(all.length / 3);
  });
});
