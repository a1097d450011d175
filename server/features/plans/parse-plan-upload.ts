import { and, desc, eq, ne } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { plans } from '../../db/schema/plans.js';
import { inTransaction } from '../../db/transaction.js';
import { readDocument } from '../../documents/read/index.js';
import { assertLooksLikePlan, parsePlanText } from '../../documents/plan-parser/index.js';
import { authorize } from '../../policies/policy.js';
import { storeAttachment } from '../attachments/store-attachment.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadNameIndex } from '../organisations/resolve-name.js';
import { diffPlans } from './diff-plans.js';
import { resolvePlanNames } from './import-plan.js';
import { loadPlanAsJson } from './plan-to-json.js';
import { locateSourceSpans } from './source-spans.js';

const MIME_BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/**
 * The first step of importing a plan document: read it (text, Word, PDF, scan), parse it with the
 * registry's names as lexicon, keep the file as an attachment, and return everything the review
 * screen needs — the source text with the spans each value came from, how every agency name
 * resolves, and, when the province already has a plan that year, what the new version changes.
 */
export async function parsePlanUpload(ctx: RequestContext, upload: { bytes: Uint8Array; filename: string; province?: string }) {
  authorize(ctx.actor, 'plan.import');
  const read = await readDocument({ bytes: upload.bytes, filename: upload.filename });
  const index = await loadNameIndex(ctx.db);
  const lexicon = [...new Set(index.entries.map((e) => e.known))];
  const parsed = assertLooksLikePlan(parsePlanText(read.text, { lexicon }));
  const plan = { ...parsed, warnings: [...read.warnings.map((w) => `${read.source}: ${w}`), ...parsed.warnings] };
  const province = upload.province ?? plan.document.province ?? 'Tuyên Quang';
  const extension = upload.filename.split('.').pop()?.toLowerCase() ?? '';
  const attachmentId = await inTransaction(ctx.db, async (tx) => {
    const id = await storeAttachment(tx, { filename: upload.filename, mimeType: MIME_BY_EXTENSION[extension] ?? 'application/octet-stream', bytes: upload.bytes });
    await recordAuditEvent(tx, ctx, { action: 'plan.upload', subjectType: 'attachment', subjectId: id, after: { filename: upload.filename, size: upload.bytes.byteLength } });
    return id;
  });
  const year = plan.document.year;
  const [previous] = year
    ? await ctx.db
        .select({ id: plans.id, title: plans.title, status: plans.status })
        .from(plans)
        .where(and(eq(plans.province, province), eq(plans.year, year), ne(plans.status, 'archived')))
        .orderBy(desc(plans.id))
        .limit(1)
    : [];
  return {
    attachmentId,
    source: read.source,
    text: read.text.normalize('NFC'),
    spans: locateSourceSpans(read.text, plan),
    plan,
    province,
    names: resolvePlanNames(index, plan, province),
    previous: previous ? { ...previous, diff: diffPlans(await loadPlanAsJson(ctx.db, previous.id), plan) } : null,
  };
}
