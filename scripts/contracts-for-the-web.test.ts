import { readFileSync } from 'node:fs';
import { parseAst } from 'rolldown/parseAst';
import { transform } from 'rolldown/utils';
import { describe, expect, it } from 'vitest';
import { slimContract } from './contracts-for-the-web.mjs';

/** A contract module as the web build sees it: TypeScript stripped, then slimmed. */
async function slim(source: string): Promise<string> {
  const js = (await transform('contract.ts', source, { lang: 'ts' })).code;
  return slimContract(parseAst(js), js);
}

describe('contracts in the web build', () => {
  it('keeps of an endpoint only what call() reads, and marks every schema pure', async () => {
    const code = await slim(readFileSync(new URL('../common/contracts/auth.ts', import.meta.url), 'utf8'));
    expect(code).toContain('endpoint({ method: "POST", path: "/api/auth/login" })');
    expect(code).not.toMatch(/summary|response:|body:/);
    // The inner call of a chain gets its own note, inside parentheses.
    expect(code).toContain('(/* @__PURE__ */ (/* @__PURE__ */ z.string()).nullable())');
  });

  it('keeps an upload’s limit and leaves functions’ bodies alone', async () => {
    const code = await slim(`
      export const up = endpoint({ method: 'POST', path: '/x', upload: { maxBytes: 5 }, body: z.object({}) });
      export const check = (value: string) => z.string().parse(value);`);
    expect(code).toContain('upload: { maxBytes: 5 }');
    expect(code).toContain('=> z.string().parse(value)');
  });

  it('refuses an endpoint it cannot read field by field', async () => {
    await expect(slim(`export const e = endpoint({ ...shared, path: '/x' });`)).rejects.toThrow(/literal object/);
    await expect(slim(`export const e = endpoint(shared('x'));`)).rejects.toThrow(/literal object/);
  });
});
