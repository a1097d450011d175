/** parsePlanFile: a file on disk → readDocument → parsePlanText, with the reader's warnings merged. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { PlanJson } from '../../../common/contracts/plan-json.js';
import { AppError } from '../../../common/errors.js';
import { megabytes } from '../../../common/limits.js';
import { MAX_DOCUMENT_BYTES, readDocuments, type ReadOptions } from '../read/index.js';
import { parsePlanText, type ParseOptions } from './parse.js';

/** Options of parsePlanFile: the parser's and the reader's. */
export type ParseFileOptions = ParseOptions & ReadOptions & { lexicon?: string[] };

/** Reads and parses a plan file (.txt, .docx, .pdf, .png/.jpg scans). Throws AppError when unreadable. */
export async function parsePlanFile(path: string, opts: ParseFileOptions = {}): Promise<PlanJson> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new AppError('FILE_NOT_FOUND', { file: basename(path) });
  }
  // A folder is one document photographed page by page: its images, in any order.
  const paths = info.isDirectory()
    ? (await readdir(path))
        .filter((f) => /\.(?:jpe?g|png|tiff?)$/iu.test(f))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const files: Array<{ bytes: Uint8Array; filename: string }> = [];
  for (const p of paths) {
    if (!info.isDirectory() && info.size > (opts.maxBytes ?? MAX_DOCUMENT_BYTES))
      throw new AppError('DOCUMENT_TOO_LARGE', { maxMb: megabytes(opts.maxBytes ?? MAX_DOCUMENT_BYTES) });
    files.push({ bytes: new Uint8Array(await readFile(p)), filename: basename(p) });
  }
  const read = await readDocuments(files, opts);
  const plan = parsePlanText(read.text, { ...opts, ocr: read.source === 'ocr' });
  return { ...plan, warnings: [...read.warnings.map((w) => `${read.source}: ${w}`), ...plan.warnings] };
}

/** Throws DOCUMENT_NOT_A_PLAN when a parse found neither a plan title nor any task. */
export function assertLooksLikePlan(plan: PlanJson): PlanJson {
  if (plan.tasks.length === 0 && !(plan.document.kind === 'KH' || plan.document.kind === 'CTr')) {
    throw new AppError('DOCUMENT_NOT_A_PLAN');
  }
  return plan;
}
