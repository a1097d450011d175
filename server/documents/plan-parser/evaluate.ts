/**
 * The scorer: precision / recall / F1 over atomic facts (task codes, parents, titles, each agency
 * in each role, timeframe kind and due, legal bases, reporting deadlines, recipients, document
 * fields), per document and overall (micro-averaged). Names compare tone-placement-, case- and
 * spacing-insensitively, as the contract compares them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlanJson } from '../../../common/contracts/plan-json.js';
import { nameKey, normalizeText, toneKey } from '../../../common/text/vietnamese.js';
import { parsePlanFile, type ParseFileOptions } from './file.js';

/** Score of one document. */
export interface DocScore {
  file: string;
  expected: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  missing: string[];
  extra: string[];
  error?: string;
}

/** The whole evaluation. */
export interface EvalReport {
  documents: DocScore[];
  overall: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
}

const key = (s: string): string => toneKey(normalizeText(s));

/** The atomic facts a plan asserts (null values assert nothing). */
export function planFacts(p: PlanJson): Set<string> {
  const f = new Set<string>();
  const add = (k: string, v: unknown): void => {
    if (v !== null && v !== undefined && v !== '') f.add(`${k}=${String(v)}`);
  };
  const d = p.document;
  add('doc.kind', d.kind);
  add('doc.number', d.number);
  add('doc.title', d.title && key(d.title));
  add('doc.year', d.year);
  add('doc.issuer', d.issuer && nameKey(d.issuer));
  add('doc.province', d.province && nameKey(d.province));
  add('doc.issuedOn', d.issuedOn);
  add('doc.signer.name', d.signer?.name && key(d.signer.name));
  add('doc.signer.position', d.signer?.position && key(d.signer.position));
  add('doc.signer.authority', d.signer?.authority && key(d.signer.authority));
  for (const lb of p.legalBases) {
    const id = lb.symbol ?? `${lb.kind ?? ''}@${lb.date ?? ''}`;
    add('lb', id);
    add(`lb[${id}].kind`, lb.kind && key(lb.kind));
    add(`lb[${id}].date`, lb.date);
    add(`lb[${id}].issuer`, lb.issuer && nameKey(lb.issuer));
  }
  for (const t of p.tasks) {
    add('task', t.code);
    add(`task[${t.code}].parent`, t.parent ?? '-');
    add(`task[${t.code}].title`, key(t.title));
    for (const role of ['lead', 'coordinators', 'implementers', 'guides'] as const)
      for (const a of t[role]) add(`task[${t.code}].${role}`, nameKey(a));
    add(`task[${t.code}].timeframe.kind`, t.timeframe.kind);
    add(`task[${t.code}].timeframe.due`, t.timeframe.due);
  }
  for (const r of p.reportingDeadlines) add(`report.${r.kind}`, r.due);
  for (const r of p.recipients) add('recipient', nameKey(r));
  return f;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** Compares a parse with its expected JSON. */
export function scorePlan(got: PlanJson, expected: PlanJson, file = '', expectedFile = ''): DocScore {
  const g = planFacts(got);
  const e = planFacts(expected);
  const missing = [...e].filter((x) => !g.has(x));
  const extra = [...g].filter((x) => !e.has(x));
  const tp = e.size - missing.length;
  const precision = ratio(tp, tp + extra.length);
  const recall = ratio(tp, e.size);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    file,
    expected: expectedFile,
    tp,
    fp: extra.length,
    fn: missing.length,
    precision,
    recall,
    f1,
    missing,
    extra,
  };
}

const DOC_EXT = /\.(txt|docx|pdf|png|jpe?g|tiff?)$/i;

/** The documents of an evaluation folder: X.ext beside X.expected.json, plus index.json entries. */
export async function listEvalDocuments(dir: string): Promise<Array<{ file: string; expected: string }>> {
  const names = (await readdir(dir)).sort();
  const out: Array<{ file: string; expected: string }> = [];
  const set = new Set(names);
  for (const n of names) {
    if (!DOC_EXT.test(n)) continue;
    const exp = n.replace(DOC_EXT, '.expected.json');
    if (set.has(exp)) out.push({ file: n, expected: exp });
  }
  if (set.has('index.json')) {
    const idx = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as
      | { documents?: Array<{ file: string; expected: string }> }
      | Record<string, string>;
    const entries = Array.isArray((idx as { documents?: unknown }).documents)
      ? (idx as { documents: Array<{ file: string; expected: string }> }).documents
      : Object.entries(idx as Record<string, string>).map(([file, expected]) => ({ file, expected }));
    for (const e of entries)
      if (set.has(e.file) && set.has(e.expected) && !out.some((o) => o.file === e.file)) out.push(e);
  }
  return out;
}

/** Parses every document of a folder and scores it against its expected JSON. */
export async function evaluatePlanDir(dir: string, opts: ParseFileOptions = {}): Promise<EvalReport> {
  const documents: DocScore[] = [];
  for (const { file, expected } of await listEvalDocuments(dir)) {
    const exp = JSON.parse(await readFile(join(dir, expected), 'utf8')) as PlanJson;
    try {
      documents.push(scorePlan(await parsePlanFile(join(dir, file), opts), exp, file, expected));
    } catch (err) {
      const e = planFacts(exp).size;
      documents.push({
        file,
        expected,
        tp: 0,
        fp: 0,
        fn: e,
        precision: 0,
        recall: 0,
        f1: 0,
        missing: [],
        extra: [],
        error: (err as Error).message,
      });
    }
  }
  const tp = documents.reduce((s, d) => s + d.tp, 0);
  const fp = documents.reduce((s, d) => s + d.fp, 0);
  const fn = documents.reduce((s, d) => s + d.fn, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { documents, overall: { tp, fp, fn, precision, recall, f1 } };
}

/** A plain-text table of the report, with the first missing/extra facts of imperfect documents. */
export function formatEvalReport(r: EvalReport): string {
  const pct = (x: number): string => x.toFixed(3);
  const lines = ['document                                   P      R      F1     facts'];
  for (const d of r.documents) {
    lines.push(
      `${d.file.padEnd(42)} ${pct(d.precision)}  ${pct(d.recall)}  ${pct(d.f1)}  ${d.tp}/${d.tp + d.fn}${d.error ? `  ERROR ${d.error}` : ''}`,
    );
    for (const m of d.missing.slice(0, 8)) lines.push(`    - missing ${m}`);
    for (const x of d.extra.slice(0, 8)) lines.push(`    + extra   ${x}`);
  }
  lines.push(
    `${'OVERALL'.padEnd(42)} ${pct(r.overall.precision)}  ${pct(r.overall.recall)}  ${pct(r.overall.f1)}  ${r.overall.tp}/${r.overall.tp + r.overall.fn}`,
  );
  return lines.join('\n');
}
