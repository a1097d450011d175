/**
 * Builds fixtures/monitoring/corpus/corpus.jsonl from the hand-written sources in corpus/src:
 *   node --import tsx server/features/monitoring/analysis/corpus-build.ts
 * Source format (one block per article):
 *   ### id | publishedAt | source | url
 *   labels: rel=1 tone=neg topics=a,b flags=c note=what it tests
 *   # Title
 *   Paragraph…            (blank line between paragraphs)
 * A copy of another article: `copy-of: id` plus optional `title:`, `lead:` (replaces paragraph 1),
 * `keep: 1-3,5` (paragraphs of the result kept, in that order), `suffix:`, `replace: a => b`; labels
 * are inherited. A copy with paragraphs of its own is a rewrite: its text replaces the original's.
 * A template family: `@@@ family | labels: …` then `title:` and `body:` templates with {keys}, then
 * rows `- id | publishedAt | source | url | key=value; key=value`.
 * The split is fixed here: about 30 % of groups go to "test", by a stable hash of the group id.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hash32 } from '../../../../common/text/syllables.js';
import { type CorpusArticle, type CorpusLabels, validateCorpusArticle } from './corpus.js';
import type { Flag, Tone, Topic } from './types.js';

type Draft = Omit<CorpusArticle, 'split' | 'labels' | 'note'> & {
  labels?: Omit<CorpusLabels, 'group'>;
  note?: string;
  copyOf?: string;
  edits: { title?: string; lead?: string; keep?: number[]; suffix?: string; replace: Array<[string, string]> };
  paragraphs: string[];
};

const TONE_CODES: Record<string, Tone> = { pos: 'positive', neu: 'neutral', neg: 'negative' };

function parseLabels(text: string): { labels: Omit<CorpusLabels, 'group'>; note: string } {
  const noteAt = text.indexOf('note=');
  const note = noteAt >= 0 ? text.slice(noteAt + 5).trim() : '';
  // The note runs to the end of the line, so a field written after it would be read as note text.
  const swallowed = /(?:^|\s)(rel|tone|topics|flags)=/.exec(note);
  if (swallowed) fail(`"${swallowed[1]}=" after note= is read as the note: note= must come last (${text.trim()})`);
  const fields = new Map<string, string>();
  for (const part of (noteAt >= 0 ? text.slice(0, noteAt) : text).trim().split(/\s+/)) {
    const [k, v = ''] = part.split('=');
    if (k) fields.set(k, v);
  }
  const relevant = fields.get('rel') === '1';
  const list = (k: string) => (fields.get(k) ?? '').split(',').filter(Boolean);
  const tone = relevant ? (TONE_CODES[fields.get('tone') ?? ''] ?? (fields.get('tone') as Tone)) : null;
  return { labels: { relevant, tone, topics: list('topics') as Topic[], flags: list('flags') as Flag[] }, note };
}

function header(line: string): Pick<Draft, 'id' | 'publishedAt' | 'source' | 'url'> {
  const [id = '', publishedAt = '', source = '', url = ''] = line.split('|').map((s) => s.trim());
  return {
    id,
    publishedAt: publishedAt.includes(' ') ? `${publishedAt.replace(' ', 'T')}:00+07:00` : publishedAt,
    source,
    url,
  };
}

function ranges(spec: string): number[] {
  const out: number[] = [];
  for (const part of spec.split(',')) {
    const [a, b] = part.split('-').map(Number);
    if (a === undefined || Number.isNaN(a)) continue;
    for (let i = a; i <= (b ?? a); i++) out.push(i);
  }
  return out;
}

function parseArticleBlock(lines: string[]): Draft {
  const draft: Draft = { ...header(lines[0]!.slice(4)), title: '', body: '', edits: { replace: [] }, paragraphs: [] };
  let current: string[] = [];
  const flush = () => {
    if (current.length) draft.paragraphs.push(current.join(' ').trim());
    current = [];
  };
  for (const line of lines.slice(1)) {
    const directive = /^(labels|copy-of|title|lead|keep|suffix|replace):\s?(.*)$/.exec(line);
    if (directive && !draft.title) {
      const [, key, value = ''] = directive;
      if (key === 'labels') Object.assign(draft, parseLabels(value));
      else if (key === 'copy-of') draft.copyOf = value.trim();
      else if (key === 'title') draft.edits.title = value.trim();
      else if (key === 'lead') draft.edits.lead = value.trim();
      else if (key === 'keep') draft.edits.keep = ranges(value);
      else if (key === 'suffix') draft.edits.suffix = value.trim();
      else if (key === 'replace') {
        const [a, b] = value.split('=>').map((s) => s.trim());
        if (a) draft.edits.replace.push([a, b ?? '']);
      }
    } else if (line.startsWith('# ') && !draft.title) draft.title = line.slice(2).trim();
    else if (line.trim() === '') flush();
    else current.push(line.trim());
  }
  flush();
  return draft;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
}

function parseFamilyBlock(lines: string[]): Draft[] {
  const [, labelText = ''] = lines[0]!.slice(4).split('| labels:');
  const { labels, note } = parseLabels(labelText);
  let title = '';
  const body: string[] = [];
  const drafts: Draft[] = [];
  let inBody = false;
  for (const line of lines.slice(1)) {
    if (line.startsWith('title:')) title = line.slice(6).trim();
    else if (line.startsWith('body:')) {
      inBody = true;
      // Text after "body:" on its own line is the template's first line, not lost.
      if (line.slice(5).trim()) body.push(line.slice(5).trim());
    } else if (line.startsWith('- ')) {
      inBody = false;
      const parts = line.slice(2).split('|');
      const values: Record<string, string> = {};
      for (const kv of (parts[4] ?? '').split(';')) {
        const at = kv.indexOf('=');
        if (at > 0) values[kv.slice(0, at).trim()] = kv.slice(at + 1).trim();
      }
      const h = header(parts.slice(0, 4).join('|'));
      if (body.length === 0) fail(`template family without a body: ${lines[0]}`);
      const paragraphs = body
        .join('\n')
        .split(/\n\s*\n/)
        .map((p) => fill(p.replace(/\n/g, ' ').trim(), values))
        .filter(Boolean);
      drafts.push({ ...h, title: fill(title, values), body: '', labels, note, edits: { replace: [] }, paragraphs });
    } else if (inBody) body.push(line);
  }
  return drafts;
}

function resolveCopy(draft: Draft, byId: Map<string, Draft>): Draft {
  if (!draft.copyOf) return draft;
  const original = resolveCopy(byId.get(draft.copyOf) ?? fail(`copy-of unknown ${draft.copyOf}`), byId);
  // A copy with its own paragraphs is a rewrite of the same story (a regional outlet's version).
  let paragraphs = draft.paragraphs.length > 0 ? [...draft.paragraphs] : [...original.paragraphs];
  if (draft.edits.lead) paragraphs[0] = draft.edits.lead;
  if (draft.edits.keep) paragraphs = draft.edits.keep.map((i) => paragraphs[i - 1]!).filter(Boolean);
  if (draft.edits.suffix) paragraphs.push(draft.edits.suffix);
  let title = draft.edits.title ?? original.title ?? '';
  for (const [a, b] of draft.edits.replace) {
    paragraphs = paragraphs.map((p) => p.split(a).join(b));
    title = title.split(a).join(b);
  }
  return {
    ...draft,
    title,
    paragraphs,
    labels: draft.labels ?? original.labels,
    note: draft.note ?? `copy of ${original.id}`,
  };
}

function fail(message: string): never {
  throw new Error(message);
}

/** Parses every source file and returns the labelled, split corpus. */
export function buildCorpus(sourceDir: string): CorpusArticle[] {
  const drafts: Draft[] = [];
  for (const file of readdirSync(sourceDir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const text = readFileSync(join(sourceDir, file), 'utf8').normalize('NFC');
    const blocks = text.split(/\n(?=###\s|@@@\s)/);
    for (const block of blocks) {
      const lines = block.split('\n');
      if (lines[0]!.startsWith('### ')) drafts.push(parseArticleBlock(lines));
      else if (lines[0]!.startsWith('@@@ ')) drafts.push(...parseFamilyBlock(lines));
    }
  }
  const byId = new Map<string, Draft>();
  for (const d of drafts) {
    if (byId.has(d.id)) fail(`duplicate id ${d.id}`);
    byId.set(d.id, d);
  }
  const groupOf = (d: Draft): string => (d.copyOf ? groupOf(byId.get(d.copyOf)!) : d.id);
  const resolved = drafts.map((d) => resolveCopy(d, byId));
  // The split depends on the group id alone (copies follow their group), so adding articles never
  // moves an existing one between train and test.
  const inTest = (group: string) => hash32(`split:${group}`) % 100 < 30;
  return resolved.map((d) => {
    const group = groupOf(d);
    const record: CorpusArticle = {
      id: d.id,
      url: d.url,
      source: d.source,
      publishedAt: d.publishedAt,
      title: d.title,
      body: d.paragraphs.join('\n\n'),
      labels: { ...(d.labels ?? fail(`no labels for ${d.id}`)), group },
      note: d.note ?? '',
      split: inTest(group) ? 'test' : 'train',
    };
    return validateCorpusArticle(record, d.id);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '../../../../fixtures/monitoring/corpus');
  const corpus = buildCorpus(join(root, 'src'));
  writeFileSync(join(root, 'corpus.jsonl'), `${corpus.map((a) => JSON.stringify(a)).join('\n')}\n`);
  const test = corpus.filter((a) => a.split === 'test').length;
  console.log(`${corpus.length} articles (${corpus.length - test} train, ${test} test) → corpus.jsonl`);
}
