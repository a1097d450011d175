/** parsePlanFile: a file on disk → readDocument → parsePlanText, with the reader's warnings merged. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PlanJson } from '../../../common/contracts/plan-json.js';
import { AppError } from '../../http/app-error.js';
import { MAX_DOCUMENT_BYTES, readDocument, type ReadOptions } from '../read/index.js';
import { parsePlanText, type ParseOptions } from './parse.js';

/** Options of parsePlanFile: the parser's and the reader's. */
export type ParseFileOptions = ParseOptions & ReadOptions & { lexicon?: string[] };

/** Reads and parses a plan file (.txt, .docx, .pdf, .png/.jpg scans). Throws AppError when unreadable. */
export async function parsePlanFile(path: string, opts: ParseFileOptions = {}): Promise<PlanJson> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new AppError('NOT_FOUND', `Không tìm thấy tệp ${basename(path)} / File not found: ${basename(path)}`);
  }
  if (size > (opts.maxBytes ?? MAX_DOCUMENT_BYTES)) throw new AppError('PAYLOAD_TOO_LARGE', 'Tệp quá lớn (tối đa 20 MB) / The file is too large (20 MB max)');
  const bytes = new Uint8Array(await readFile(path));
  const read = await readDocument({ bytes, filename: basename(path) }, opts);
  const plan = parsePlanText(read.text, opts);
  return { ...plan, warnings: [...read.warnings.map((w) => `${read.source}: ${w}`), ...plan.warnings] };
}

/** Throws DOCUMENT_NOT_A_PLAN when a parse found neither a plan title nor any task. */
export function assertLooksLikePlan(plan: PlanJson): PlanJson {
  if (plan.tasks.length === 0 && !(plan.document.kind === 'KH' || plan.document.kind === 'CTr')) {
    throw new AppError('DOCUMENT_NOT_A_PLAN', 'Văn bản không phải kế hoạch/chương trình (không thấy phần nhiệm vụ) / The document is not a plan (no tasks part found)');
  }
  return plan;
}
