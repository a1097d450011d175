import type { Plugin } from 'vite';

/** Writes <file>.br and <file>.gz beside every compressible file above 1 kB under `dir`. */
export function precompressDir(dir: string): void;
/** A Vite plugin running precompressDir on the output folder once the bundle is written. */
export function precompress(): Plugin;
