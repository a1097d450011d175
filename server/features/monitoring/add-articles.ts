import { isoFromParts, VIETNAM_UTC_OFFSET_MS } from '../../../common/calendar/iso-date.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { ownProvince } from '../../db/tenancy.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { and, eq, ne } from 'drizzle-orm';
import { monitorArticles } from '../../db/schema/monitoring.js';
import { canonicalizeUrl } from './analysis/canonical-url.js';
import type { RawArticle } from './ingest/extract.js';
import { storeArticles } from './store-articles.js';

/** Adds one article whose text the coordinator pasted (a print article, a message forwarded to them). */
export async function pasteArticle(
  ctx: RequestContext,
  input: { outlet: string; title: string; body: string; url?: string; publishedAt?: string },
) {
  authorize(ctx.actor, 'monitor.manage');
  const raw: RawArticle = {
    key: input.url ?? `pasted:${ctx.clock.now().toISOString()}:${input.title}`,
    url: input.url ?? null,
    title: input.title,
    body: input.body,
    author: null,
    publishedAt: input.publishedAt ? new Date(input.publishedAt).toISOString() : null,
    language: null,
    evidence: input.body,
  };
  return inTransaction(ctx.db, async (tx) => {
    const { storedIds, ...result } = await storeArticles(tx, ctx, { id: null, name: input.outlet.normalize('NFC') }, [
      raw,
    ]);
    await recordAuditEvent(tx, ctx, { action: 'monitor.paste', subjectType: 'monitor-article', after: result });
    const key = canonicalizeUrl(raw.url ?? undefined) ?? raw.key;
    const where = storedIds[0]
      ? eq(monitorArticles.id, storedIds[0])
      : and(ownProvince(monitorArticles.provinceId), eq(monitorArticles.externalKey, key));
    const [row] = await tx
      .select({
        id: monitorArticles.id,
        title: monitorArticles.title,
        relevant: monitorArticles.relevant,
        score: monitorArticles.score,
        tone: monitorArticles.tone,
        topics: monitorArticles.topics,
        flags: monitorArticles.flags,
        clusterId: monitorArticles.clusterId,
      })
      .from(monitorArticles)
      .where(where)
      .limit(1);
    if (!row) return { ...result, article: null };
    // The story this one repeats: the earliest other article of its near-duplicate group.
    const [head] =
      row.clusterId === null
        ? []
        : await tx
            .select({ id: monitorArticles.id, title: monitorArticles.title, outlet: monitorArticles.outlet })
            .from(monitorArticles)
            .where(and(eq(monitorArticles.clusterId, row.clusterId), ne(monitorArticles.id, row.id)))
            .orderBy(monitorArticles.publishedAt, monitorArticles.id)
            .limit(1);
    const { clusterId: _c, ...article } = row;
    const tone = article.tone as 'positive' | 'neutral' | 'negative' | null;
    return {
      ...result,
      article: { ...article, tone, alreadyStored: storedIds.length === 0, duplicateOf: head ?? null },
    };
  });
}

/** Splits CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) into rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter =
    (input.split('\n', 1)[0] ?? '').includes(';') && !input.split('\n', 1)[0]!.includes(',') ? ';' : ',';
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  if (quoted)
    throw new AppError('MONITOR_CSV_INVALID', {
      line: rows.length + 1,
      detail: 'dấu ngoặc kép chưa đóng / unclosed quote',
    });
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

const COLUMN_NAMES: Record<string, string[]> = {
  id: ['id', 'post_id', 'comment_id', 'mã'],
  text: ['text', 'message', 'content', 'nội dung', 'noi dung'],
  author: ['author', 'from', 'name', 'tác giả', 'tac gia'],
  time: ['time', 'created_time', 'date', 'thời gian', 'thoi gian'],
  url: ['url', 'link', 'permalink'],
  type: ['type', 'loại', 'loai'],
  reactions: ['reactions', 'likes', 'tương tác', 'tuong tac'],
};

/** One wrong cell of a CSV file: its line (header = 1), the column's header and what is wrong. */
export type CsvProblem = { line: number; column: string; problem: 'empty-text' | 'bad-time' | 'no-text-column' };

/** What a CSV file holds: the column each field came from, its articles and its wrong lines. */
export type CsvReading = {
  columns: Array<{ field: string; header: string | null }>;
  rows: Array<
    | { line: number; article: RawArticle; reactions: number; kind: string }
    | { line: number; bad: true; author: string; text: string }
  >;
  problems: CsvProblem[];
};

const PROBLEM_DETAIL: Record<CsvProblem['problem'], string> = {
  'empty-text': 'nội dung trống / empty text',
  'bad-time': 'thời gian không đọc được / unreadable time',
  'no-text-column': 'thiếu cột nội dung (text) / no text column',
};

/** A time as exports write it: ISO, or dd/mm/yyyy [hh:mm[:ss]] in Vietnam's time (never mm/dd). */
export function parseCsvTime(text: string): number {
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (vi) {
    const iso = isoFromParts(Number(vi[3]), Number(vi[2]), Number(vi[1]));
    const [h, m, s] = [Number(vi[4] ?? 0), Number(vi[5] ?? 0), Number(vi[6] ?? 0)];
    if (!iso || h > 23 || m > 59 || s > 59) return Number.NaN;
    return Date.parse(`${iso}T00:00:00Z`) + ((h * 60 + m) * 60 + s) * 1000 - VIETNAM_UTC_OFFSET_MS;
  }
  return /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : Number.NaN;
}

/** Reads a social-media CSV export (id, author, time, text, reactions, type, url) without refusing it. */
export function readCsv(text: string, outlet: string): CsvReading {
  const rows = parseCsv(text.normalize('NFC'));
  const rawHeader = (rows[0] ?? []).map((h) => h.trim());
  const header = rawHeader.map((h) => h.toLowerCase());
  const at = Object.fromEntries(
    Object.keys(COLUMN_NAMES).map((name) => [name, header.findIndex((h) => COLUMN_NAMES[name]!.includes(h))]),
  ) as Record<keyof typeof COLUMN_NAMES, number>;
  const columns = Object.keys(COLUMN_NAMES).map((field) => ({
    field,
    header: at[field]! >= 0 ? rawHeader[at[field]!]! : null,
  }));
  if (at.text! < 0) return { columns, rows: [], problems: [{ line: 1, column: 'text', problem: 'no-text-column' }] };
  const problems: CsvProblem[] = [];
  const read: CsvReading['rows'] = rows.slice(1).map((r, i) => {
    const line = i + 2;
    const get = (k: string) => (at[k]! >= 0 ? (r[at[k]!] ?? '').trim() : '');
    const body = get('text');
    const time = get('time');
    const parsed = time ? parseCsvTime(time) : Number.NaN;
    const before = problems.length;
    if (!body) problems.push({ line, column: rawHeader[at.text!]!, problem: 'empty-text' });
    if (time && Number.isNaN(parsed)) problems.push({ line, column: rawHeader[at.time!]!, problem: 'bad-time' });
    if (problems.length > before) return { line, bad: true as const, author: get('author'), text: body };
    const kind = get('type') || 'post';
    const reactions = Number(get('reactions')) || 0;
    const firstLine = body.split('\n')[0]!;
    return {
      line,
      kind,
      reactions,
      article: {
        key: `${outlet}:${get('id') || get('url') || `${time}:${body.slice(0, 80)}`}`,
        url: get('url') || null,
        title: firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine,
        body,
        author: get('author') || null,
        publishedAt: Number.isNaN(parsed) ? null : new Date(parsed).toISOString(),
        language: null,
        evidence: JSON.stringify({ type: kind, reactions, row: r }),
      },
    };
  });
  return { columns, rows: read, problems };
}

/** Social-media posts and comments from a CSV export; the first wrong line refuses the file. */
export function csvArticles(text: string, outlet: string): RawArticle[] {
  const reading = readCsv(text, outlet);
  const first = reading.problems[0];
  if (first) throw new AppError('MONITOR_CSV_INVALID', { line: first.line, detail: PROBLEM_DETAIL[first.problem] });
  return reading.rows.flatMap((r) => ('article' in r ? [r.article] : []));
}

/** The preview of a CSV file before importing it: the column mapping, the first rows and every wrong cell. */
export function previewCsv(ctx: RequestContext, input: { outlet: string; csv: string }) {
  authorize(ctx.actor, 'monitor.manage');
  const reading = readCsv(input.csv, input.outlet.normalize('NFC'));
  return {
    columns: reading.columns,
    total: reading.rows.length,
    valid: reading.rows.filter((r) => 'article' in r).length,
    rows: reading.rows.slice(0, 10).map((r) =>
      'article' in r
        ? {
            line: r.line,
            ok: true,
            author: r.article.author,
            publishedAt: r.article.publishedAt,
            text: r.article.body.slice(0, 300),
            reactions: r.reactions,
            url: r.article.url,
          }
        : {
            line: r.line,
            ok: false,
            author: r.author || null,
            publishedAt: null,
            text: r.text.slice(0, 300),
            reactions: 0,
            url: null,
          },
    ),
    problems: reading.problems.slice(0, 200),
    moreProblems: Math.max(0, reading.problems.length - 200),
  };
}

/**
 * Imports a CSV export of page posts and comments. A wrong line refuses the whole file, unless the
 * person chose to skip wrong lines (then only the good ones are stored, and `invalid` counts the rest).
 */
export async function importCsv(ctx: RequestContext, input: { outlet: string; csv: string; skipInvalid?: boolean }) {
  authorize(ctx.actor, 'monitor.manage');
  const outlet = input.outlet.normalize('NFC');
  const reading = readCsv(input.csv, outlet);
  const first = reading.problems[0];
  const fatal = first?.problem === 'no-text-column';
  if (first && (fatal || !input.skipInvalid))
    throw new AppError('MONITOR_CSV_INVALID', { line: first.line, detail: PROBLEM_DETAIL[first.problem] });
  const articles = reading.rows.flatMap((r) => ('article' in r ? [r.article] : []));
  const invalid = reading.rows.length - articles.length;
  return inTransaction(ctx.db, async (tx) => {
    const { storedIds: _ids, ...result } = await storeArticles(tx, ctx, { id: null, name: outlet }, articles);
    await recordAuditEvent(tx, ctx, {
      action: 'monitor.csv-import',
      subjectType: 'monitor-article',
      after: { ...result, invalid },
    });
    return { ...result, invalid };
  });
}
