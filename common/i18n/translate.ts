import { IntlMessageFormat } from 'intl-messageformat';
import { formatDateVi } from '../calendar/iso-date.js';
import type { AppError, ErrorCode, ErrorParams } from '../errors.js';
import { en } from './en/index.js';
import { type MessageKey, vi } from './vi/index.js';

export type { MessageKey };
export type Language = 'vi' | 'en';
export type TranslateParams = Record<string, unknown>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

/** A message as the catalogue writes it, or already parsed (the web build ships the first page's parsed). */
export type MessageTemplate = ConstructorParameters<typeof IntlMessageFormat>[0];

const CATALOGUES: Record<Language, Record<MessageKey, MessageTemplate>> = { vi, en };
const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const compiled: Record<Language, Map<string, IntlMessageFormat>> = { vi: new Map(), en: new Map() };

/**
 * Puts a language's catalogue in place. The web build starts with the first page's Vietnamese
 * messages and no English (scripts/catalogue-on-demand.mjs) and calls this with the whole
 * Vietnamese catalogue before other pages, and with English when a reader chooses it; the server
 * has both from the start.
 */
export function setCatalogue(language: Language, messages: Record<MessageKey, string>): void {
  CATALOGUES[language] = messages;
  compiled[language].clear();
}

/**
 * Sets the ICU parser messages written as text go through. The web build leaves it out of the
 * first page, whose messages arrive parsed, and sets it with the rest of the catalogue.
 */
export function setMessageParser(parse: NonNullable<typeof IntlMessageFormat.__parse>): void {
  IntlMessageFormat.__parse = parse;
}

/** Text ICU would give back unchanged: no argument, tag, quote or plural sign. */
export function isPlainMessage(template: string): boolean {
  return !/[{}<'#]/.test(template);
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parameters as the messages show them: dates dd/mm/yyyy, lists joined, nothing undefined. */
function prepare(params: TranslateParams): Record<string, string | number | boolean | Date> {
  const out: Record<string, string | number | boolean | Date> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') out[name] = ISO_DATE.test(value) ? formatDateVi(value) : value;
    else if (typeof value === 'number' || typeof value === 'boolean') out[name] = value;
    else if (Array.isArray(value)) out[name] = value.map(String).join(', ');
    else out[name] = value === null || value === undefined ? '' : String(value);
  }
  return out;
}

/**
 * The catalogue's text for a key in a language (Vietnamese when English lacks it), written with
 * its parameters through ICU MessageFormat (plural, select, number).
 */
export function translate(language: Language, key: MessageKey, params: TranslateParams = {}): string {
  const template = CATALOGUES[language][key] ?? CATALOGUES.vi[key] ?? key;
  if (typeof template === 'string' && isPlainMessage(template)) return template;
  let format = compiled[language].get(key);
  if (!format) {
    format = new IntlMessageFormat(template, LOCALES[language]);
    compiled[language].set(key, format);
  }
  const text = format.format(prepare(params));
  return typeof text === 'string' ? text : String(text);
}

/** A translate function bound to one language. */
export function translatorFor(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}

/** A value as an ICU select key: "agency-plan" → "agencyPlan" (select keys cannot hold hyphens). */
export function selectKey(value: string): string {
  return value.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Is this string a key of the catalogue (as loaded so far in the web)? (for codes coming from the server) */
export function isMessageKey(key: string): key is MessageKey {
  return key in CATALOGUES.vi;
}

/** The message of an error code with its parameters, in a language. */
export function errorMessage<C extends ErrorCode>(language: Language, code: C, params?: ErrorParams[C]): string {
  const key = `error.${code}`;
  return isMessageKey(key) ? translate(language, key, params as TranslateParams) : code;
}

/** The message of an AppError in a language (CLI output, e-mails, logs). */
export function describeError(language: Language, error: AppError): string {
  return errorMessage(language, error.code, error.params);
}
