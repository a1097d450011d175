/**
 * A document's text from its recognised pages: pages in reading order (page images ordered by the
 * number printed on them), the vocabulary correction applied, and the confidence of every line
 * with the low-confidence runs a reviewer should check, as line numbers and offsets of the text.
 */
import type { LayoutLine } from './layout.js';
import type { PageText } from './page.js';
import { correctLine, type Vocabulary } from './vocabulary.js';

/** Confidence below which a word is shown to the reviewer as doubtful. */
export const LOW_CONFIDENCE = 60;

/** A run of doubtful words: 1-based line of the text, offsets in that line. */
export interface LowConfidenceSpan {
  line: number;
  start: number;
  end: number;
  text: string;
  confidence: number;
}

/** OCR facts of a document read by OCR. */
export interface OcrReport {
  pages: number;
  meanConfidence: number;
  lines: Array<{ line: number; confidence: number }>;
  lowConfidence: LowConfidenceSpan[];
}

/**
 * The order of page images: by the page number printed on them; a page without one that opens
 * the document comes first, any other keeps its place after the page uploaded before it.
 */
export function orderPages(pages: Array<Pick<PageText, 'printedNumber' | 'opensDocument'>>): number[] {
  const keys: number[] = [];
  let prev = 0;
  pages.forEach((p, i) => {
    let key: number;
    if (p.printedNumber !== null && p.printedNumber >= 1 && p.printedNumber <= 500) key = p.printedNumber;
    else if (p.opensDocument) key = -1;
    else key = prev + 0.25 + i * 1e-4;
    keys.push(key);
    prev = key;
  });
  return keys
    .map((k, i) => ({ k, i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.i);
}

/** Joins recognised pages into one text with its OCR report. */
export function assemblePages(
  pages: Array<PageText | { plain: string }>,
  vocabulary: Vocabulary,
): { text: string; report: OcrReport } {
  const out: string[] = [];
  const lines: OcrReport['lines'] = [];
  const low: LowConfidenceSpan[] = [];
  let total = 0;
  let count = 0;
  for (const page of pages) {
    if ('plain' in page) {
      out.push(...page.plain.split('\n'));
      continue;
    }
    for (const raw of page.lines) {
      const line: LayoutLine = correctLine(raw, vocabulary);
      out.push(line.text);
      const no = out.length;
      if (line.words.length === 0) continue;
      const mean = line.words.reduce((s, w) => s + w.conf, 0) / line.words.length;
      lines.push({ line: no, confidence: Math.round(mean) });
      total += line.words.reduce((s, w) => s + w.conf, 0);
      count += line.words.length;
      let run: LowConfidenceSpan | null = null;
      for (const w of line.words) {
        if (w.conf >= LOW_CONFIDENCE) {
          run = null;
          continue;
        }
        const between = run ? line.text.slice(run.end, w.start) : '';
        if (run && /^ *$/u.test(between)) {
          run.end = w.end;
          run.confidence = Math.min(run.confidence, Math.round(w.conf));
          run.text = line.text.slice(run.start, run.end);
        } else {
          run = {
            line: no,
            start: w.start,
            end: w.end,
            text: line.text.slice(w.start, w.end),
            confidence: Math.round(w.conf),
          };
          low.push(run);
        }
      }
    }
  }
  return {
    text: out.join('\n'),
    report: {
      pages: pages.filter((p) => !('plain' in p)).length,
      meanConfidence: count ? Math.round(total / count) : 0,
      lines,
      lowConfidence: low,
    },
  };
}
