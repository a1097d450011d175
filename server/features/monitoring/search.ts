import { type SQL, sql } from 'drizzle-orm';
import { monitorArticles } from '../../db/schema/monitoring.js';
import { foldQuery } from './store-articles.js';

/** Matches counted exactly; past this the list says "more than" (counting a million matches costs seconds). */
export const COUNT_CAP = 200;

/** The words and quoted phrases of a query, folded (no diacritics, lower case), as tsquery syntax. */
export function tsQueryOf(query: string): string | null {
  const parts: string[] = [];
  // "Mã Pí Lèng" in quotes: the words in that order; other words: each anywhere in the article.
  const pattern = /"([^"]*)"|([^\s"]+)/g;
  for (const match of foldQuery(query).matchAll(pattern)) {
    const words = (match[1] ?? match[2] ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length === 0) continue;
    parts.push(match[1] !== undefined && words.length > 1 ? `(${words.join(' <-> ')})` : words.join(' & '));
  }
  return parts.length ? parts.join(' & ') : null;
}

/** Full-text matching of a query, with or without diacritics (the stored text and the query are folded alike). */
export function fullTextCondition(query: string): SQL | null {
  const tsquery = tsQueryOf(query);
  return tsquery ? sql`${monitorArticles.search} @@ to_tsquery('simple'::regconfig, ${tsquery})` : null;
}

/**
 * Titles that resemble the query by trigrams (a misspelt place name, a mistyped syllable), the
 * query folded in the database by `ttdn_fold` (unaccent). Asked only when the words match nothing:
 * on a million articles a common word's trigrams would match far too much to be fast or useful.
 */
export function titleResemblesCondition(query: string): SQL | null {
  const text = query.normalize('NFC').replace(/"/g, ' ').trim();
  if (text.replace(/\s/g, '').length < 3) return null;
  return sql`ttdn_fold(${text}) <% ttdn_fold(${monitorArticles.title})`;
}
