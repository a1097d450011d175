/**
 * The request beyond the estimate as the agency's công văn to Sở Tài chính, in the layout of Nghị
 * định 30/2020 (Mẫu 1.5): what the task has been allotted and has spent per source, what is asked and
 * why, with the working-day deadline of the appraisal once it is sent.
 */

import { eq } from 'drizzle-orm';
import { formatDateVi, isoParts } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import { provinces } from '../../db/schema/tenancy.js';
import { type BodyBlock, type OfficialDocument, renderOfficialDocx } from '../../documents/official-docx/index.js';
import { budgetTotals, formatBasisPoints, formatDong } from './budget-arithmetic.js';
import { loadAllocations } from './budget.data.js';
import { getBudgetRequest } from './budget.queries.js';

const SOURCE_LABEL = { provincial: 'Ngân sách tỉnh', central: 'Ngân sách trung ương', other: 'Nguồn hợp pháp khác' };

/** Builds the request letter; whoever may read the request may download it. */
export async function buildBudgetRequestDocx(ctx: RequestContext, id: number) {
  const request = await getBudgetRequest(ctx, id);
  const provinceId = ctx.actor.kind === 'user' ? ctx.actor.provinceId : null;
  const [province] = provinceId
    ? await ctx.db.select({ name: provinces.name }).from(provinces).where(eq(provinces.id, provinceId))
    : [];
  const provinceName = (province?.name ?? 'Tuyên Quang').replace(/^(Tỉnh|Thành phố)\s+/iu, '');
  const lines = await loadAllocations(ctx.db, {
    year: request.year,
    agencyIds: [request.agencyId],
    taskId: request.taskId,
  });
  const totals = budgetTotals(lines.map((l) => ({ ...l, amountDong: l.raw.allocated, spent: [l.raw.spent] })));
  const asked = BigInt(request.amountDong);
  const body: BodyBlock[] = [
    {
      type: 'paragraph',
      content: `Thực hiện nhiệm vụ ${request.taskCode} “${request.taskTitle}” trong Kế hoạch công tác thông tin đối ngoại năm ${request.year}, ${request.agency} đã được giao dự toán và tình hình thực hiện như sau:`,
    },
    {
      type: 'table',
      columns: [
        { header: 'Nguồn kinh phí', weight: 3 },
        { header: 'Dự toán được giao (đồng)', weight: 3, align: 'right' },
        { header: 'Đã thực hiện (đồng)', weight: 3, align: 'right' },
        { header: 'Tỷ lệ', weight: 1.5, align: 'right' },
      ],
      rows: [
        ...totals.bySource.map((s) => [
          SOURCE_LABEL[s.source as keyof typeof SOURCE_LABEL] ?? s.source,
          formatDong(s.allocated).replace(' đồng', ''),
          formatDong(s.spent).replace(' đồng', ''),
          formatBasisPoints(s.executionBasisPoints),
        ]),
        [
          'Cộng',
          formatDong(totals.allocated).replace(' đồng', ''),
          formatDong(totals.spent).replace(' đồng', ''),
          formatBasisPoints(totals.executionBasisPoints),
        ],
      ],
    },
    { type: 'paragraph', content: `Lý do đề nghị bổ sung: ${request.reason}` },
    {
      type: 'paragraph',
      content: [
        {
          text: `${request.agency} đề nghị Sở Tài chính thẩm định, tham mưu Ủy ban nhân dân tỉnh bổ sung kinh phí ngoài dự toán `,
        },
        { text: `${formatDong(asked)}`, bold: true },
        { text: ` (${SOURCE_LABEL[request.source].toLowerCase()}) để thực hiện nhiệm vụ nêu trên.` },
      ],
    },
  ];
  if (request.appraisalDueOn) {
    body.push({
      type: 'paragraph',
      content: `Đề nghị Sở Tài chính có ý kiến thẩm định trước ngày ${formatDateVi(request.appraisalDueOn)}.`,
    });
  }
  body.push({ type: 'paragraph', content: `${request.agency} trân trọng đề nghị./.` });
  const document: OfficialDocument = {
    form: 'cong-van',
    issuer: {
      parent: `ỦY BAN NHÂN DÂN TỈNH ${provinceName.toLocaleUpperCase('vi')}`,
      nameLines: [request.agency.toLocaleUpperCase('vi')],
    },
    number: null,
    symbol: 'KP',
    place: provinceName,
    date: request.submittedOn,
    year: request.submittedOn ? isoParts(request.submittedOn).year : request.year,
    typeName: null,
    subject: `đề nghị bổ sung kinh phí ngoài dự toán năm ${request.year}`,
    addressees: [`Sở Tài chính tỉnh ${provinceName}`],
    body,
    signature: { authority: [], title: 'THỦ TRƯỞNG CƠ QUAN', name: null },
    recipients: ['Như trên', 'UBND tỉnh (để báo cáo)', 'Sở Văn hóa, Thể thao và Du lịch'],
    archive: 'VT',
  };
  return {
    bytes: new Uint8Array(await renderOfficialDocx(document)),
    filename: `De nghi bo sung kinh phi ${request.id}.docx`,
  };
}
