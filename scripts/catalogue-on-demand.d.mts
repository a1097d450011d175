import type { Plugin } from 'vite';

/** Key prefixes of the messages the first page shows (sign-in, the page frame, the home page). */
export const FIRST_PAGE_MESSAGES: readonly string[];
/** Is this key one of the first page's messages? */
export function onFirstPage(key: string): boolean;
/** The Vite plugin: the first page's Vietnamese messages in the bundle, the rest and English on demand. */
export function catalogueOnDemand(): Plugin;
