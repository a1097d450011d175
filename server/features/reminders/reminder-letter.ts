import { eq } from 'drizzle-orm';
import { formatDateVi, isoParts, type WorkingCalendar } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import { plans } from '../../db/schema/plans.js';
import { translate } from '../../../common/i18n/translate.js';
import { deadlineFacts, deadlineWhy } from '../../../common/reporting/deadline.js';
import { obligations, periodExceptions, reportingPeriods, submissions } from '../../db/schema/reporting.js';
import type { OfficialDocument } from '../../documents/official-docx/index.js';
import { renderOfficialDocx } from '../../documents/official-docx/index.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { hasSubmitted } from './send-report-reminders.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.data.js';
import { loadAgencyNames } from '../notifications/recipients.data.js';

const ISSUER = { parent: 'UBND TỈNH TUYÊN QUANG', nameLines: ['SỞ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH'] };
const ISSUER_NAME = 'Sở Văn hóa, Thể thao và Du lịch';

const REPORT_NAME = 'báo cáo kết quả công tác thông tin đối ngoại';

/** What the report covers ("năm 2026"), without repeating "Báo cáo kết quả công tác thông tin đối ngoại". */
export function periodTopic(label: string): string {
  const text = label.normalize('NFC').trim();
  return text.toLowerCase().startsWith(REPORT_NAME) ? text.slice(REPORT_NAME.length).trim() : text;
}

/** A late agency as listed in the letter. */
export type LateAgency = { agencyId: number; name: string; status: string };

/**
 * The reminder letter (công văn đôn đốc, Mẫu 1.5) for a period: the agencies that have not
 * submitted in a table, and a firm closing with the new deadline (default 5 working days from
 * today). Coordinator only. Throws CONFLICT when every obliged agency has submitted.
 */
export async function buildReminderLetter(
  ctx: RequestContext,
  periodId: number,
  options: { newDueOn?: string; calendar?: WorkingCalendar } = {},
) {
  authorize(ctx.actor, 'period.manage');
  const [period] = await ctx.db.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
  if (!period) throw new AppError('NOT_FOUND', { resource: 'period', id: `#${periodId}` });
  const [[plan], owed, sent, extensions] = await Promise.all([
    ctx.db.select().from(plans).where(eq(plans.id, period.planId)),
    ctx.db.select({ agencyId: obligations.agencyId }).from(obligations).where(eq(obligations.periodId, periodId)),
    ctx.db.select().from(submissions).where(eq(submissions.periodId, periodId)),
    ctx.db.select().from(periodExceptions).where(eq(periodExceptions.periodId, periodId)),
  ]);
  const extensionOf = new Map(extensions.map((e) => [e.agencyId, e.extendedTo]));
  const submissionOf = new Map(sent.map((s) => [s.agencyId, s]));
  const lateIds = owed.map((o) => o.agencyId).filter((id) => !hasSubmitted(submissionOf.get(id)));
  if (lateIds.length === 0) throw new AppError('ALL_SUBMITTED');
  const calendar = options.calendar ?? (await loadWorkingCalendar(ctx.db));
  const today = ctx.clock.today();
  const newDueOn = options.newDueOn ?? calendar.addWorkingDays(today, 5);
  if (newDueOn <= today) throw new AppError('NEW_DUE_NOT_AFTER_TODAY');
  const names = await loadAgencyNames(ctx.db, lateIds);
  const late: LateAgency[] = lateIds
    .map((agencyId) => {
      // Counted like the board: working days from the due date in force (the extension included).
      const facts = deadlineFacts(period, extensionOf.get(agencyId) ?? null);
      const status =
        today > facts.dueInForce
          ? `Quá hạn ${calendar.workingDaysBetween(facts.dueInForce, today)} ngày làm việc${facts.extendedTo ? ` (đã gia hạn đến ${formatDateVi(facts.extendedTo)})` : ''}`
          : facts.extendedTo
            ? `Chưa gửi (đã gia hạn đến ${formatDateVi(facts.extendedTo)})`
            : `Chưa gửi (hạn ${formatDateVi(facts.dueInForce)})`;
      return { agencyId, name: names.get(agencyId) ?? `Cơ quan #${agencyId}`, status };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));

  const planRef = plan
    ? `${plan.title}${plan.number ? ` (Kế hoạch số ${plan.number})` : ''}`
    : `Kế hoạch công tác thông tin đối ngoại năm ${period.year}`;
  const document: OfficialDocument = {
    form: 'cong-van',
    issuer: ISSUER,
    number: null,
    symbol: 'SVHTTDL-TTĐN',
    place: 'Tuyên Quang',
    date: null,
    year: isoParts(today).year,
    typeName: null,
    subject: `đôn đốc ${REPORT_NAME} ${periodTopic(period.label)}`,
    addressees: late.length <= 4 ? late.map((a) => a.name) : ['Các cơ quan, đơn vị có tên tại danh sách kèm theo'],
    body: [
      {
        type: 'paragraph',
        // The plan's words, then the due date they give and why — the rule every screen shows.
        content: `Thực hiện ${planRef} của Ủy ban nhân dân tỉnh, các cơ quan, đơn vị có trách nhiệm gửi ${REPORT_NAME} ${periodTopic(period.label)} về ${ISSUER_NAME} trước ngày ${formatDateVi(period.statedDue)} để tổng hợp, báo cáo Ủy ban nhân dân tỉnh (hạn nộp: ${formatDateVi(period.dueOn)}). ${deadlineWhy((key, params) => translate('vi', key, params), deadlineFacts(period))}`,
      },
      {
        type: 'paragraph',
        content: `Đến ngày ${formatDateVi(today)}, còn ${String(late.length).padStart(2, '0')} cơ quan, đơn vị chưa gửi báo cáo, cụ thể như sau:`,
      },
      {
        type: 'table',
        columns: [
          { header: 'TT', weight: 1, align: 'center' },
          { header: 'Cơ quan, đơn vị', weight: 7 },
          { header: 'Tình trạng', weight: 4 },
        ],
        rows: late.map((a, i) => [String(i + 1), a.name, a.status]),
      },
      {
        type: 'paragraph',
        content: [
          {
            text: `${ISSUER_NAME} đề nghị Thủ trưởng các cơ quan, đơn vị nêu trên khẩn trương chỉ đạo hoàn thành, gửi báo cáo `,
          },
          { text: `chậm nhất ngày ${formatDateVi(newDueOn)}`, bold: true },
          {
            text: `. Quá thời hạn trên, ${ISSUER_NAME} sẽ tổng hợp danh sách cơ quan, đơn vị chưa thực hiện, báo cáo Ủy ban nhân dân tỉnh xem xét, xử lý trách nhiệm theo quy định./.`,
          },
        ],
      },
    ],
    signature: { authority: ['KT. GIÁM ĐỐC'], title: 'PHÓ GIÁM ĐỐC', name: null },
    recipients: ['Như trên', 'Ủy ban nhân dân tỉnh (báo cáo)', 'Giám đốc Sở (báo cáo)'],
    archive: 'VT, TTĐN',
  };
  return {
    periodId,
    newDueOn,
    late,
    document,
    filename: `Công văn đôn đốc báo cáo TTĐN ${period.label.replace(/[\\/:*?"<>|]+/g, '-')}.docx`,
  };
}

/** The reminder letter rendered to DOCX bytes, with its Vietnamese file name. */
export async function renderReminderLetter(ctx: RequestContext, periodId: number, options: { newDueOn?: string } = {}) {
  const letter = await buildReminderLetter(ctx, periodId, options);
  return { ...letter, bytes: await renderOfficialDocx(letter.document) };
}
