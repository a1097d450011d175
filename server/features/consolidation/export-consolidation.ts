import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RequestContext } from '../../context.js';
import { AppError } from '../../http/app-error.js';
import { buildConsolidation, findPeriodId } from './build-consolidation.js';
import { renderConsolidationDocx, renderConsolidationXlsx } from './render-consolidation.js';

const KINDS = ['semiannual', 'annual', 'ad-hoc', 'agency-plan'] as const;

/** Options of `ttdn report consolidate`, as parsed from the command line. */
export type ConsolidateCommandOptions = { year?: string; kind?: string; out?: string; xlsx?: string };

/**
 * `ttdn report consolidate --year 2025 --kind semiannual --out file.docx [--xlsx file.xlsx]`:
 * finds the period by plan year and kind, consolidates it and writes the files; returns the exit code.
 */
export async function runConsolidateCommand(ctx: RequestContext, options: ConsolidateCommandOptions, log: (line: string) => void = console.log): Promise<number> {
  const year = Number(options.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AppError('BAD_REQUEST', 'Cần --year YYYY / Need --year YYYY');
  const kind = options.kind ?? 'semiannual';
  if (!(KINDS as readonly string[]).includes(kind)) throw new AppError('BAD_REQUEST', `--kind phải là một trong: ${KINDS.join(', ')} / --kind must be one of them`);
  if (!options.out && !options.xlsx) throw new AppError('BAD_REQUEST', 'Cần --out <tệp.docx> hoặc --xlsx <tệp.xlsx> / Need --out or --xlsx');
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
  const n = c.counts;
  log(`${c.period.label}: ${n.submitted}/${n.expected} cơ quan đã gửi (${n.onTime} đúng hạn, ${n.late} muộn, ${n.missing} chưa gửi); ${c.indicators.length} chỉ tiêu`);
  return 0;
}
