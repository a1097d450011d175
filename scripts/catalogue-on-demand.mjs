// A Vite plugin for the web build: the message catalogue and its ICU parser leave the first page.
// In the bundle, common/i18n/translate.ts starts with only the Vietnamese messages sign-in, the page
// frame and the home page show (FIRST_PAGE_MESSAGES), already parsed, and an empty English table; the web loads the whole
// Vietnamese catalogue before any other page (web/src/i18n/messages.ts) and English when a reader
// picks it. The server and the tests keep both whole catalogues.
import { parse } from '@formatjs/icu-messageformat-parser';
import { tsImport } from 'tsx/esm/api';

/**
 * Key prefixes of the messages the first page shows: sign-in, the frame (navigation, the bell,
 * the language switch, errors, the 403 page) and the home page. web/src/i18n/first-page-messages.test.ts
 * fails when a first-page module names a key outside them.
 */
export const FIRST_PAGE_MESSAGES = [
  'app.',
  'auth.',
  'nav.',
  'error.',
  'forbidden.',
  'home.',
  'notifications.bell',
  'plan.deadline.',
];

/** Is this key one of the first page's messages? */
export function onFirstPage(key) {
  return FIRST_PAGE_MESSAGES.some((prefix) => key === prefix || (prefix.endsWith('.') && key.startsWith(prefix)));
}

const FIRST_PAGE_VI = '\0ttdn-vietnamese-first-page';
const ICU_PARSER = '@formatjs/icu-messageformat-parser';
const ENGLISH_LATER = '\0ttdn-english-on-demand';

/** The plugin (build only). */
export function catalogueOnDemand() {
  return {
    name: 'ttdn-catalogue-on-demand',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      // intl-messageformat gets the parser-less build; the web loads the parser with the rest of
      // the catalogue (web/src/i18n/messages.ts → setMessageParser).
      if (source === ICU_PARSER && importer?.replaceAll('\\', '/').includes('/node_modules/intl-messageformat/'))
        return this.resolve(`${ICU_PARSER}/no-parser.js`, importer, { skipSelf: true });
      if (!importer?.replaceAll('\\', '/').endsWith('/common/i18n/translate.ts')) return null;
      if (source === './vi/index.js') return FIRST_PAGE_VI;
      if (source === './en/index.js') return ENGLISH_LATER;
      return null;
    },
    async load(id) {
      if (id === ENGLISH_LATER) return 'export const en = {};';
      if (id !== FIRST_PAGE_VI) return null;
      const { vi } = await tsImport('../common/i18n/vi/index.ts', import.meta.url);
      const { isPlainMessage } = await tsImport('../common/i18n/translate.ts', import.meta.url);
      // Parsed here, as IntlMessageFormat would at run time: the first page needs no parser.
      const messages = Object.fromEntries(
        Object.entries(vi)
          .filter(([key]) => onFirstPage(key))
          .map(([key, text]) => [key, isPlainMessage(text) ? text : parse(text, { locale: new Intl.Locale('vi-VN') })]),
      );
      return `export const vi = ${JSON.stringify(messages)};`;
    },
  };
}
