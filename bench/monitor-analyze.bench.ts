/**
 * Press-monitoring analysis speed (a plain script, not a test):
 *   node --import tsx bench/monitor-analyze.bench.ts [articles=20000] [index=100000]
 * Prints start-up cost (profile + model), articles/s for relevance alone and for the whole analysis
 * (relevance, tone/topics/flags, near-duplicate signature and index), on articles of press length
 * (~600 words, built from the labelled corpus), then the near-duplicate index growing to 100,000
 * articles: time per add and memory. Target: the whole analysis ≪ 0.5 ms per article.
 */
import { createAnalyzer } from '../server/features/monitoring/analysis/analyzer.js';
import { loadCorpus } from '../server/features/monitoring/analysis/corpus.js';
import { DEFAULT_PATHS, loadModel, loadProfile } from '../server/features/monitoring/analysis/defaults.js';
import { dupSignature } from '../server/features/monitoring/analysis/dup-signature.js';
import { NearDuplicateIndex } from '../server/features/monitoring/analysis/near-duplicate-index.js';
import { assessRelevance, tokenizeArticle } from '../server/features/monitoring/analysis/relevance.js';
import type { ArticleInput } from '../server/features/monitoring/analysis/types.js';

const articleCount = Number(process.argv[2] ?? 20_000);
const indexCount = Number(process.argv[3] ?? 100_000);

let t0 = performance.now();
const profile = loadProfile();
const profileMs = performance.now() - t0;
t0 = performance.now();
const model = loadModel();
const modelMs = performance.now() - t0;
const analyzer = createAnalyzer(profile, model);
console.log(`start-up: profile ${profileMs.toFixed(0)} ms, model ${modelMs.toFixed(0)} ms`);

// Press-length articles (~550 words) that stay on one subject: a corpus article's title and lead,
// then sentences drawn from articles with the same relevance and first topic, a quarter of their
// words replaced at random so that sentences do not repeat across articles; one article in ten is a
// trimmed copy of an earlier one, as in a real feed. Relevant and irrelevant articles come in the
// corpus's proportion.
const corpus = loadCorpus(DEFAULT_PATHS.corpus);
const vocabulary = [...new Set(corpus.flatMap((a) => (a.body ?? '').split(' ')))];
let seed = 42;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
};
const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
const sentencesOf = (a: (typeof corpus)[number]) => (a.body ?? '').split(/(?<=[.!?])\s+/);
const pools = new Map<string, string[]>();
for (const a of corpus) {
  const key = `${a.labels.relevant}:${a.labels.topics[0] ?? ''}`;
  pools.set(key, [...(pools.get(key) ?? []), ...sentencesOf(a)]);
}
const perturb = (sentence: string) =>
  sentence
    .split(' ')
    .map((w) => (rand() < 0.25 ? pick(vocabulary) : w))
    .join(' ');
const articles: ArticleInput[] = [];
for (let i = 0; i < articleCount; i++) {
  if (i % 10 === 9) {
    const earlier = articles[i - 1 - Math.floor(rand() * Math.min(i - 1, 50))]!;
    articles.push({ ...earlier, id: `b${i}`, url: `https://copy.example.vn/${i}`, body: earlier.body!.slice(0, 1500) });
    continue;
  }
  const lead = corpus[i % corpus.length]!;
  const pool = pools.get(`${lead.labels.relevant}:${lead.labels.topics[0] ?? ''}`)!;
  const body = [lead.body ?? '', ...Array.from({ length: 24 }, () => perturb(pick(pool)))];
  articles.push({
    id: `b${i}`,
    url: `https://example.vn/tin-${i}.html`,
    publishedAt: lead.publishedAt,
    title: lead.title,
    body: body.join(' '),
  });
}
const words = articles.reduce((s, a) => s + (a.body ?? '').split(/\s+/).length, 0) / articles.length;
console.log(`${articles.length} articles, ${words.toFixed(0)} words on average`);

// CPU time of this process, not wall time: the machine is shared, and a busy neighbour must not
// make the analysis look slower than it is (wall time is printed too).
function time(label: string, work: () => void, n: number): void {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  const wallMs = performance.now() - wall;
  console.log(
    `${label.padEnd(52)} ${(ms / n).toFixed(3)} ms/article CPU  ${Math.round((n / ms) * 1000)} articles/s  (wall ${(wallMs / n).toFixed(3)} ms)`,
  );
}

// Warm up the JIT on a slice first.
for (const a of articles.slice(0, 500)) analyzer.analyze(a);

time(
  'relevance (profile matching + exclusions)',
  () => {
    for (const a of articles) assessRelevance(profile, a);
  },
  articles.length,
);

time(
  'tokenise + near-dup signature',
  () => {
    for (const a of articles) {
      const t = tokenizeArticle(a);
      dupSignature(t.fields[0]!.tokens, t.fields[1]!.tokens);
    }
  },
  articles.length,
);

time(
  'analysis without the index',
  () => {
    for (const a of articles) analyzer.analyze(a);
  },
  articles.length,
);

const index = new NearDuplicateIndex();
let relevant = 0;
time(
  'whole analysis (relevance, tone/topics/flags, index)',
  () => {
    for (const a of articles) {
      const { analysis, signature } = analyzer.analyze(a);
      if (analysis.relevance.relevant) relevant++;
      index.add(a, signature);
    }
  },
  articles.length,
);
console.log(`  ${relevant} relevant; per core this is the analysis share of the 2,000 articles/s ingest budget`);

// The index alone at scale: short synthetic articles (the signature cost is measured above).
const big = new NearDuplicateIndex();
const checkpoints = new Set([10_000, 25_000, 50_000, indexCount]);
let lastAt = 0;
let cpuAt = process.cpuUsage();
for (let i = 1; i <= indexCount; i++) {
  const lines = Array.from({ length: 12 }, () => Array.from({ length: 15 }, () => pick(vocabulary)).join(' '));
  // Every tenth article is a trimmed copy of an earlier one, so groups form as in real feeds.
  const body = i % 10 === 0 ? `${lines.slice(0, 6).join('. ')}. Số ${i - 1}.` : `${lines.join('. ')}. Số ${i}.`;
  const t = tokenizeArticle({ id: `x${i}`, title: `Tin ${i}`, body });
  const signature = dupSignature(t.fields[0]!.tokens, t.fields[1]!.tokens);
  big.add({ id: `x${i}`, publishedAt: '2025-10-01' }, signature);
  if (checkpoints.has(i)) {
    const used = process.cpuUsage(cpuAt);
    cpuAt = process.cpuUsage();
    const per = (used.user + used.system) / 1000 / (i - lastAt);
    const heap = process.memoryUsage().heapUsed / 1e6;
    console.log(
      `index at ${String(i).padStart(6)}: ${per.toFixed(3)} ms CPU per add (incl. signature of a 180-word text), index ≈ ${(big.approximateBytes / 1e6).toFixed(0)} MB, heap ${heap.toFixed(0)} MB`,
    );
    lastAt = i;
  }
}
