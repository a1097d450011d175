import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { plans } from '../../db/schema/plans.js';
import { inTransaction } from '../../db/transaction.js';
import { type OcrProgress, readDocuments } from '../../documents/read/index.js';
import { assertLooksLikePlan, parsePlanText } from '../../documents/plan-parser/index.js';
import { authorize } from '../../policies/policy.js';
import { pagesToPdf } from '../attachments/pages-pdf.js';
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
 * The file kept as the plan's source: the upload itself, or, for a document photographed page by
 * page, one PDF of all its pages in reading order (the download gives back every page).
 */
async function sourceFile(files: Array<{ bytes: Uint8Array; filename: string }>, order: number[] = []) {
  const first = files[0] ?? { bytes: new Uint8Array(), filename: 'tai-lieu.txt' };
  if (files.length === 1) {
    const extension = first.filename.split('.').pop()?.toLowerCase() ?? '';
    return {
      filename: first.filename,
      mimeType: MIME_BY_EXTENSION[extension] ?? 'application/octet-stream',
      bytes: first.bytes,
    };
  }
  const ordered = [...new Set([...order, ...files.keys()])].flatMap((i) => (files[i] ? [files[i]] : []));
  const opening = ordered[0]?.filename.replace(/\.[^.]*$/u, '') ?? 'trang';
  const filename = `${opening} (${files.length} trang).pdf`;
  return { filename, mimeType: 'application/pdf', bytes: await pagesToPdf(ordered, filename) };
}

/**
 * The first step of importing a plan document: read it (text, Word, PDF, scan), parse it with the
 * registry's names as lexicon, keep the file as an attachment, and return everything the review
 * screen needs — the source text with the spans each value came from, how every agency name
 * resolves, and, when the province already has a plan that year, what the new version changes.
 */
export async function parsePlanUpload(
  ctx: RequestContext,
  upload: ({ bytes: Uint8Array; filename: string } | { files: Array<{ bytes: Uint8Array; filename: string }> }) & {
    province?: string;
    onProgress?: (progress: OcrProgress) => void;
  },
) {
  authorize(ctx.actor, 'plan.import');
  const files = 'files' in upload ? upload.files : [{ bytes: upload.bytes, filename: upload.filename }];
  const index = await loadNameIndex(ctx.db);
  const lexicon = [...new Set(index.entries.map((e) => e.known))];
  const read = await readDocuments(files, { lexicon, onProgress: upload.onProgress });
  const parsed = assertLooksLikePlan(parsePlanText(read.text, { lexicon, ocr: read.source === 'ocr' }));
  const plan = { ...parsed, warnings: [...read.warnings.map((w) => `${read.source}: ${w}`), ...parsed.warnings] };
  const province = upload.province ?? plan.document.province ?? 'Tuyên Quang';
  const source = await sourceFile(files, read.pageOrder);
  const attachmentId = await inTransaction(ctx.db, async (tx) => {
    const id = await storeAttachment(tx, source);
    await recordAuditEvent(tx, ctx, {
      action: 'plan.upload',
      subjectType: 'attachment',
      subjectId: id,
      after: {
        filename: source.filename,
        size: source.bytes.byteLength,
        files: files.length,
        ...(files.length > 1 ? { pages: files.map((f) => ({ filename: f.filename, size: f.bytes.byteLength })) } : {}),
      },
    });
    return id;
  });
  const year = plan.document.year;
  // The version a new draft would replace: the issued plan of that year, else the newest draft.
  const [previous] = year
    ? await ctx.db
        .select({
          id: plans.id,
          title: plans.title,
          status: plans.status,
          number: plans.number,
          issuedOn: plans.issuedOn,
        })
        .from(plans)
        .where(and(eq(plans.province, province), eq(plans.year, year), ne(plans.status, 'archived')))
        .orderBy(sql`${plans.status} = 'issued' desc`, desc(plans.id))
        .limit(1)
    : [];
  return {
    attachmentId,
    source: read.source,
    text: read.text.normalize('NFC'),
    spans: locateSourceSpans(read.text, plan),
    ocr: read.ocr ?? null,
    plan,
    province,
    names: resolvePlanNames(index, plan, province),
    previous: previous ? { ...previous, diff: diffPlans(await loadPlanAsJson(ctx.db, previous.id), plan) } : null,
  };
}
