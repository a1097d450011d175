/**
 * The reader sandbox's worker: runs one JavaScript document library on one file and posts the
 * result. It has its own heap limit and is terminated by the parent on timeout (sandbox.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SandboxTask } from './sandbox.js';
import { checkZip, type ZipLimits } from './zip.js';

async function run(task: SandboxTask, bytes: Uint8Array, zipLimits: ZipLimits): Promise<unknown> {
  if (task === 'docx-html') {
    const names = checkZip(bytes, zipLimits);
    if (!names.includes('word/document.xml')) return { missingDocument: true };
    const mammoth = (await import('mammoth')).default;
    const res = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { html: res.value };
  }
  const { extractText, getDocumentProxy } = await import('unpdf');
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const res = await extractText(doc, { mergePages: false });
  await doc.destroy().catch(() => undefined);
  return { pages: res.text as string[] };
}

const { task, bytes, zipLimits } = workerData as { task: SandboxTask; bytes: Uint8Array; zipLimits: ZipLimits };
run(task, bytes, zipLimits).then(
  (result) => parentPort?.postMessage({ result }),
  (error: unknown) => {
    const e = error as { name?: string; code?: string; params?: unknown; message?: string };
    parentPort?.postMessage({
      error: e?.name === 'AppError' ? { code: e.code, params: e.params } : { message: String(e?.message ?? error) },
    });
  },
);
