import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { monitorArticles, monitorWords } from '../../db/schema/monitoring.js';
import { foldQuery } from './search-text.js';

/** Matches counted exactly; past this the list says "more than" (counting a million matches costs seconds). */
export const COUNT_CAP = 200;

/** Nearest known words tried in place of a query word that matched nothing (besides the word itself). */
const CORRECTIONS_PER_WORD = 3;

/** A word in more than this share of the articles is checked on the rows, not intersected in the index. */
const COMMON_SHARE = 0.25;

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

/**
 * Full-text matching of a tsquery over the stored vectors. The query's words are taken as they are
 * (`::tsquery`, no parser): queryTerms cut them as searchVectorOf cuts the stored text.
 */
export function matchesTsQuery(tsquery: string): SQL {
  return sql`${monitorArticles.search} @@ ${tsquery}::tsquery`;
}

/**
 * The same match written as a function call, which no index can answer: for words in many articles,
 * walking the stories newest first until a page (and the count's 201) is found costs a few hundred
 * rows, while the GIN index would first gather every match into a bitmap (300 ms for a third of a
 * million articles, lossy past work_mem) — and the planner, which costs GIN scans low, picks it.
 */
export function matchesTsQueryByWalking(tsquery: string): SQL {
  return sql`ts_match_vq(${monitorArticles.search}, ${tsquery}::tsquery)`;
}

/**
 * How many articles a query is expected to match, from the word list's counts, of how many, and each
 * term's share of the articles (null: no list yet).
 */
export async function expectedMatches(
  db: Db | Tx,
  terms: QueryTerm[],
  alternatives: Map<string, string[]> = new Map(),
): Promise<{ expected: number; total: number; shares: number[] } | null> {
  const words = [...new Set(terms.flatMap((t) => t.words.flatMap((w) => [w, ...(alternatives.get(w) ?? [])])))];
  if (words.length === 0) return null;
  const result = await db.execute<{ total: number; listed: boolean; counts: Record<string, number> | null }>(sql`
    select (select greatest(c.reltuples, 0)::float8 from pg_class c where c.oid = 'monitor_articles'::regclass) as total,
      exists (select 1 from ${monitorWords}) as listed,
      (select json_object_agg(w.word, w.articles) from ${monitorWords} as w where w.word = any(${arrayLiteral(words)}::text[])) as counts`);
  const row = result.rows[0];
  if (!row?.listed) return null;
  const counts = row.counts ?? {};
  const total = Math.max(Number(row.total), ...Object.values(counts).map(Number), 1);
  const share = (word: string) =>
    Math.min(1, [word, ...(alternatives.get(word) ?? [])].reduce((sum, w) => sum + Number(counts[w] ?? 0), 0) / total);
  // Words of a phrase come together (as rare as its rarest word); separate words are taken as independent.
  const shares = terms.map((term) => Math.min(...term.words.map(share)));
  return { expected: shares.reduce((product, s) => product * s, total), total, shares };
}

/**
 * The match to search with: by the GIN index when few articles are expected (a rare word, a word no
 * article holds), by walking the newest stories otherwise; the index when the word list is not built
 * yet. The crossover: a walk reads about COUNT_CAP / share rows, the index about the matches themselves.
 */
export async function fullTextMatch(
  db: Db | Tx,
  terms: QueryTerm[],
  alternatives: Map<string, string[]> = new Map(),
): Promise<SQL | null> {
  const tsquery = tsQueryFromTerms(terms, alternatives);
  if (!tsquery) return null;
  const estimate = await expectedMatches(db, terms, alternatives);
  if (!estimate) return matchesTsQuery(tsquery);
  if (estimate.expected ** 2 > COUNT_CAP * estimate.total) return matchesTsQueryByWalking(tsquery);
  // The index answers the rarer terms only: intersecting a common word's posting list (half the
  // articles) costs more than checking that word on the few rows the rare ones leave.
  const rarest = Math.min(...estimate.shares);
  const indexed = terms.filter((_, i) => estimate.shares[i]! <= COMMON_SHARE || estimate.shares[i] === rarest);
  if (indexed.length === terms.length) return matchesTsQuery(tsquery);
  return sql`${matchesTsQuery(tsQueryFromTerms(indexed, alternatives)!)} and ${matchesTsQueryByWalking(tsquery)}`;
}

/** A PostgreSQL array literal of words (letters and digits only, as queryTerms splits them). */
function arrayLiteral(words: string[]): string {
  return `{${words.map((w) => `"${w}"`).join(',')}}`;
}

/**
 * Each query word's nearest known words by trigram similarity (a misspelt place name, a mistyped
 * syllable: "vay" → "vai"), the nearest and commonest first; empty when no word has a near neighbour.
 * Asked only when the words as typed match nothing; the word itself stays one of its alternatives.
 */
export async function nearWords(db: Db | Tx, terms: QueryTerm[]): Promise<Map<string, string[]>> {
  const words = [...new Set(terms.flatMap((t) => t.words))].filter((w) => w.length >= 2);
  const alternatives = new Map<string, string[]>();
  if (words.length === 0) return alternatives;
  // `%` is similarity ≥ pg_trgm.similarity_threshold (0.3), answered by the trigram index.
  const near = await db.execute<{ word: string; near: string }>(sql`
    select q.word, c.word as near
    from unnest(${arrayLiteral(words)}::text[]) as q(word)
    cross join lateral (
      select w.word from ${monitorWords} as w
      where w.word % q.word and w.word <> q.word
      order by similarity(w.word, q.word) desc, w.articles desc, w.word
      limit ${CORRECTIONS_PER_WORD}
    ) as c`);
  for (const row of near.rows) alternatives.set(row.word, [...(alternatives.get(row.word) ?? []), row.near]);
  return alternatives;
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
