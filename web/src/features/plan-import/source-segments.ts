import type { SourceSpan } from './plan-import.types';

/** A run of the source text: plain, or part of a span (the first part carries the span's anchor). */
export type SourceSegment = { text: string; span: SourceSpan | null; first: boolean; doubtful?: boolean };
/** One line of the source text (1-based number, as the parser's warnings count them). */
export type SourceLine = { number: number; segments: SourceSegment[] };

/** Spans in document order, inside the text, without overlaps (a later overlapping span is dropped). */
export function cleanSpans(text: string, spans: readonly SourceSpan[]): SourceSpan[] {
  const sorted = [...spans]
    .filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SourceSpan[] = [];
  for (const span of sorted) if (kept.length === 0 || span.start >= kept[kept.length - 1]!.end) kept.push(span);
  return kept;
}

/**
 * Cuts the source text into lines of plain and highlighted runs, so the review screen can show
 * where each parsed value came from; a span crossing a line break continues on the next line.
 */
export function segmentSource(text: string, spans: readonly SourceSpan[]): SourceLine[] {
  const runs: SourceSegment[] = [];
  let cursor = 0;
  for (const span of cleanSpans(text, spans)) {
    if (span.start > cursor) runs.push({ text: text.slice(cursor, span.start), span: null, first: false });
    runs.push({ text: text.slice(span.start, span.end), span, first: true });
    cursor = span.end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), span: null, first: false });
  const lines: SourceLine[] = [{ number: 1, segments: [] }];
  for (const run of runs) {
    run.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push({ number: lines.length + 1, segments: [] });
      if (piece)
        lines[lines.length - 1]!.segments.push({ text: piece, span: run.span, first: run.first && index === 0 });
    });
  }
  return lines;
}

/** The source line a parser warning points at ("2.2: line 30: …" → 30), or null. */
export function warningLine(warning: string): number | null {
  const match = /\b(?:line|dòng)\s+(\d+)/i.exec(warning);
  return match ? Number(match[1]) : null;
}

/** DOM ids linking the source pane and the task list. */
export const sourceTaskAnchor = (code: string) => `source-task-${code}`;
export const sourceLineAnchor = (line: number) => `source-line-${line}`;
export const reviewTaskAnchor = (code: string) => `review-task-${code}`;

/** A run of one source line the OCR was unsure of (1-based line, offsets in that line). */
export type DoubtfulRun = { line: number; start: number; end: number };

/** Splits the lines' segments so that OCR-doubtful runs are their own segments, marked `doubtful`. */
export function markDoubtful(lines: SourceLine[], runs: readonly DoubtfulRun[]): SourceLine[] {
  if (runs.length === 0) return lines;
  return lines.map((line) => {
    const mine = runs.filter((r) => r.line === line.number);
    if (mine.length === 0) return line;
    const out: SourceSegment[] = [];
    let at = 0;
    for (const seg of line.segments) {
      const cuts = new Set<number>([0, seg.text.length]);
      for (const r of mine) {
        if (r.start > at && r.start < at + seg.text.length) cuts.add(r.start - at);
        if (r.end > at && r.end < at + seg.text.length) cuts.add(r.end - at);
      }
      const points = [...cuts].sort((a, b) => a - b);
      for (let i = 0; i < points.length - 1; i++) {
        const from = points[i]!;
        const to = points[i + 1]!;
        const doubtful = mine.some((r) => r.start <= at + from && r.end >= at + to);
        out.push({ ...seg, text: seg.text.slice(from, to), first: seg.first && from === 0, doubtful });
      }
      at += seg.text.length;
    }
    return { ...line, segments: out };
  });
}
