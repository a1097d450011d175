import type { Analyzer } from './analyzer.js';
import type { CorpusArticle } from './corpus.js';
import { NearDuplicateIndex } from './near-duplicate-index.js';
import { FLAGS, TONES, TOPICS } from './types.js';

/** Precision, recall and F1 of one class, with its support (gold count). */
export type ClassScore = { label: string; precision: number; recall: number; f1: number; support: number };

/** The four measures of the issue, per class, on one set of labelled articles. */
export type EvaluationReport = {
  articles: number;
  relevance: ClassScore[];
  tone: ClassScore[];
  toneMacroF1: number;
  topics: ClassScore[];
  flags: ClassScore[];
  /** Micro-averaged recall over every gold flag. */
  flagRecall: number;
  nearDuplicates: ClassScore;
  /** Articles whose relevance was decided wrongly, with the note of what they test. */
  relevanceErrors: Array<{ id: string; note: string; gold: boolean }>;
  toneErrors: Array<{ id: string; note: string; gold: string; predicted: string | null }>;
  dupErrors: Array<{ a: string; b: string; kind: 'missed' | 'false' }>;
};

function score(label: string, tp: number, fp: number, fn: number): ClassScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { label, precision: r(precision), recall: r(recall), f1: r(f1), support: tp + fn };
}

function byTime(a: CorpusArticle, b: CorpusArticle, order: Map<string, number>): number {
  const ta = Date.parse(a.publishedAt ?? '') || Number.POSITIVE_INFINITY;
  const tb = Date.parse(b.publishedAt ?? '') || Number.POSITIVE_INFINITY;
  return ta !== tb ? ta - tb : order.get(a.id)! - order.get(b.id)!;
}

/** Clusters articles as the CLI does: added in order of publication, then of input. */
export function clusterArticles(analyzer: Analyzer, articles: CorpusArticle[]): Map<string, string> {
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const index = new NearDuplicateIndex();
  const clusters = new Map<string, string>();
  for (const a of [...articles].sort((x, y) => byTime(x, y, order)))
    clusters.set(a.id, index.add(a, analyzer.analyze(a).signature).clusterId);
  return clusters;
}

/** Scores the analyser against the labels of the given articles (relevance, tone, topics, flags, pairs). */
export function evaluate(analyzer: Analyzer, articles: CorpusArticle[]): EvaluationReport {
  const results = new Map(articles.map((a) => [a.id, analyzer.analyze(a).analysis]));
  const relevanceErrors: EvaluationReport['relevanceErrors'] = [];
  const toneErrors: EvaluationReport['toneErrors'] = [];
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (key: string, kind: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    c[kind]++;
    counts.set(key, c);
  };
  for (const a of articles) {
    const r = results.get(a.id)!;
    const gold = a.labels;
    const predicted = r.relevance.relevant;
    for (const [cls, g, p] of [
      ['relevant', gold.relevant, predicted],
      ['not-relevant', !gold.relevant, !predicted],
    ] as const) {
      if (g && p) bump(`rel:${cls}`, 'tp');
      else if (p) bump(`rel:${cls}`, 'fp');
      else if (g) bump(`rel:${cls}`, 'fn');
    }
    if (gold.relevant !== predicted) relevanceErrors.push({ id: a.id, note: a.note, gold: gold.relevant });
    if (!gold.relevant) continue;
    const tone = r.tone?.label ?? null;
    for (const t of TONES) {
      if (gold.tone === t && tone === t) bump(`tone:${t}`, 'tp');
      else if (tone === t) bump(`tone:${t}`, 'fp');
      else if (gold.tone === t) bump(`tone:${t}`, 'fn');
    }
    if (tone !== gold.tone) toneErrors.push({ id: a.id, note: a.note, gold: gold.tone ?? '', predicted: tone });
    const topics = new Set<string>(r.topics.map((t) => t.label));
    for (const t of TOPICS) {
      const g = (gold.topics as string[]).includes(t);
      if (g && topics.has(t)) bump(`topic:${t}`, 'tp');
      else if (topics.has(t)) bump(`topic:${t}`, 'fp');
      else if (g) bump(`topic:${t}`, 'fn');
    }
    const flags = new Set<string>(r.flags.map((f) => f.label));
    for (const f of FLAGS) {
      const g = (gold.flags as string[]).includes(f);
      if (g && flags.has(f)) bump(`flag:${f}`, 'tp');
      else if (flags.has(f)) bump(`flag:${f}`, 'fp');
      else if (g) bump(`flag:${f}`, 'fn');
    }
  }
  const get = (key: string) => counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  const scores = (prefix: string, labels: readonly string[]) =>
    labels.map((l) => {
      const c = get(`${prefix}:${l}`);
      return score(l, c.tp, c.fp, c.fn);
    });
  const tone = scores('tone', TONES);
  const flags = scores('flag', FLAGS);
  let flagTp = 0;
  let flagFn = 0;
  for (const f of FLAGS) {
    flagTp += get(`flag:${f}`).tp;
    flagFn += get(`flag:${f}`).fn;
  }

  // Near-duplicate pairs: every pair of articles, gold "same group" against predicted "same cluster".
  const clusters = clusterArticles(analyzer, articles);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const dupErrors: EvaluationReport['dupErrors'] = [];
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i]!;
      const b = articles[j]!;
      const gold = a.labels.group === b.labels.group;
      const predicted = clusters.get(a.id) === clusters.get(b.id);
      if (gold && predicted) tp++;
      else if (predicted) {
        fp++;
        dupErrors.push({ a: a.id, b: b.id, kind: 'false' });
      } else if (gold) {
        fn++;
        dupErrors.push({ a: a.id, b: b.id, kind: 'missed' });
      }
    }
  return {
    articles: articles.length,
    relevance: scores('rel', ['relevant', 'not-relevant']),
    tone,
    toneMacroF1: Math.round((tone.reduce((s, c) => s + c.f1, 0) / tone.length) * 1000) / 1000,
    topics: scores('topic', TOPICS),
    flags,
    flagRecall: flagTp + flagFn === 0 ? 1 : Math.round((flagTp / (flagTp + flagFn)) * 1000) / 1000,
    nearDuplicates: score('same-story pairs', tp, fp, fn),
    relevanceErrors,
    toneErrors,
    dupErrors,
  };
}

/** The report as a plain-text table (the CLI prints it). */
export function formatReport(report: EvaluationReport, title: string): string {
  const row = (c: ClassScore) =>
    `  ${c.label.padEnd(28)} ${c.precision.toFixed(3)}  ${c.recall.toFixed(3)}  ${c.f1.toFixed(3)}  ${String(c.support).padStart(5)}`;
  const head = `  ${'class'.padEnd(28)} prec.  recall F1     gold`;
  const lines = [
    `${title} — ${report.articles} bài / articles`,
    '',
    'Liên quan / relevance',
    head,
    ...report.relevance.map(row),
    '',
    `Sắc thái / tone (macro-F1 ${report.toneMacroF1.toFixed(3)})`,
    head,
    ...report.tone.map(row),
    '',
    'Chủ đề / topics',
    head,
    ...report.topics.map(row),
    '',
    `Cảnh báo / flags (recall ${report.flagRecall.toFixed(3)})`,
    head,
    ...report.flags.map(row),
    '',
    'Tin trùng lặp / near-duplicates (pairs)',
    head,
    row(report.nearDuplicates),
  ];
  if (report.relevanceErrors.length) {
    lines.push('', 'Sai liên quan / relevance errors:');
    for (const e of report.relevanceErrors) lines.push(`  ${e.id} (gold ${e.gold ? 'relevant' : 'not'}) — ${e.note}`);
  }
  if (report.toneErrors.length) {
    lines.push('', 'Sai sắc thái / tone errors:');
    for (const e of report.toneErrors) lines.push(`  ${e.id}: gold ${e.gold}, got ${e.predicted} — ${e.note}`);
  }
  if (report.dupErrors.length) {
    lines.push('', 'Sai trùng lặp / near-duplicate errors:');
    for (const e of report.dupErrors.slice(0, 40)) lines.push(`  ${e.kind}: ${e.a} ~ ${e.b}`);
  }
  return lines.join('\n');
}
