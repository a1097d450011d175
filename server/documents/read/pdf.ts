/**
 * PDF text layer via unpdf, page by page, so that pages without text (scans) can be sent to OCR
 * while the others keep their exact text.
 */
import { AppError } from '../../../common/errors.js';
import { ocrPdf, type OcrOptions, type PageText } from './ocr.js';
import { assemblePages, type OcrReport } from './ocr/assemble.js';
import type { Vocabulary } from './ocr/vocabulary.js';
import { runInSandbox } from './sandbox.js';

/** Text of a PDF, OCR-ing pages whose text layer is (almost) empty. */
export async function readPdf(
  bytes: Uint8Array,
  o: OcrOptions & { timeoutMs?: number; vocabulary: Vocabulary },
): Promise<{ text: string; ocr: OcrReport | null; warnings: string[] }> {
  let pages: string[];
  try {
    const res = await runInSandbox('pdf-pages', bytes, { timeoutMs: o.timeoutMs ?? 10_000, format: 'PDF' });
    pages = res.pages.map((t) => t.normalize('NFC'));
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('DOCUMENT_DAMAGED', { format: 'PDF', detail: (e as Error).message.split('\n')[0] ?? '' });
  }
  const empty = pages.map((t, i) => (t.replace(/\s/g, '').length < 20 ? i + 1 : 0)).filter((n) => n > 0);
  const warnings: string[] = [];
  if (empty.length === 0) return { text: pages.join('\n'), ocr: null, warnings };
  const outcomes = await ocrPdf(bytes, empty, o);
  const byPage = new Map(outcomes.map((r) => [r.page, r]));
  const parts: Array<PageText | { plain: string }> = pages.map((t, i) => {
    const r = byPage.get(i + 1);
    if (!r) return { plain: t };
    if ('error' in r) {
      warnings.push(
        r.timedOut
          ? `page ${i + 1}: OCR took too long and was stopped; the page is missing from the text`
          : `page ${i + 1}: OCR failed (${r.error}); the page is missing from the text`,
      );
      return { plain: '' };
    }
    return r.text;
  });
  const ocrCount = outcomes.filter((r) => !('error' in r)).length;
  warnings.push(
    ocrCount === pages.length
      ? `the whole document (${ocrCount} pages) was read by OCR: check names and numbers, above all the marked words`
      : `pages ${empty.join(', ')}: no text layer, read by OCR (check names and numbers)`,
  );
  const { text, report } = assemblePages(parts, o.vocabulary);
  return { text, ocr: report, warnings };
}
