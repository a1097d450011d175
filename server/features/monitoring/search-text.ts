/**
 * The text that press search reads, built by the app: the folded search text (no diacritics, lower
 * case) and its full-text vector. The vector is built here rather than by PostgreSQL's
 * `to_tsvector`, which cost half the database's work per stored article (its parser reads 2 KB of
 * text per article); queries are cut into words by the same rule (`queryTerms`), so what is stored
 * and what is asked always agree.
 */
import { foldDiacritics } from '../../../common/text/vietnamese.js';

// Each character's search folding, worked out once by the reference folding (foldDiacritics) and
// kept by code point; the text is then folded character by character into a buffer of UTF-16 units.
// A capital sigma lowers differently by context: a text holding one (or a lone surrogate) is folded whole.
const SPACE = -1;
const UTF16 = new TextDecoder('utf-16le');
const foldedUnits = new Map<number, number[] | typeof SPACE>();
function foldedChar(code: number): number[] | typeof SPACE {
  let folded = foldedUnits.get(code);
  if (folded === undefined) {
    const char = String.fromCodePoint(code);
    const text = foldDiacritics(char, { keepCase: true }).toLowerCase();
    folded = /\s/u.test(char) ? SPACE : [...Array(text.length).keys()].map((i) => text.charCodeAt(i));
    foldedUnits.set(code, folded);
  }
  return folded;
}

/**
 * The lower-case, diacritic-free text that full-text search reads (queries are folded the same
 * way): foldDiacritics of the text, lower-cased, computed per character (a fifth of the time).
 */
export function searchTextOf(title: string, body: string): string {
  const text = `${title}\n${body}`;
  if (text.includes('\u03a3')) return foldDiacritics(text).toLowerCase();
  const units = new Uint16Array(text.length * 3);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 128 && code > 32) {
      if (pendingSpace) {
        units[n++] = 32;
        pendingSpace = false;
      }
      units[n++] = code >= 65 && code <= 90 ? code + 32 : code;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      code = text.codePointAt(i)!;
      if (code <= 0xffff) return foldDiacritics(text).toLowerCase(); // a lone surrogate: the reference keeps it
      i++;
    }
    const folded = foldedChar(code);
    if (folded === SPACE) {
      pendingSpace = n > 0;
      continue;
    }
    if (folded.length === 0) continue;
    if (pendingSpace) {
      units[n++] = 32;
      pendingSpace = false;
    }
    for (const unit of folded) units[n++] = unit;
  }
  return UTF16.decode(units.subarray(0, n));
}

/** The search folding of a query (đ → d, tones dropped), so "Mèo Vạc" and "meo vac" find the same. */
export function foldQuery(query: string): string {
  return foldDiacritics(query.normalize('NFC')).toLowerCase();
}

/** A search word: a run of letters and digits (queryTerms cuts queries by the same rule). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const wordChars = new Map<number, boolean>();
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let known = wordChars.get(code);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(code));
    wordChars.set(code, known);
  }
  return known;
}

/** PostgreSQL's limits: a position is at most 16383, a lexeme keeps 256 positions of at most 2047 bytes. */
const MAX_POSITION = 16383;
const MAX_POSITIONS = 256;
const MAX_LEXEME_BYTES = 2047;

/**
 * The tsvector of a search text, as PostgreSQL's input syntax (`'word':1,7 'other':2`): each run of
 * letters and digits is a word, counted from 1 in order, as `queryTerms` cuts a query, so that a
 * phrase ("mã <-> pí <-> lèng") matches on positions. Words are not stemmed (the 'simple' config).
 */
export function searchVectorOf(searchText: string): string {
  const positions = new Map<string, number[]>();
  let position = 0;
  const n = searchText.length;
  let i = 0;
  while (i < n) {
    let code = searchText.codePointAt(i)!;
    if (!isWordChar(code)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(code)) {
      i += code > 0xffff ? 2 : 1;
      code = i < n ? searchText.codePointAt(i)! : 0;
    }
    const word = searchText.slice(start, i);
    if (word.length * 3 > MAX_LEXEME_BYTES && Buffer.byteLength(word) > MAX_LEXEME_BYTES) continue;
    position = Math.min(position + 1, MAX_POSITION);
    const list = positions.get(word);
    if (!list) positions.set(word, [position]);
    else if (list.length < MAX_POSITIONS && list[list.length - 1] !== position) list.push(position);
  }
  let literal = '';
  for (const [word, list] of positions) literal += `${literal ? ' ' : ''}'${word}':${list.join(',')}`;
  return literal;
}
