import { eq } from 'drizzle-orm';
import { DOCX_TYPE, XLSX_TYPE } from '../../../common/contracts/endpoint.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { plans } from '../../db/schema/plans.js';
import { attachments } from '../../db/schema/system.js';
import { renderPlanDocx, renderPlanXlsx } from '../../documents/official-docx/index.js';
import { authorize } from '../../policies/policy.js';
import { loadPlanAsJson } from './plan-to-json.js';

/** A document to download: its bytes, its Vietnamese file name and its type. */
export type PlanFile = { bytes: Uint8Array; filename: string; contentType: string };

async function planHead(ctx: RequestContext, planId: number) {
  authorize(ctx.actor, 'plan.read');
  const [plan] = await ctx.db
    .select({ year: plans.year, province: plans.province, attachmentId: plans.sourceAttachmentId })
    .from(plans)
    .where(eq(plans.id, planId));
  if (!plan) throw new AppError('NOT_FOUND', { resource: 'plan', id: `#${planId}` });
  return plan;
}

/** The plan as an official document: Word in the Nghị định 30/2020 layout, or one XLSX row per task role. */
export async function exportPlan(ctx: RequestContext, planId: number, format: 'docx' | 'xlsx'): Promise<PlanFile> {
  const head = await planHead(ctx, planId);
  const json = await loadPlanAsJson(ctx.db, planId);
  const bytes = format === 'docx' ? await renderPlanDocx(json, { year: head.year }) : await renderPlanXlsx(json);
  return {
    bytes,
    filename: `Kế hoạch TTĐN ${head.province} ${head.year}.${format}`,
    contentType: format === 'docx' ? DOCX_TYPE : XLSX_TYPE,
  };
}

/** The document the plan was imported from, as uploaded. */
export async function getPlanSource(ctx: RequestContext, planId: number): Promise<PlanFile> {
  const head = await planHead(ctx, planId);
  if (!head.attachmentId) throw new AppError('PLAN_HAS_NO_SOURCE');
  const [file] = await ctx.db.select().from(attachments).where(eq(attachments.id, head.attachmentId));
  if (!file) throw new AppError('PLAN_HAS_NO_SOURCE');
  return { bytes: file.data, filename: file.filename, contentType: file.mimeType };
}
