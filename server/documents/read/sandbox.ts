/**
 * Runs the JavaScript document libraries (mammoth for DOCX, pdf.js for PDF) on an uploaded file in
 * a worker thread with its own heap limit, terminated when it overruns its time: a hostile file
 * can make them loop or allocate without end, and a rejected promise alone would leave that work
 * running in the server. (OCR already runs in separate tesseract processes with their own timeouts.)
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../../common/errors.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip.js';

/** What the sandbox can do: a DOCX to HTML (after the zip guard), a PDF's text layer page by page. */
export type SandboxTask = 'docx-html' | 'pdf-pages';
type Results = { 'docx-html': { html: string } | { missingDocument: true }; 'pdf-pages': { pages: string[] } };

/** Heap of one reader, MB: a 20 MB plan needs well under 100. */
export const SANDBOX_MEMORY_MB = 256;

let live = 0;
/** Readers running now (a test checks that a stopped one is really gone). */
export function liveSandboxes(): number {
  return live;
}

// From the sources (tests, TTDN_TS=1) the worker is TypeScript and needs tsx; from dist/app it is JavaScript.
const fromSources = import.meta.url.endsWith('.ts');
const workerUrl = new URL(fromSources ? './sandbox.worker.ts' : './sandbox.worker.js', import.meta.url);
// tsx's ESM entry (require.resolve would give its CommonJS one, which cannot register in a worker).
const tsxApi = () =>
  pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'))
    .href;
const bootstrap = fromSources
  ? `import(${JSON.stringify(tsxApi())})
       .then((m) => { m.register(); return import(${JSON.stringify(workerUrl.href)}); })`
  : `import(${JSON.stringify(workerUrl.href)})`;

/** Runs `task` on `bytes` in a fresh worker; DOCUMENT_TIMEOUT / DOCUMENT_TOO_DEMANDING when it overruns. */
export function runInSandbox<T extends SandboxTask>(
  task: T,
  bytes: Uint8Array,
  options: { timeoutMs: number; memoryMb?: number; format: string; zipLimits?: ZipLimits },
): Promise<Results[T]> {
  const memoryMb = options.memoryMb ?? SANDBOX_MEMORY_MB;
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, {
      eval: true,
      workerData: { task, bytes, zipLimits: options.zipLimits ?? DEFAULT_ZIP_LIMITS },
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(32, memoryMb) },
      stdout: true,
      stderr: true,
    });
    live++;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      // The worker is stopped whatever happened: nothing it started keeps running.
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new AppError('DOCUMENT_TIMEOUT', { format: options.format, seconds: Math.round(options.timeoutMs / 1000) }),
          ),
        ),
      options.timeoutMs,
    );
    worker.on(
      'message',
      (message: { result?: Results[T]; error?: { code?: ErrorCode; params?: never; message?: string } }) =>
        finish(() => {
          if (message.result) return resolve(message.result);
          const e = message.error ?? {};
          if (e.code) return reject(new AppError(e.code, e.params as never));
          reject(
            new AppError('DOCUMENT_DAMAGED', {
              format: options.format,
              detail: (e.message ?? '').split('\n')[0] ?? '',
            }),
          );
        }),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError('DOCUMENT_TOO_DEMANDING', { mb: memoryMb })
            : new AppError('DOCUMENT_DAMAGED', { format: options.format, detail: error.message.split('\n')[0] ?? '' }),
        ),
      ),
    );
    worker.on('exit', () => {
      live--;
      finish(() => reject(new AppError('DOCUMENT_DAMAGED', { format: options.format, detail: 'reader stopped' })));
    });
  });
}
