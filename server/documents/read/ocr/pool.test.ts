import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../common/errors.js';
import { ocrPdf, type OcrProgress } from '../ocr.js';
import { readDocument } from '../index.js';
import { Slots } from './pool.js';

const SCAN = join(import.meta.dirname, '../../../../fixtures/plans/quang-ninh-2026-table-scan.pdf');

/** A real tesseract behind a script that hangs on the pages whose working folder matches `hang`. */
function hangingTesseract(hang: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-hang-'));
  const file = join(dir, 'tesseract');
  writeFileSync(file, `#!/bin/sh\ncase "$1" in\n  ${hang}) exec sleep 120 ;;\nesac\nexec tesseract "$@"\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('the OCR worker pool', () => {
  it('kills a page that hangs at its deadline; the other page and the document still complete', async () => {
    const bytes = new Uint8Array(readFileSync(SCAN));
    const progress: OcrProgress[] = [];
    const t0 = Date.now();
    // The deadline leaves page 1 room on a loaded machine; page 2 would hang for 120 s.
    const read = await readDocument(
      { bytes, filename: 'scan.pdf' },
      { tesseractPath: hangingTesseract('*/p2-*'), pageTimeoutMs: 45_000, onProgress: (p) => progress.push(p) },
    );
    expect(Date.now() - t0).toBeLessThan(110_000);
    expect(read.source).toBe('ocr');
    expect(read.text).toMatch(/KẾ HOẠCH/u);
    expect(read.warnings.join('\n')).toMatch(/page 2: OCR took too long/u);
    expect(progress.at(-1)).toEqual({ pagesDone: 2, pagesTotal: 2, failed: 1 });
  }, 120_000);

  it('fails clearly with OCR_TIMEOUT when every page hangs', async () => {
    const bytes = new Uint8Array(readFileSync(SCAN));
    const error = await ocrPdf(bytes, [1, 2], {
      tesseractPath: hangingTesseract('*/p[0-9]*'),
      pageTimeoutMs: 3000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('OCR_TIMEOUT');
  }, 60_000);

  it('reports progress page by page, in order, up to the total', async () => {
    const bytes = new Uint8Array(readFileSync(SCAN));
    const progress: OcrProgress[] = [];
    await ocrPdf(bytes, [1, 2], { onProgress: (p) => progress.push(p) });
    expect(progress.map((p) => p.pagesDone)).toEqual([0, 1, 2]);
    expect(progress.every((p) => p.pagesTotal === 2 && p.failed === 0)).toBe(true);
  }, 90_000);

  it('never runs more tasks at once than it has slots', async () => {
    const slots = new Slots(2);
    let running = 0;
    let peak = 0;
    const task = async (): Promise<void> => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
    };
    await Promise.all(Array.from({ length: 7 }, () => slots.use(task)));
    expect(peak).toBe(2);
  });
});
