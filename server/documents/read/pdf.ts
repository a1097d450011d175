/**
 * PDF text layer via unpdf, page by page, so that pages without text (scans) can be sent to OCR
 * while the others keep their exact text.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { AppError } from '../../http/app-error.js';
import { ocrPdf, type OcrOptions } from './ocr.js';
import { withTimeout } from './timeout.js';

/** Text of a PDF, OCR-ing pages whose text layer is (almost) empty. */
export async function readPdf(bytes: Uint8Array, o: OcrOptions & { timeoutMs?: number } = {}): Promise<{ text: string; ocr: boolean; warnings: string[] }> {
  let pages: string[];
  try {
    const doc = await withTimeout(getDocumentProxy(new Uint8Array(bytes)), o.timeoutMs ?? 10_000, 'PDF');
    const res = await withTimeout(extractText(doc, { mergePages: false }), o.timeoutMs ?? 10_000, 'PDF');
    pages = (res.text as string[]).map((t) => t.normalize('NFC'));
    await doc.destroy().catch(() => undefined);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('DOCUMENT_UNREADABLE', `Không đọc được tệp PDF / The PDF cannot be read: ${(e as Error).message.split('\n')[0]}`);
  }
  const empty = pages.map((t, i) => (t.replace(/\s/g, '').length < 20 ? i + 1 : 0)).filter((n) => n > 0);
  const warnings: string[] = [];
  if (empty.length === 0) return { text: pages.join('\n'), ocr: false, warnings };
  const ocr = await ocrPdf(bytes, empty, o);
  for (const n of empty) {
    pages[n - 1] = ocr.get(n) ?? '';
    warnings.push(`page ${n}: no text layer, read by OCR (check names and numbers)`);
  }
  return { text: pages.join('\n'), ocr: true, warnings };
}
