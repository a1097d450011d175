/**
 * readDocument: bytes of an uploaded plan (.txt, .docx, .pdf, scanned image) → NFC text. Every
 * failure is an AppError the UI can show (empty, too large, damaged, not supported, no OCR).
 */
import { AppError } from '../../../common/errors.js';
import { MAX_DOCUMENT_BYTES, megabytes } from '../../../common/limits.js';
import { htmlToText } from './html-text.js';
import { ocrImages, type OcrOptions, type PageOutcome, type PageText } from './ocr.js';
import { assemblePages, type OcrReport, orderPages } from './ocr/assemble.js';
import { buildVocabulary } from './ocr/vocabulary.js';
import { readPdf } from './pdf.js';
import { runInSandbox } from './sandbox.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip.js';

export { assertOcrAvailable, type OcrOptions, type OcrProgress } from './ocr.js';
export type { LowConfidenceSpan, OcrReport } from './ocr/assemble.js';
export { checkZip, type ZipLimits } from './zip.js';
export { htmlToText } from './html-text.js';

/** What readDocument returns. */
export interface ReadResult {
  text: string;
  source: 'txt' | 'docx' | 'pdf' | 'ocr';
  warnings: string[];
  /** Confidence of the OCR'd lines, when any page was read by OCR. */
  ocr?: OcrReport;
  /** Several page images: their indices in reading order (unreadable ones last, where they were). */
  pageOrder?: number[];
}

/** Options of readDocument. */
export interface ReadOptions extends OcrOptions {
  /** Largest accepted file, bytes (20 MB). */
  maxBytes?: number;
  /** Longest time for a text format (mammoth, unpdf), ms (10 s). */
  timeoutMs?: number;
  zipLimits?: ZipLimits;
  /** Agency names (the registry's) the OCR output is corrected against. */
  lexicon?: readonly string[];
}

/** Largest accepted upload. */
export { MAX_DOCUMENT_BYTES } from '../../../common/limits.js';

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  // UTF-16 without BOM: every other byte of ASCII text is zero.
  const sample = bytes.subarray(0, 4000);
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? zeroOdd++ : zeroEven++;
  if (zeroOdd > sample.length * 0.3 && zeroEven < sample.length * 0.05)
    return new TextDecoder('utf-16le').decode(bytes);
  if (zeroEven > sample.length * 0.3 && zeroOdd < sample.length * 0.05)
    return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Refuses text that is mostly control characters, replacement characters or no letters at all. */
function assertReadableText(text: string): void {
  const sample = text.slice(0, 20000);
  if (sample.replace(/\s/g, '') === '') throw new AppError('DOCUMENT_EMPTY');
  let bad = 0;
  let letters = 0;
  for (const ch of sample) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point
    if (ch === '\ufffd' || /[\u0000-\u0008\u000e-\u001f]/.test(ch)) bad++;
    else if (/\p{L}/u.test(ch)) letters++;
  }
  if (bad > sample.length * 0.02 || letters < sample.replace(/\s/g, '').length * 0.4) {
    throw new AppError('DOCUMENT_BINARY');
  }
}

type Kind = 'txt' | 'docx' | 'pdf' | 'image' | 'doc';

function kindOf(bytes: Uint8Array, filename: string): Kind {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image';
  if (
    (bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a) ||
    (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0x00)
  )
    return 'image';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'doc';
  if (ext === 'docx' || (bytes[0] === 0x50 && bytes[1] === 0x4b)) return 'docx';
  if (ext === 'pdf') return 'pdf';
  if (['png', 'jpg', 'jpeg', 'tif', 'tiff'].includes(ext)) return 'image';
  if (['doc', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'rtf'].includes(ext)) return 'doc';
  return 'txt';
}

function imageExt(bytes: Uint8Array): string {
  if (bytes[0] === 0x89) return 'png';
  if (bytes[0] === 0xff) return 'jpg';
  return 'tif';
}

/** Reads a document's text (NFC). Throws AppError on empty, oversized, damaged or unsupported input. */
export async function readDocument(
  input: { bytes: Uint8Array; filename: string },
  opts: ReadOptions = {},
): Promise<ReadResult> {
  const { bytes, filename } = input;
  if (!bytes || bytes.length === 0) throw new AppError('DOCUMENT_EMPTY');
  if (bytes.length > (opts.maxBytes ?? MAX_DOCUMENT_BYTES)) {
    throw new AppError('DOCUMENT_TOO_LARGE', { maxMb: megabytes(opts.maxBytes ?? MAX_DOCUMENT_BYTES) });
  }
  const kind = kindOf(bytes, filename);
  const timeoutMs = opts.timeoutMs ?? 10_000;
  switch (kind) {
    case 'doc':
      throw new AppError('DOCUMENT_FORMAT_UNSUPPORTED');
    case 'txt': {
      const text = decodeText(bytes).normalize('NFC');
      assertReadableText(text);
      return { text, source: 'txt', warnings: [] };
    }
    case 'docx': {
      // The zip guard and mammoth run in the sandbox: inflating is where a hostile file does harm.
      const res = await runInSandbox('docx-html', bytes, {
        timeoutMs,
        format: 'DOCX',
        zipLimits: opts.zipLimits ?? DEFAULT_ZIP_LIMITS,
      });
      if ('missingDocument' in res) throw new AppError('DOCUMENT_DAMAGED', { format: '.docx', detail: 'zip' });
      const warnings: string[] = [];
      const text = htmlToText(res.html).normalize('NFC');
      if (text.replace(/\s/g, '') === '') throw new AppError('DOCUMENT_EMPTY');
      return { text, source: 'docx', warnings };
    }
    case 'pdf': {
      const res = await readPdf(bytes, { ...opts, timeoutMs, vocabulary: buildVocabulary(opts.lexicon) });
      if (res.text.replace(/\s/g, '') === '') throw new AppError('DOCUMENT_EMPTY');
      return res.ocr
        ? { text: res.text, source: 'ocr', warnings: res.warnings, ocr: res.ocr }
        : { text: res.text, source: 'pdf', warnings: res.warnings };
    }
    case 'image':
      return readImages([{ bytes, ext: imageExt(bytes) }], opts);
  }
}

/** OCR of page images, ordered by the page numbers printed on them. */
async function readImages(images: Array<{ bytes: Uint8Array; ext: string }>, opts: ReadOptions): Promise<ReadResult> {
  const outcomes: PageOutcome[] = await ocrImages(images, opts);
  const warnings: string[] = [];
  const read: PageText[] = [];
  const readIndex: number[] = [];
  const unread: number[] = [];
  for (const [i, r] of outcomes.entries()) {
    if ('error' in r) {
      unread.push(i);
      warnings.push(
        r.timedOut
          ? `image ${r.page}: OCR took too long and was stopped; the page is missing from the text`
          : `image ${r.page}: OCR failed (${r.error}); the page is missing from the text`,
      );
    } else {
      readIndex.push(i);
      read.push(r.text);
    }
  }
  // Images past the page limit were not read; they keep their place at the end.
  for (let i = outcomes.length; i < images.length; i++) unread.push(i);
  const order = orderPages(read);
  if (read.length > 1 && order.some((k, i) => k !== i))
    warnings.push('the page images were put in the order of the page numbers printed on them');
  const { text, report } = assemblePages(
    order.map((i) => read[i] as PageText),
    buildVocabulary(opts.lexicon),
  );
  if (text.replace(/\s/g, '') === '') throw new AppError('DOCUMENT_EMPTY');
  if (read.some((p) => p.photo)) warnings.push('photographed pages were straightened and evened out before OCR');
  warnings.push('the whole document was read by OCR: check names and numbers, above all the marked words');
  const pageOrder = [...order.map((k) => readIndex[k] ?? k), ...unread];
  return { text, source: 'ocr', warnings, ocr: report, pageOrder };
}

/**
 * Reads one document given as one file, or as several page images (a plan photographed page by
 * page). Several files must all be images.
 */
export async function readDocuments(
  files: Array<{ bytes: Uint8Array; filename: string }>,
  opts: ReadOptions = {},
): Promise<ReadResult> {
  if (files.length === 0) throw new AppError('DOCUMENT_EMPTY');
  if (files.length === 1) return readDocument(files[0] as { bytes: Uint8Array; filename: string }, opts);
  const total = files.reduce((s, f) => s + f.bytes.length, 0);
  if (total > (opts.maxBytes ?? MAX_DOCUMENT_BYTES) * 2)
    throw new AppError('DOCUMENT_TOO_LARGE', { maxMb: megabytes((opts.maxBytes ?? MAX_DOCUMENT_BYTES) * 2) });
  for (const f of files) {
    if (f.bytes.length === 0) throw new AppError('FILE_EMPTY', { filename: f.filename });
    if (kindOf(f.bytes, f.filename) !== 'image') throw new AppError('PAGES_NOT_IMAGES');
  }
  return readImages(
    files.map((f) => ({ bytes: f.bytes, ext: imageExt(f.bytes) })),
    opts,
  );
}
