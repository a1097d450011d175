import type { Plugin } from 'vite';

/** A contract module's code with endpoints cut to method, path and upload, and its top-level calls marked pure. */
export function slimContract(program: unknown, code: string): string;
/** The Vite plugin applying slimContract to `common/contracts/*.ts` in the web build. */
export function contractsForTheWeb(): Plugin;
