/**
 * readDocument: bytes of an uploaded plan (.txt, .docx, .pdf, scanned image) → NFC text. Every
 * failure is an AppError the UI can show (empty, too large, damaged, not supported, no OCR).
 */
import mammoth from 'mammoth';
import { AppError } from '../../http/app-error.js';
import { htmlToText } from './html-text.js';
import { ocrImage, type OcrOptions } from './ocr.js';
import { readPdf } from './pdf.js';
import { withTimeout } from './timeout.js';
import { checkZip, DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip.js';

export { assertOcrAvailable, type OcrOptions } from './ocr.js';
export { checkZip, type ZipLimits } from './zip.js';
export { htmlToText } from './html-text.js';

/** What readDocument returns. */
export interface ReadResult { text: string; source: 'txt' | 'docx' | 'pdf' | 'ocr'; warnings: string[] }

/** Options of readDocument. */
export interface ReadOptions extends OcrOptions {
  /** Largest accepted file, bytes (20 MB). */
  maxBytes?: number;
  /** Longest time for a text format (mammoth, unpdf), ms (10 s). */
  timeoutMs?: number;
  zipLimits?: ZipLimits;
}

/** Largest accepted upload. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  // UTF-16 without BOM: every other byte of ASCII text is zero.
  const sample = bytes.subarray(0, 4000);
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? zeroOdd++ : zeroEven++);
  if (zeroOdd > sample.length * 0.3 && zeroEven < sample.length * 0.05) return new TextDecoder('utf-16le').decode(bytes);
  if (zeroEven > sample.length * 0.3 && zeroOdd < sample.length * 0.05) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Refuses text that is mostly control characters, replacement characters or no letters at all. */
function assertReadableText(text: string): void {
  const sample = text.slice(0, 20000);
  if (sample.replace(/\s/g, '') === '') throw new AppError('DOCUMENT_EMPTY', 'Tệp không có chữ / The file contains no text');
  let bad = 0;
  let letters = 0;
  for (const ch of sample) {
    if (ch === '\ufffd' || /[\u0000-\u0008\u000e-\u001f]/.test(ch)) bad++;
    else if (/\p{L}/u.test(ch)) letters++;
  }
  if (bad > sample.length * 0.02 || letters < sample.replace(/\s/g, '').length * 0.4) {
    throw new AppError('DOCUMENT_UNREADABLE', 'Tệp không phải văn bản đọc được (dữ liệu nhị phân?) / The file is not readable text (binary data?)');
  }
}

type Kind = 'txt' | 'docx' | 'pdf' | 'image' | 'doc';

function kindOf(bytes: Uint8Array, filename: string): Kind {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image';
  if ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0x00)) return 'image';
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
export async function readDocument(input: { bytes: Uint8Array; filename: string }, opts: ReadOptions = {}): Promise<ReadResult> {
  const { bytes, filename } = input;
  if (!bytes || bytes.length === 0) throw new AppError('DOCUMENT_EMPTY', 'Tệp rỗng / The file is empty');
  if (bytes.length > (opts.maxBytes ?? MAX_DOCUMENT_BYTES)) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Tệp quá lớn (tối đa ${Math.round((opts.maxBytes ?? MAX_DOCUMENT_BYTES) / 1048576)} MB) / The file is too large`);
  }
  const kind = kindOf(bytes, filename);
  const timeoutMs = opts.timeoutMs ?? 10_000;
  switch (kind) {
    case 'doc':
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Định dạng chưa hỗ trợ; hãy lưu thành .docx, .pdf hoặc .txt / Unsupported format; save as .docx, .pdf or .txt');
    case 'txt': {
      const text = decodeText(bytes).normalize('NFC');
      assertReadableText(text);
      return { text, source: 'txt', warnings: [] };
    }
    case 'docx': {
      const names = checkZip(bytes, opts.zipLimits ?? DEFAULT_ZIP_LIMITS);
      if (!names.includes('word/document.xml')) {
        throw new AppError('DOCUMENT_UNREADABLE', 'Tệp zip không phải tài liệu Word (.docx) / The zip is not a Word document (.docx)');
      }
      let html: string;
      const warnings: string[] = [];
      try {
        const res = await withTimeout(mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }), timeoutMs, 'DOCX');
        html = res.value;
      } catch (e) {
        if (e instanceof AppError) throw e;
        throw new AppError('DOCUMENT_UNREADABLE', `Không đọc được tệp .docx / The .docx cannot be read: ${(e as Error).message.split('\n')[0]}`);
      }
      const text = htmlToText(html).normalize('NFC');
      if (text.replace(/\s/g, '') === '') throw new AppError('DOCUMENT_EMPTY', 'Tài liệu Word không có chữ / The Word document has no text');
      return { text, source: 'docx', warnings };
    }
    case 'pdf': {
      const res = await readPdf(bytes, { ...opts, timeoutMs });
      if (res.text.replace(/\s/g, '') === '') throw new AppError('DOCUMENT_EMPTY', 'Tệp PDF không có chữ / The PDF has no text');
      return { text: res.text, source: res.ocr ? 'ocr' : 'pdf', warnings: res.warnings };
    }
    case 'image': {
      const text = await ocrImage(bytes, imageExt(bytes), opts);
      if (text.replace(/\s/g, '') === '') throw new AppError('DOCUMENT_EMPTY', 'Ảnh không có chữ đọc được / No readable text in the image');
      return { text, source: 'ocr', warnings: ['the whole document was read by OCR (check names and numbers)'] };
    }
  }
}
