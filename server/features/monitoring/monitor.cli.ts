/**
 * `ttdn monitor …`: the press-monitoring analysis without a database.
 *   analyze <articles.jsonl|-> [--profile f] [--model f] [--explain] [--stream]
 *   eval [--corpus f] [--split test|train|all] [--retrain] [--profile f] [--model f]
 *   train --out model.json [--corpus f] [--corrections f.jsonl] [--base model.json]
 * Only this file and the pure analysis modules are loaded, so the command starts fast.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { type AnalysedArticle, createAnalyzer } from './analysis/analyzer.js';
import { DEFAULT_PATHS, loadLexicon, loadModel, loadProfile, readJsonFile } from './analysis/defaults.js';
import { analysisError, AnalysisError } from './analysis/errors.js';
import { errorMessage } from '../../../common/i18n/translate.js';
import { relevanceReasons } from './analysis/relevance.js';
import { packSignature } from './analysis/signature-codec.js';
import { NearDuplicateIndex } from './analysis/near-duplicate-index.js';
import type { ArticleInput } from './analysis/types.js';

const USAGE = `ttdn monitor analyze <articles.jsonl|-> [--profile tệp.json] [--model tệp.json] [--explain] [--stream]
ttdn monitor eval [--corpus tệp.jsonl] [--split test|train|all] [--retrain]
ttdn monitor train --out model.json [--corpus tệp.jsonl] [--corrections tệp.jsonl] [--base model.json]`;

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** Reads one JSONL line into an article, or explains what is wrong with it. */
export function parseArticleLine(line: string): ArticleInput | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `JSON hỏng / malformed JSON (${(error as Error).message})`;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'cần một đối tượng JSON / expected an object';
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'number' ? String(o.id) : o.id;
  if (typeof id !== 'string' || id.trim() === '') return 'thiếu "id" / missing "id"';
  for (const field of ['url', 'source', 'publishedAt', 'title', 'body'] as const)
    if (o[field] !== undefined && o[field] !== null && typeof o[field] !== 'string')
      return `"${field}" phải là chuỗi / "${field}" must be a string`;
  const text = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  return {
    id,
    url: text('url'),
    source: text('source'),
    publishedAt: text('publishedAt'),
    title: text('title'),
    body: text('body'),
  };
}

/** An output line without its cluster (known only once every article is in the index). */
type Rendered = { head: string; explanation?: string };

function renderLine(analysed: AnalysedArticle, explain: boolean, provinceName: string): Rendered {
  const a = analysed.analysis;
  const head = JSON.stringify({
    id: a.id,
    relevant: a.relevance.relevant,
    mentions: a.relevance.mentions.map((m) => ({
      text: m.text,
      entity: m.entity,
      kind: m.kind,
      field: m.field,
      offset: m.offset,
    })),
    tone: a.tone?.label ?? null,
    topics: a.topics.map((t) => t.label),
    flags: a.flags.map((f) => f.label),
  });
  if (!explain) return { head: head.slice(0, -1) };
  const explanation = JSON.stringify({
    score: a.relevance.score,
    reasons: relevanceReasons(a.relevance, provinceName),
    excluded: a.relevance.excluded.map((m) => ({ text: m.text, field: m.field, offset: m.offset, ...m.exclusion })),
    tone: a.tone,
    topics: a.topics,
    flags: a.flags,
    why: a.why,
  });
  return { head: head.slice(0, -1), explanation: explanation.slice(0, -1) };
}

function finishLine(rendered: Rendered, cluster: string, dup: unknown): string {
  const explanation =
    rendered.explanation === undefined
      ? ''
      : `,"explanation":${rendered.explanation},"duplicate":${JSON.stringify(dup ?? null)}}`;
  return `${rendered.head},"cluster":${JSON.stringify(cluster)}${explanation}}\n`;
}

const EMPTY = Buffer.alloc(0);

type Pending = { id: string; order: number; time: number; url?: string; publishedAt?: string; signature: Uint32Array };

async function analyze(path: string, values: Record<string, unknown>): Promise<number> {
  const analyzer = createAnalyzer(
    loadProfile((values.profile as string) ?? DEFAULT_PATHS.profile),
    loadModel((values.model as string) ?? DEFAULT_PATHS.model),
  );
  const explain = values.explain === true;
  const provinceName = analyzer.profile.name;
  const stream = values.stream === true;
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    if (path === '-') resolve();
    else (input as ReturnType<typeof createReadStream>).once('open', () => resolve()).once('error', reject);
  });
  try {
    await opened;
  } catch {
    throw analysisError('MONITOR_INPUT_INVALID', `Không đọc được tệp / Cannot read file: ${path}`);
  }
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const index = new NearDuplicateIndex();
  const seen = new Set<string>();
  const pending: Pending[] = [];
  // Only the rendered line (without its cluster, as UTF-8: half the size of a JS string of Vietnamese)
  // and the signature are kept per article until the input ends.
  const outputs: Buffer[] = [];
  let errors = 0;
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    if (raw.trim() === '') continue;
    const parsed = parseArticleLine(raw);
    if (typeof parsed === 'string' || seen.has(parsed.id)) {
      errors++;
      const why = typeof parsed === 'string' ? parsed : `trùng id "${parsed.id}" / duplicate id`;
      process.stderr.write(`Dòng ${lineNo} bị bỏ qua / line ${lineNo} skipped: ${why}\n`);
      continue;
    }
    seen.add(parsed.id);
    if (parsed.publishedAt && Number.isNaN(Date.parse(parsed.publishedAt)))
      process.stderr.write(
        `Dòng ${lineNo}: ngày đăng không đọc được / unreadable publishedAt "${parsed.publishedAt}"\n`,
      );
    const analysed = analyzer.analyze(parsed, { explain });
    if (stream) {
      const added = index.add(parsed, analysed.signature);
      const rendered = renderLine(analysed, explain, provinceName);
      await write(finishLine(rendered, added.clusterId, added.matchedId ? added : undefined));
      continue;
    }
    // Keep only the small parts; bodies are dropped as soon as an article is analysed.
    const time = Date.parse(parsed.publishedAt ?? '');
    pending.push({
      id: parsed.id,
      order: pending.length,
      time: Number.isNaN(time) ? Number.POSITIVE_INFINITY : time,
      url: parsed.url,
      publishedAt: parsed.publishedAt,
      signature: packSignature(analysed.signature),
    });
    outputs.push(Buffer.from(JSON.stringify(renderLine(analysed, explain, provinceName))));
  }
  if (!stream) {
    // Add in order of publication so that each group is named after its earliest article.
    const order = [...pending].sort((a, b) => a.time - b.time || a.order - b.order);
    const clusters = new Map<string, { clusterId: string; dup?: unknown }>();
    for (const p of order) {
      const added = index.add({ id: p.id, publishedAt: p.publishedAt, url: p.url }, p.signature);
      clusters.set(p.id, { clusterId: added.clusterId, dup: added.matchedId ? added : undefined });
    }
    for (let i = 0; i < outputs.length; i++) {
      const c = clusters.get(pending[i]!.id)!;
      await write(finishLine(JSON.parse(outputs[i]!.toString('utf8')) as Rendered, c.clusterId, c.dup));
      outputs[i] = EMPTY; // released as soon as written
    }
  }
  if (errors > 0) process.stderr.write(`${errors} dòng lỗi / lines with errors\n`);
  return errors > 0 ? 1 : 0;
}

async function evaluateCommand(values: Record<string, unknown>): Promise<number> {
  const { loadCorpus, trainingExamples } = await import('./analysis/corpus.js');
  const { evaluate, formatReport } = await import('./analysis/evaluate.js');
  const corpus = loadCorpus((values.corpus as string) ?? DEFAULT_PATHS.corpus);
  const split = (values.split as string) ?? 'test';
  const profile = loadProfile((values.profile as string) ?? DEFAULT_PATHS.profile);
  let model = loadModel((values.model as string) ?? DEFAULT_PATHS.model);
  if (values.retrain) {
    const { trainModel } = await import('./analysis/train.js');
    const { compileModel } = await import('./analysis/model.js');
    const json = trainModel(trainingExamples(corpus.filter((a) => a.split === 'train')), { lexicon: loadLexicon() });
    model = compileModel(json);
  }
  const articles = split === 'all' ? corpus : corpus.filter((a) => a.split === split);
  const report = evaluate(createAnalyzer(profile, model), articles);
  console.log(
    formatReport(report, `Tập ${split} / ${split} split${values.retrain ? ' (mô hình huấn luyện lại)' : ''}`),
  );
  return 0;
}

async function trainCommand(values: Record<string, unknown>): Promise<number> {
  const out = values.out as string | undefined;
  if (!out) throw analysisError('MONITOR_INPUT_INVALID', 'Cần --out model.json / --out is required');
  const { loadCorpus, trainingExamples } = await import('./analysis/corpus.js');
  const { trainModel } = await import('./analysis/train.js');
  const { modelSchema } = await import('./analysis/model.js');
  const corpus = loadCorpus((values.corpus as string) ?? DEFAULT_PATHS.corpus);
  const examples = trainingExamples(corpus.filter((a) => a.split === 'train'));
  if (values.corrections) {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(values.corrections as string, 'utf8');
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        examples.push(JSON.parse(line));
      } catch {
        throw analysisError('MONITOR_INPUT_INVALID', `Dòng ${i + 1} của tệp sửa lỗi hỏng / correction line ${i + 1}`);
      }
    });
  }
  const base = values.base
    ? modelSchema.parse(readJsonFile(values.base as string, 'MONITOR_MODEL_INVALID'))
    : undefined;
  const model = trainModel(examples, { lexicon: base?.lexicon ?? loadLexicon(), base });
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(
    `Đã huấn luyện trên ${examples.length} bài, ${Object.keys(model.weights).length} đặc trưng → ${out} / trained`,
  );
  return 0;
}

/** Runs `ttdn monitor <sub> …`; returns the exit code. Errors are printed, never thrown. */
export async function runMonitorCli(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        model: { type: 'string' },
        explain: { type: 'boolean' },
        stream: { type: 'boolean' },
        corpus: { type: 'string' },
        split: { type: 'string' },
        retrain: { type: 'boolean' },
        out: { type: 'string' },
        corrections: { type: 'string' },
        base: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [sub, arg] = positionals;
    if (values.help || !sub) {
      console.log(USAGE);
      return sub ? 0 : 2;
    }
    if (sub === 'analyze') {
      if (!arg) throw analysisError('MONITOR_INPUT_INVALID', 'Thiếu tệp JSONL / Missing JSONL file');
      return await analyze(arg, values);
    }
    if (sub === 'eval') return await evaluateCommand(values);
    if (sub === 'train') return await trainCommand(values);
    console.error(`Lệnh không rõ / unknown command: monitor ${sub}\n${USAGE}`);
    return 2;
  } catch (error) {
    if (error instanceof AnalysisError) {
      console.error(
        `[${error.code}] ${errorMessage('vi', error.code, error.params)}\n${errorMessage('en', error.code, error.params)}`,
      );
      return 1;
    }
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
