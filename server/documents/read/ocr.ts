/**
 * OCR through the Debian binaries: pdftoppm renders pages at 300 dpi, tesseract reads them with the
 * Vietnamese model. OMP_THREAD_LIMIT=1 because OpenMP makes tesseract 4–5× slower on few cores.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../http/app-error.js';

/** Where the OCR binaries are and how long they may run. */
export interface OcrOptions {
  tesseractPath?: string;
  pdftoppmPath?: string;
  /** Per page, milliseconds. */
  pageTimeoutMs?: number;
  maxPages?: number;
  dpi?: number;
}

const INSTALL_HINT =
  'Không có OCR: cài tesseract-ocr và tesseract-ocr-vie (apt-get install tesseract-ocr tesseract-ocr-vie) / OCR unavailable: install tesseract-ocr and tesseract-ocr-vie';

function run(cmd: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, OMP_THREAD_LIMIT: '1' }, killSignal: 'SIGKILL' },
      (err, stdout) => (err ? reject(err) : resolve(stdout)),
    );
  });
}

const tesseractOf = (o: OcrOptions): string => o.tesseractPath ?? process.env.TTDN_TESSERACT ?? 'tesseract';
const pdftoppmOf = (o: OcrOptions): string => o.pdftoppmPath ?? process.env.TTDN_PDFTOPPM ?? 'pdftoppm';

/** Throws OCR_UNAVAILABLE unless tesseract runs and has the Vietnamese model. */
export async function assertOcrAvailable(o: OcrOptions = {}): Promise<void> {
  let langs: string;
  try {
    langs = await run(tesseractOf(o), ['--list-langs'], 10_000);
  } catch {
    throw new AppError('OCR_UNAVAILABLE', INSTALL_HINT);
  }
  if (!/^vie$/m.test(langs)) throw new AppError('OCR_UNAVAILABLE', INSTALL_HINT);
}

async function ocrImageFile(path: string, o: OcrOptions): Promise<string> {
  try {
    return await run(tesseractOf(o), [path, 'stdout', '-l', 'vie', '--psm', '4'], o.pageTimeoutMs ?? 120_000);
  } catch (e) {
    throw new AppError('DOCUMENT_UNREADABLE', `Không nhận dạng được ảnh (OCR lỗi hoặc quá lâu) / OCR failed or timed out: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** OCR of an image (.png/.jpg/.tif). */
export async function ocrImage(bytes: Uint8Array, ext: string, o: OcrOptions = {}): Promise<string> {
  await assertOcrAvailable(o);
  const dir = await mkdtemp(join(tmpdir(), 'ttdn-ocr-'));
  try {
    const file = join(dir, `page.${ext}`);
    await writeFile(file, bytes);
    return (await ocrImageFile(file, o)).normalize('NFC');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** OCR of the given 1-based pages of a PDF (all pages when `pages` is empty). */
export async function ocrPdf(bytes: Uint8Array, pages: number[], o: OcrOptions = {}): Promise<Map<number, string>> {
  await assertOcrAvailable(o);
  const dir = await mkdtemp(join(tmpdir(), 'ttdn-ocr-'));
  const out = new Map<number, string>();
  try {
    const pdf = join(dir, 'in.pdf');
    await writeFile(pdf, bytes);
    const wanted = pages.slice(0, o.maxPages ?? 40);
    for (const page of wanted) {
      try {
        await run(pdftoppmOf(o), ['-r', String(o.dpi ?? 300), '-gray', '-png', '-f', String(page), '-l', String(page), pdf, join(dir, `p${page}`)], o.pageTimeoutMs ?? 120_000);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('OCR_UNAVAILABLE', 'Không có pdftoppm: cài poppler-utils / pdftoppm missing: install poppler-utils');
        throw new AppError('DOCUMENT_UNREADABLE', 'Không dựng được trang PDF để OCR / Could not render the PDF page for OCR');
      }
      const png = (await readdir(dir)).find((f) => f.startsWith(`p${page}-`) && f.endsWith('.png'));
      if (!png) continue;
      out.set(page, (await ocrImageFile(join(dir, png), o)).normalize('NFC'));
      await rm(join(dir, png), { force: true });
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
