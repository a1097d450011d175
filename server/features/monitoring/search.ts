import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { monitorArticles, monitorWords } from '../../db/schema/monitoring.js';
import { foldQuery } from './store-articles.js';

/** Matches counted exactly; past this the list says "more than" (counting a million matches costs seconds). */
export const COUNT_CAP = 200;

/** Nearest known words tried in place of a query word that matched nothing (besides the word itself). */
const CORRECTIONS_PER_WORD = 3;

/** The folded words of a query, grouped as typed: a quoted phrase keeps its words in order. */
export type QueryTerm = { words: string[]; phrase: boolean };

/** The words and quoted phrases of a query, folded (no diacritics, lower case). */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  // "Mã Pí Lèng" in quotes: the words in that order; other words: each anywhere in the article.
  const pattern = /"([^"]*)"|([^\s"]+)/g;
  for (const match of foldQuery(query).matchAll(pattern)) {
    const words = (match[1] ?? match[2] ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length === 0) continue;
    terms.push({ words, phrase: match[1] !== undefined && words.length > 1 });
  }
  return terms;
}

/**
 * The terms as tsquery syntax; a word with alternatives (its corrections) becomes "(word | near1 | near2)",
 * which a phrase keeps in its place ("(khau) <-> (vay | vai)").
 */
export function tsQueryFromTerms(terms: QueryTerm[], alternatives: Map<string, string[]> = new Map()): string | null {
  const wordOf = (word: string) => {
    const near = alternatives.get(word) ?? [];
    return near.length ? `(${[word, ...near].join(' | ')})` : word;
  };
  const parts = terms.map((term) => {
    const words = term.words.map(wordOf);
    return term.phrase ? `(${words.join(' <-> ')})` : words.join(' & ');
  });
  return parts.length ? parts.join(' & ') : null;
}

/** The words and quoted phrases of a query, folded, as tsquery syntax. */
export function tsQueryOf(query: string): string | null {
  return tsQueryFromTerms(queryTerms(query));
}

/** Full-text matching of a tsquery over the folded article text (stored text and query folded alike). */
export function matchesTsQuery(tsquery: string): SQL {
  return sql`${monitorArticles.search} @@ to_tsquery('simple'::regconfig, ${tsquery})`;
}

/** Full-text matching of a query, with or without diacritics. */
export function fullTextCondition(query: string): SQL | null {
  const tsquery = tsQueryOf(query);
  return tsquery ? matchesTsQuery(tsquery) : null;
}

/**
 * The query with each word widened to its nearest known words by trigram similarity (a misspelt
 * place name, a mistyped syllable: "khau vay" → "khau & (vay | vai)"), the nearest and commonest first;
 * null when no word has a near neighbour. Asked only when the words as typed match nothing.
 */
export async function correctedTsQuery(db: Db | Tx, query: string): Promise<string | null> {
  const terms = queryTerms(query);
  const words = [...new Set(terms.flatMap((t) => t.words))].filter((w) => w.length >= 2);
  if (words.length === 0) return null;
  // `%` is similarity ≥ pg_trgm.similarity_threshold (0.3), answered by the trigram index.
  const near = await db.execute<{ word: string; near: string }>(sql`
    select q.word, c.word as near
    from unnest(${`{${words.map((w) => `"${w}"`).join(',')}}`}::text[]) as q(word)
    cross join lateral (
      select w.word from ${monitorWords} as w
      where w.word % q.word and w.word <> q.word
      order by similarity(w.word, q.word) desc, w.articles desc, w.word
      limit ${CORRECTIONS_PER_WORD}
    ) as c`);
  if (near.rows.length === 0) return null;
  const alternatives = new Map<string, string[]>();
  for (const row of near.rows) alternatives.set(row.word, [...(alternatives.get(row.word) ?? []), row.near]);
  return tsQueryFromTerms(terms, alternatives);
}

/**
 * Rebuilds the province's word list from its articles' search vectors (`ts_stat`: each lexeme with
 * the number of articles holding it). Run by the periodic job, never per stored article.
 */
export async function refreshSearchWords(db: Db | Tx): Promise<{ words: number }> {
  await db.execute(sql`delete from ${monitorWords}`);
  // Numbers are not misspelt: they would only swell the list.
  const inserted = await db.execute<{ n: number }>(sql`
    with added as (
      insert into ${monitorWords} (word, articles)
      select word, ndoc from ts_stat('select search from monitor_articles where province_id = ttdn_province()')
      where word !~ '^[0-9.,]+$'
      returning 1
    ) select count(*)::int as n from added`);
  return { words: Number(inserted.rows[0]?.n ?? 0) };
}
