import { eq } from 'drizzle-orm';
import { formatDateVi, isoParts, type WorkingCalendar } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import { plans } from '../../db/schema/plans.js';
import { obligations, reportingPeriods, submissions } from '../../db/schema/reporting.js';
import type { OfficialDocument } from '../../documents/official-docx/index.js';
import { renderOfficialDocx } from '../../documents/official-docx/index.js';
import { AppError } from '../../http/app-error.js';
import { authorize } from '../../policies/policy.js';
import { hasSubmitted } from './send-report-reminders.js';
import { loadAgencyNames, loadWorkingCalendar } from './reminders.data.js';

const ISSUER = { parent: 'UBND TỈNH TUYÊN QUANG', nameLines: ['SỞ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH'] };
const ISSUER_NAME = 'Sở Văn hóa, Thể thao và Du lịch';

/** A late agency as listed in the letter. */
export type LateAgency = { agencyId: number; name: string; status: string };

/**
 * The reminder letter (công văn đôn đốc, Mẫu 1.5) for a period: the agencies that have not
 * submitted in a table, and a firm closing with the new deadline (default 5 working days from
 * today). Coordinator only. Throws CONFLICT when every obliged agency has submitted.
 */
export async function buildReminderLetter(ctx: RequestContext, periodId: number, options: { newDueOn?: string; calendar?: WorkingCalendar } = {}) {
  authorize(ctx.actor, 'period.manage');
  const [period] = await ctx.db.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
  if (!period) throw new AppError('NOT_FOUND', `Không tìm thấy kỳ báo cáo #${periodId} / Reporting period not found`);
  const [[plan], owed, sent] = await Promise.all([
    ctx.db.select().from(plans).where(eq(plans.id, period.planId)),
    ctx.db.select({ agencyId: obligations.agencyId }).from(obligations).where(eq(obligations.periodId, periodId)),
    ctx.db.select().from(submissions).where(eq(submissions.periodId, periodId)),
  ]);
  const submissionOf = new Map(sent.map((s) => [s.agencyId, s]));
  const lateIds = owed.map((o) => o.agencyId).filter((id) => !hasSubmitted(submissionOf.get(id)));
  if (lateIds.length === 0) throw new AppError('CONFLICT', 'Tất cả cơ quan đã gửi báo cáo kỳ này / Every agency has submitted');
  const calendar = options.calendar ?? (await loadWorkingCalendar(ctx.db));
  const today = ctx.clock.today();
  const newDueOn = options.newDueOn ?? calendar.addWorkingDays(today, 5);
  if (newDueOn <= today) throw new AppError('INVALID_DATE', 'Hạn mới phải sau ngày hôm nay / The new deadline must be after today');
  const names = await loadAgencyNames(ctx.db, lateIds);
  const late: LateAgency[] = lateIds
    .map((agencyId) => {
      const status = today > period.dueOn
        ? `Quá hạn ${calendar.workingDaysBetween(period.dueOn, today)} ngày làm việc`
        : `Chưa gửi (hạn ${formatDateVi(period.dueOn)})`;
      return { agencyId, name: names.get(agencyId) ?? `Cơ quan #${agencyId}`, status };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));

  const planRef = plan ? `${plan.title}${plan.number ? ` (Kế hoạch số ${plan.number})` : ''}` : `Kế hoạch công tác thông tin đối ngoại năm ${period.year}`;
  const document: OfficialDocument = {
    form: 'cong-van',
    issuer: ISSUER,
    number: null,
    symbol: 'SVHTTDL-TTĐN',
    place: 'Tuyên Quang',
    date: null,
    year: isoParts(today).year,
    typeName: null,
    subject: `đôn đốc báo cáo kết quả công tác thông tin đối ngoại ${period.label}`,
    addressees: late.length <= 4 ? late.map((a) => a.name) : ['Các cơ quan, đơn vị có tên tại danh sách kèm theo'],
    body: [
      {
        type: 'paragraph',
        content: `Thực hiện ${planRef} của Ủy ban nhân dân tỉnh, các cơ quan, đơn vị có trách nhiệm gửi báo cáo kết quả công tác thông tin đối ngoại ${period.label} về ${ISSUER_NAME} trước ngày ${formatDateVi(period.statedDue)} để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.`,
      },
      { type: 'paragraph', content: `Đến ngày ${formatDateVi(today)}, còn ${String(late.length).padStart(2, '0')} cơ quan, đơn vị chưa gửi báo cáo, cụ thể như sau:` },
      {
        type: 'table',
        columns: [{ header: 'TT', weight: 1, align: 'center' }, { header: 'Cơ quan, đơn vị', weight: 7 }, { header: 'Tình trạng', weight: 4 }],
        rows: late.map((a, i) => [String(i + 1), a.name, a.status]),
      },
      {
        type: 'paragraph',
        content: [
          { text: `${ISSUER_NAME} đề nghị Thủ trưởng các cơ quan, đơn vị nêu trên khẩn trương chỉ đạo hoàn thành, gửi báo cáo ` },
          { text: `chậm nhất ngày ${formatDateVi(newDueOn)}`, bold: true },
          { text: `. Quá thời hạn trên, ${ISSUER_NAME} sẽ tổng hợp danh sách cơ quan, đơn vị chưa thực hiện, báo cáo Ủy ban nhân dân tỉnh xem xét, xử lý trách nhiệm theo quy định./.` },
        ],
      },
    ],
    signature: { authority: ['KT. GIÁM ĐỐC'], title: 'PHÓ GIÁM ĐỐC', name: null },
    recipients: ['Như trên', 'Ủy ban nhân dân tỉnh (báo cáo)', 'Giám đốc Sở (báo cáo)'],
    archive: 'VT, TTĐN',
  };
  return { periodId, newDueOn, late, document, filename: `Công văn đôn đốc báo cáo TTĐN ${period.label.replace(/[\\/:*?"<>|]+/g, '-')}.docx` };
}

/** The reminder letter rendered to DOCX bytes, with its Vietnamese file name. */
export async function renderReminderLetter(ctx: RequestContext, periodId: number, options: { newDueOn?: string } = {}) {
  const letter = await buildReminderLetter(ctx, periodId, options);
  return { ...letter, bytes: await renderOfficialDocx(letter.document) };
}

/** Content-Disposition for a Vietnamese file name: an ASCII fallback plus RFC 5987 `filename*`. */
export function contentDisposition(filename: string): string {
  // Case-preserving fold (the shared foldDiacritics lower-cases, which suits search, not file names).
  const folded = filename.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const ascii = folded.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
