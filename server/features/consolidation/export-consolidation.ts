import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RequestContext } from '../../context.js';
import { AppError } from '../../../common/errors.js';
import { buildConsolidation, findPeriodId } from './build-consolidation.js';
import { renderConsolidationDocx, renderConsolidationXlsx, renderInternalNoteDocx } from './render-consolidation.js';

const KINDS = ['semiannual', 'annual', 'ad-hoc', 'agency-plan'] as const;

/** Options of `ttdn report consolidate`, as parsed from the command line. */
export type ConsolidateCommandOptions = { year?: string; kind?: string; out?: string; xlsx?: string; note?: string };

/**
 * `ttdn report consolidate --year 2025 --kind semiannual --out file.docx [--xlsx file.xlsx] [--note f.docx]`:
 * finds the period by plan year and kind, consolidates it, prints the checks the coordinator should
 * see before signing, and writes the files (the internal note on timeliness with --note); returns the exit code.
 */
export async function runConsolidateCommand(
  ctx: RequestContext,
  options: ConsolidateCommandOptions,
  log: (line: string) => void = console.log,
): Promise<number> {
  const year = Number(options.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new AppError('MISSING_ARGUMENT', { argument: '--year YYYY' });
  const kind = options.kind ?? 'semiannual';
  if (!(KINDS as readonly string[]).includes(kind))
    throw new AppError('MISSING_ARGUMENT', { argument: `--kind ${KINDS.join('|')}` });
  if (!options.out && !options.xlsx && !options.note)
    throw new AppError('MISSING_ARGUMENT', { argument: '--out <tệp.docx> | --xlsx <tệp.xlsx> | --note <tệp.docx>' });
  const periodId = await findPeriodId(ctx, year, kind);
  const c = await buildConsolidation(ctx, periodId);
  if (options.out) {
    const path = resolve(options.out);
    await writeFile(path, await renderConsolidationDocx(c));
    log(`Đã ghi ${path}`);
  }
  if (options.xlsx) {
    const path = resolve(options.xlsx);
    await writeFile(path, await renderConsolidationXlsx(c));
    log(`Đã ghi ${path}`);
  }
  if (options.note) {
    const path = resolve(options.note);
    await writeFile(path, await renderInternalNoteDocx(c));
    log(`Đã ghi ${path}`);
  }
  const open = c.checks.filter((k) => !k.dismissed);
  if (open.length > 0) {
    log(`Cần xem trước khi trình ký (${open.length}):`);
    for (const k of open) log(`  [${k.kind}] ${k.message}${k.source ? `\n      ← “${k.source}”` : ''}`);
  }
  const n = c.counts;
  log(
    `${c.period.label}: ${n.submitted}/${n.expected} cơ quan đã gửi (${n.onTime} đúng hạn, ${n.late} muộn, ${n.missing} chưa gửi); ${c.indicators.length} chỉ tiêu`,
  );
  return 0;
}
