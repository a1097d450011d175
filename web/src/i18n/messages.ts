import { type Language, setCatalogue, setMessageParser } from '@common/i18n/translate';
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

// The build ships only the first page's Vietnamese messages, already parsed, and neither English
// nor the ICU parser (scripts/catalogue-on-demand.mjs). In the dev server and the tests these
// loads set again what is already there.
let parser: Promise<void> | null = null;
const catalogues: Partial<Record<Language, Promise<void>>> = {};

function loadParser(): Promise<void> {
  parser ??= import('@formatjs/icu-messageformat-parser').then(({ parse }) => setMessageParser(parse));
  return parser;
}

/** Loads a language's whole catalogue once, with the parser its messages need. */
export function loadMessages(language: Language): Promise<void> {
  catalogues[language] ??= Promise.all([
    language === 'en'
      ? import('@common/i18n/en/index').then(({ en }) => en)
      : import('@common/i18n/vi/index').then(({ vi }) => vi),
    loadParser(),
  ]).then(([messages]) => setCatalogue(language, messages));
  return catalogues[language];
}

/**
 * React.lazy for everything beyond the first page: the component and the whole Vietnamese
 * catalogue arrive together, so a page never renders before its messages.
 */
// biome-ignore lint/suspicious/noExplicitAny: the same bound as React.lazy's own
export function lazyWithMessages<C extends ComponentType<any>>(
  load: () => Promise<{ default: C }>,
): LazyExoticComponent<C> {
  return lazy(() => Promise.all([load(), loadMessages('vi')]).then(([module]) => module));
}
