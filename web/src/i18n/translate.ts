import { en } from './en';
import { vi, type MessageKey } from './vi';

export type Language = 'vi' | 'en';
export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { vi, en };

/** Looks a text up in the language's dictionary (falling back to Vietnamese) and fills {params}. */
export function translate(language: Language, key: MessageKey, params?: TranslateParams): string {
  const template = DICTIONARIES[language][key] ?? vi[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Is this string a key of the dictionary? (for codes coming from the server) */
export function isMessageKey(key: string): key is MessageKey {
  return key in vi;
}
