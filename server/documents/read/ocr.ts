/**
 * OCR of scanned PDFs and page images through the Debian binaries (pdftoppm, ImageMagick,
 * tesseract with the Vietnamese model). Pages are read in parallel through the process-wide
 * worker pool, each under its own deadline: a page that hangs is killed and reported, the others
 * go on. Progress is reported page by page.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../common/errors.js';
import { type OcrBinaries, type PageInput, type PageText, recognisePage } from './ocr/page.js';
import { ocrSlots, runAll, type Slots } from './ocr/pool.js';
import { ProcessFailure, runBinary } from './ocr/run.js';

export type { PageText } from './ocr/page.js';

/** Progress of a document's OCR. */
export interface OcrProgress {
  pagesDone: number;
  pagesTotal: number;
  failed: number;
}

/** Where the OCR binaries are, how long a page may take, and who hears about progress. */
export interface OcrOptions {
  tesseractPath?: string;
  pdftoppmPath?: string;
  convertPath?: string;
  /** Per page, milliseconds (90 s). */
  pageTimeoutMs?: number;
  maxPages?: number;
  dpi?: number;
  onProgress?: (progress: OcrProgress) => void;
  signal?: AbortSignal;
  /** The pool to run in (the process-wide one by default). */
  slots?: Slots;
}

const OCR_PACKAGES = 'tesseract-ocr, tesseract-ocr-vie';

function binaries(o: OcrOptions): OcrBinaries {
  return {
    tesseract: o.tesseractPath ?? process.env.TTDN_TESSERACT ?? 'tesseract',
    pdftoppm: o.pdftoppmPath ?? process.env.TTDN_PDFTOPPM ?? 'pdftoppm',
    convert: o.convertPath ?? process.env.TTDN_CONVERT ?? 'convert',
  };
}

/** Throws OCR_UNAVAILABLE unless tesseract runs and has the Vietnamese model. */
export async function assertOcrAvailable(o: OcrOptions = {}): Promise<void> {
  let langs: string;
  try {
    langs = (await runBinary(binaries(o).tesseract, ['--list-langs'], { timeoutMs: 10_000 })) as string;
  } catch {
    throw new AppError('OCR_UNAVAILABLE', { packages: OCR_PACKAGES });
  }
  if (!/^vie$/m.test(langs)) throw new AppError('OCR_UNAVAILABLE', { packages: OCR_PACKAGES });
}

/** A page's outcome: its text, or why it could not be read. */
export type PageOutcome = { page: number; text: PageText } | { page: number; error: string; timedOut: boolean };

async function readPages(inputs: PageInput[], dir: string, o: OcrOptions): Promise<PageOutcome[]> {
  const bin = binaries(o);
  const total = inputs.length;
  let done = 0;
  let failed = 0;
  o.onProgress?.({ pagesDone: 0, pagesTotal: total, failed: 0 });
  const tasks = inputs.map((input, i) => async () => {
    const pageDir = await mkdtemp(join(dir, `p${i + 1}-`));
    try {
      return await recognisePage(input, pageDir, {
        dpi: o.dpi ?? 300,
        deadline: Date.now() + (o.pageTimeoutMs ?? 90_000),
        signal: o.signal,
        bin,
      });
    } finally {
      await rm(pageDir, { recursive: true, force: true });
    }
  });
  const results = await runAll(tasks, o.slots ?? ocrSlots, (_i, r) => {
    done++;
    if (r.status === 'rejected') failed++;
    o.onProgress?.({ pagesDone: done, pagesTotal: total, failed });
  });
  const out: PageOutcome[] = [];
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') {
      out.push({ page: i + 1, text: r.value });
      return;
    }
    const e = r.reason as unknown;
    if (e instanceof ProcessFailure && e.reason === 'missing') {
      throw new AppError('OCR_UNAVAILABLE', {
        packages: e.command.includes('pdftoppm') ? 'poppler-utils' : OCR_PACKAGES,
      });
    }
    if (o.signal?.aborted) throw new AppError('OCR_CANCELLED');
    out.push({
      page: i + 1,
      error: e instanceof Error ? e.message : String(e),
      timedOut: e instanceof ProcessFailure && e.reason === 'timeout',
    });
  });
  if (out.every((p) => 'error' in p)) {
    const timedOut = out.some((p) => 'error' in p && p.timedOut);
    throw timedOut ? new AppError('OCR_TIMEOUT') : new AppError('OCR_FAILED', { detail: 'mọi trang / every page' });
  }
  return out;
}

/** Colour of each page's images (pdfimages -list), so only colour scans pay for seal removal. */
async function colourPages(pdf: string): Promise<Set<number>> {
  const out = new Set<number>();
  try {
    const list = (await runBinary('pdfimages', ['-list', pdf], { timeoutMs: 20_000 })) as string;
    for (const row of list.split('\n').slice(2)) {
      const c = row.trim().split(/\s+/);
      if (c.length > 5 && !/^gray$/i.test(c[5] ?? '')) out.add(Number(c[0]));
    }
  } catch {
    // pdfimages missing or the list unreadable: render every page in gray, as before.
  }
  return out;
}

/** OCR of the given 1-based pages of a PDF. */
export async function ocrPdf(bytes: Uint8Array, pages: number[], o: OcrOptions = {}): Promise<PageOutcome[]> {
  await assertOcrAvailable(o);
  const dir = await mkdtemp(join(tmpdir(), 'ttdn-ocr-'));
  try {
    const pdf = join(dir, 'in.pdf');
    await writeFile(pdf, bytes);
    const colour = await colourPages(pdf);
    const wanted = pages.slice(0, o.maxPages ?? 60);
    const outcomes = await readPages(
      wanted.map((page) => ({ pdf, page, color: colour.has(page) })),
      dir,
      o,
    );
    return outcomes.map((r, i) => ({ ...r, page: wanted[i] ?? r.page }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** OCR of page images (scans or phone photos), in the order given. */
export async function ocrImages(
  images: Array<{ bytes: Uint8Array; ext: string }>,
  o: OcrOptions = {},
): Promise<PageOutcome[]> {
  await assertOcrAvailable(o);
  const dir = await mkdtemp(join(tmpdir(), 'ttdn-ocr-'));
  try {
    const inputs: PageInput[] = [];
    for (const [i, img] of images.slice(0, o.maxPages ?? 60).entries()) {
      const file = join(dir, `in-${i + 1}.${img.ext}`);
      await writeFile(file, img.bytes);
      inputs.push({ image: file });
    }
    return await readPages(inputs, dir, o);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
