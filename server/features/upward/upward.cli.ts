/**
 * `ttdn upward …`: a self-hosted province sends its consolidated report to the ministry's
 * deployment (report, figures and DOCX) with a token the ministry's admin created for it.
 */
import type { UpwardPayload, UpwardPeriodKind } from '../../../common/contracts/upward.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { buildConsolidation, findPeriodId } from '../consolidation/build-consolidation.js';
import { renderConsolidationDocx } from '../consolidation/render-consolidation.js';
import { hasConsolidatedReport } from './send-upward-report.js';
import { figuresOf, ministryDueOn } from './upward.data.js';
import { formatDateTime } from '../../../common/calendar/iso-date.js';
import type { Database } from '../../db/client.js';
import { createUpwardToken, listUpwardTokens, revokeUpwardToken } from './upward-tokens.js';

/** Options of `ttdn upward send|status|token`, as parsed from the command line. */
export type UpwardCommandOptions = { to?: string; token?: string; year?: string; kind?: string; period?: string };

/** "2025/semiannual" (--period) or --year 2025 --kind semiannual. */
function periodOf(options: UpwardCommandOptions): { year: number; kind: UpwardPeriodKind } {
  const [yearText, kindText] = options.period ? options.period.split(/[/:]/) : [options.year, options.kind];
  const year = Number(yearText);
  const kind = kindText ?? 'semiannual';
  if (!Number.isInteger(year) || year < 2000 || year > 2100 || (kind !== 'semiannual' && kind !== 'annual'))
    throw new AppError('MISSING_ARGUMENT', { argument: '--period 2025/semiannual|annual' });
  return { year, kind };
}

function endpointOf(options: UpwardCommandOptions): { url: string; token: string } {
  if (!options.to) throw new AppError('MISSING_ARGUMENT', { argument: '--to https://…' });
  if (!options.token) throw new AppError('MISSING_ARGUMENT', { argument: '--token …' });
  return { url: `${options.to.replace(/\/+$/, '')}/api/upward/reports`, token: options.token };
}

/** The report of a period as the province sends it: figures, deadlines and the DOCX (base64). */
export async function buildUpwardPayload(
  ctx: RequestContext,
  year: number,
  kind: UpwardPeriodKind,
): Promise<UpwardPayload> {
  const periodId = await findPeriodId(ctx, year, kind);
  if (!(await hasConsolidatedReport(ctx.db, periodId))) throw new AppError('CONSOLIDATION_NOT_READY');
  const c = await buildConsolidation(ctx, periodId);
  return {
    figures: figuresOf(c),
    provinceDueOn: c.period.dueOn,
    ministryDueOn: ministryDueOn(c.period.dueOn),
    submittedBy: c.context.coordinator?.name ?? c.plan.province,
    docx: (await renderConsolidationDocx(c)).toString('base64'),
  };
}

async function call(url: string, token: string, init: RequestInit = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
    });
  } catch (error) {
    throw new AppError('UPWARD_SEND_FAILED', { url, detail: (error as Error).message });
  }
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!response.ok) {
    throw new AppError('UPWARD_SEND_FAILED', {
      url,
      detail: body?.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${response.status}`,
    });
  }
  return body;
}

/** `ttdn upward send --to URL --token T --period 2025/semiannual`; returns the exit code. */
export async function runUpwardSend(
  ctx: RequestContext,
  options: UpwardCommandOptions,
  log: (line: string) => void = console.log,
): Promise<number> {
  const { url, token } = endpointOf(options);
  const { year, kind } = periodOf(options);
  const payload = await buildUpwardPayload(ctx, year, kind);
  const result = (await call(url, token, { method: 'POST', body: JSON.stringify(payload) })) as {
    status: string;
    version: number;
  };
  log(`Đã gửi lên Bộ: ${payload.figures.period.label} (lần ${result.version}, ${result.status})`);
  return 0;
}

/** `ttdn upward status --to URL --token T`: where the province's reports stand at the ministry. */
export async function runUpwardStatus(options: UpwardCommandOptions, log: (line: string) => void = console.log) {
  const { url, token } = endpointOf(options);
  const result = (await call(url, token)) as {
    province: string;
    reports: Array<{ year: number; periodKind: string; status: string; version: number; returnReason: string | null }>;
  };
  log(`${result.province}: ${result.reports.length} báo cáo đã gửi Bộ`);
  for (const r of result.reports)
    log(
      `  ${r.year} ${r.periodKind.padEnd(10)} ${r.status.padEnd(9)} lần ${r.version}${r.returnReason ? ` — ${r.returnReason}` : ''}`,
    );
  return 0;
}

/** `ttdn upward token --province CODE` (on the ministry's deployment): prints a new token once. */
export async function runUpwardToken(ctx: RequestContext, log: (line: string) => void = console.log): Promise<number> {
  const token = await createUpwardToken(ctx);
  log(token);
  return 0;
}

/** `ttdn upward token --list`: every province's tokens, one line each (never the token itself). */
export async function runUpwardTokenList(
  database: Database,
  options: { province?: string },
  log: (line: string) => void = console.log,
): Promise<number> {
  const rows = (await listUpwardTokens(database.db)).filter(
    (r) => !options.province || r.provinceCode === options.province,
  );
  if (rows.length === 0) log('Chưa có mã nào / no tokens');
  for (const r of rows)
    log(
      [
        `#${r.id}`.padEnd(5),
        r.provinceCode.padEnd(14),
        `tạo ${formatDateTime(r.createdAt)}`,
        r.lastUsedAt ? `dùng ${formatDateTime(r.lastUsedAt)}` : 'chưa dùng',
        r.revokedAt ? `ĐÃ THU HỒI ${formatDateTime(r.revokedAt)}` : 'còn hiệu lực',
      ].join('  '),
    );
  return 0;
}

/** `ttdn upward token --revoke ID`: revokes a token in its province's scope; the province must ask for a new one. */
export async function runUpwardTokenRevoke(
  database: Database,
  ctx: Omit<RequestContext, 'db'>,
  idText: string,
  log: (line: string) => void = console.log,
): Promise<number> {
  const id = Number(idText.replace(/^#/, ''));
  const token = Number.isInteger(id) ? (await listUpwardTokens(database.db)).find((r) => r.id === id) : undefined;
  if (!token) throw new AppError('NOT_FOUND', { resource: 'upwardToken', id: idText });
  const { revokedAt } = await database.withProvince(token.provinceId, (db) => revokeUpwardToken({ ...ctx, db }, id));
  log(`Đã thu hồi mã #${id} của ${token.provinceName} lúc ${formatDateTime(revokedAt)}`);
  return 0;
}
