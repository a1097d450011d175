import { readFileSync } from 'node:fs';
import { analysisError } from './errors.js';
import type { TrainingExample } from './train.js';
import { type ArticleInput, FLAGS, type Flag, TONES, TOPICS, type Tone, type Topic } from './types.js';

/** What a person decided about an article of the labelled corpus. */
export type CorpusLabels = {
  relevant: boolean;
  /** Tone toward the province; null when not relevant. */
  tone: Tone | null;
  topics: Topic[];
  flags: Flag[];
  /** Near-duplicate group: the id of the original story (copies share it). */
  group: string;
};

/** One labelled article of fixtures/monitoring/corpus/corpus.jsonl. */
export type CorpusArticle = ArticleInput & {
  labels: CorpusLabels;
  /** The difficulty the article stands for ("confounder:person", "copy:retitled", …). */
  note: string;
  /** "test" articles are never used for training or for tuning the lexicon and rules. */
  split: 'train' | 'test';
};

/** Checks a corpus record's labels against the fixed lists (a typo in a label must not pass silently). */
export function validateCorpusArticle(record: CorpusArticle, where: string): CorpusArticle {
  const fail = (what: string) => {
    throw analysisError('MONITOR_INPUT_INVALID', `${where}: ${what}`);
  };
  const l = record.labels;
  if (!record.id) fail('thiếu id / missing id');
  if (typeof l?.relevant !== 'boolean') fail('labels.relevant');
  if (l.tone !== null && !TONES.includes(l.tone)) fail(`tone ${l.tone}`);
  if (l.relevant !== (l.tone !== null)) fail('tone must be set exactly when relevant');
  for (const t of l.topics) if (!TOPICS.includes(t)) fail(`topic ${t}`);
  for (const f of l.flags) if (!FLAGS.includes(f)) fail(`flag ${f}`);
  if (record.split !== 'train' && record.split !== 'test') fail(`split ${record.split}`);
  return record;
}

/** Reads a corpus JSONL file. */
export function loadCorpus(path: string): CorpusArticle[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: CorpusArticle[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    out.push(validateCorpusArticle(JSON.parse(line) as CorpusArticle, `${path}:${i + 1}`));
  });
  return out;
}

/** Training examples from corpus articles: tone, topics and flags only where the article is relevant. */
export function trainingExamples(articles: CorpusArticle[]): TrainingExample[] {
  return articles
    .filter((a) => a.labels.relevant)
    .map((a) => ({
      article: { id: a.id, title: a.title, body: a.body, url: a.url, source: a.source, publishedAt: a.publishedAt },
      tone: a.labels.tone,
      topics: a.labels.topics,
      flags: a.labels.flags,
    }));
}
