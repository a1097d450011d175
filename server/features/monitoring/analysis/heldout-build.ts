/**
 * Builds the outside held-out sets from their hand-written sources (same format as corpus/src):
 *   node --import tsx server/features/monitoring/analysis/heldout-build.ts b c
 * reads fixtures/monitoring/corpus/heldout/<set>/*.txt and writes corpus/heldout-<set>.jsonl.
 * Every article of these sets is "test": they are never trained on by the shipped model's checks,
 * and set C is measured once, after the rules were last changed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from './corpus-build.js';
import type { CorpusArticle } from './corpus.js';

/** The corpus folder holding heldout/<set>/ and heldout-<set>.jsonl. */
export const CORPUS_DIR = join(import.meta.dirname, '../../../../fixtures/monitoring/corpus');

/** Parses one held-out set's sources; all its articles are marked "test". */
export function buildHeldoutSet(set: string): CorpusArticle[] {
  return buildCorpus(join(CORPUS_DIR, 'heldout', set)).map((a) => ({ ...a, split: 'test' as const }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const set of process.argv.slice(2)) {
    const articles = buildHeldoutSet(set);
    const out = join(CORPUS_DIR, `heldout-${set}.jsonl`);
    writeFileSync(out, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
    const relevant = articles.filter((a) => a.labels.relevant).length;
    console.log(`${set}: ${articles.length} articles (${relevant} relevant) → ${out}`);
  }
}
