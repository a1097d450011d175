import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { and, eq, inArray } from 'drizzle-orm';
import { createClock, type RequestContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { agencies } from '../db/schema/organisations.js';
import { plans, tasks } from '../db/schema/plans.js';
import {
  focalOfficials, indicators, obligations, periodExceptions, reportingPeriods, spokespersons, submissionIndicatorValues, submissionLines, submissions,
  submissionVersions, type LineStatus,
} from '../db/schema/reporting.js';
import { auditEvents } from '../db/schema/system.js';
import { createUser } from '../features/auth/create-user.js';
import { importPlan } from '../features/plans/import-plan.js';
import { acceptReport } from '../features/reporting/accept-report.js';
import { approveReport } from '../features/reporting/approve-report.js';
import { createRegimesFromPlan } from '../features/reporting/create-regimes-from-plan.js';
import { returnReport } from '../features/reporting/return-report.js';
import { saveDraft } from '../features/reporting/save-draft.js';
import { submitReport } from '../features/reporting/submit-report.js';
import { uploadOwnPlan } from '../features/reporting/upload-own-plan.js';

export const PLAN_2026_PATH = fileURLToPath(new URL('./documents/ke-hoach-ttdn-tuyen-quang-2026.txt', import.meta.url));

type Period = typeof reportingPeriods.$inferSelect;
type Outcome = { kind: 'missing' } | { kind: 'draft' } | { kind: 'sent'; on: string; accepted: boolean };

/** A deterministic 0..1 number per key, so the demo is the same on every load. */
function pick(key: string): number {
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}
const at = (date: string, hour = 9) => new Date(`${date}T${String(hour).padStart(2, '0')}:30:00+07:00`);

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Ma', 'Triệu', 'Hà', 'Nông', 'Lý', 'Đặng', 'Bàn', 'Sầm'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Quốc', 'Thanh', 'Hồng', 'Đức', 'Ngọc', 'Xuân'];
const GIVEN = ['Hùng', 'Lan', 'Hà', 'Tuấn', 'Hương', 'Dũng', 'Thảo', 'Sơn', 'Mai', 'Cường', 'Yến', 'Thắng', 'Hiền', 'Phong', 'Nga', 'Quân'];
const personName = (key: string) => `${SURNAMES[Math.floor(pick(`${key}s`) * SURNAMES.length)]} ${MIDDLE[Math.floor(pick(`${key}m`) * MIDDLE.length)]} ${GIVEN[Math.floor(pick(`${key}g`) * GIVEN.length)]}`;

/** What an agency of this kind writes against a task (realistic, varied, never empty). */
function lineText(kind: string, agency: string, code: string, title: string, isAnnual: boolean, key: string): { status: LineStatus; doneText: string; resultsText: string } {
  const n = (lo: number, hi: number, salt: string) => lo + Math.floor(pick(key + salt) * (hi - lo + 1));
  const scale = isAnnual ? 2 : 1;
  const byCode: Record<string, string> = {
    '1': `Ban hành ${n(1, 3, 'a') * scale} văn bản chỉ đạo, hướng dẫn triển khai công tác thông tin đối ngoại; lồng ghép nội dung TTĐN trong chương trình công tác của ${agency}.`,
    '2.1': `Quán triệt Kết luận 57-KL/TW và Nghị quyết 47/NQ-CP tại ${n(1, 4, 'b') * scale} hội nghị, buổi sinh hoạt chuyên đề cho cán bộ, công chức, viên chức và người lao động.`,
    '2.2': `Đã phân công 01 lãnh đạo phụ trách và 01 công chức thực hiện công tác thông tin đối ngoại; danh sách gửi cơ quan chủ trì.`,
    '2.3.1': `Phối hợp tổ chức ${n(1, 2, 'c') * scale} cuộc họp báo định kỳ và ${n(0, 2, 'd')} cuộc họp báo đột xuất; cung cấp thông tin cho báo chí về tình hình kinh tế - xã hội của tỉnh.`,
    '2.3.2': `Tiếp nhận, hướng dẫn ${n(3, 8, 'e') * scale} đoàn phóng viên nước ngoài (Trung Quốc, Hàn Quốc, Nhật Bản, Pháp) đến tác nghiệp tại Khu di tích Tân Trào, Cao nguyên đá Đồng Văn; không để xảy ra vụ việc phức tạp.`,
    '2.3.3': `Rà soát thị trường, phát hiện ${n(0, 3, 'f')} sản phẩm in, bản đồ thể hiện sai chủ quyền; thực hiện điểm tin báo chí hằng ngày, hằng tuần về Tuyên Quang.`,
    '2.4': `Triển khai các nhiệm vụ tại Kế hoạch số 254/KH-UBND theo chức năng, nhiệm vụ; lồng ghép nội dung thông tin đối ngoại vào các hoạt động chuyên môn.`,
    '3': `Tuyên truyền thành tựu bảo đảm quyền con người ở Việt Nam, nhất là quyền của đồng bào dân tộc thiểu số; ${n(4, 15, 'g') * scale} tin, bài về chủ đề nhân quyền.`,
    '4': `Quảng bá hình ảnh Tuyên Quang qua ${n(5, 30, 'h') * scale} tin, bài, video trên cổng thông tin và mạng xã hội; giới thiệu Lễ hội Thành Tuyên, du lịch Na Hang - Lâm Bình.`,
    '5.1': `Duy trì chuyên mục "Biển, đảo Việt Nam"; đăng, phát ${n(10, 40, 'i') * scale} tin, bài, phóng sự về chủ quyền biển, đảo.`,
    '5.2': `Tuyên truyền về công tác quản lý, bảo vệ biên giới quốc gia; phối hợp tổ chức ${n(2, 6, 'j') * scale} buổi tuyên truyền pháp luật về biên giới cho nhân dân khu vực biên giới.`,
    '5.3': `Thực hiện chuỗi tin, bài, chương trình đặc biệt chào mừng các ngày lễ lớn; ${n(20, 60, 'k') * scale} tin, bài bằng tiếng Việt, tiếng Anh, tiếng Trung và tiếng Tày, Dao, Mông.`,
    '6': `Phối hợp tuyên truyền về công tác dân tộc, chính sách đối với vùng đồng bào dân tộc thiểu số và miền núi; ${n(2, 8, 'l') * scale} hoạt động tại cơ sở.`,
    '7.1': `Biên soạn, phát hành ấn phẩm giới thiệu văn hóa, du lịch Tuyên Quang; cập nhật Cổng Thông tin điện tử du lịch.`,
    '7.2': `Xây dựng bộ tài liệu song ngữ Việt - Anh giới thiệu môi trường đầu tư; phát hành ${n(500, 2000, 'm')} cuốn tại các hội nghị xúc tiến đầu tư.`,
    '7.3': `Giới thiệu sản phẩm OCOP, chè Shan tuyết, cam sành Hàm Yên tại ${n(1, 4, 'n') * scale} hội chợ, triển lãm trong và ngoài nước.`,
    '7.4': `Lồng ghép thông tin đối ngoại trong ${n(2, 6, 'o') * scale} hoạt động đối ngoại, tiếp đón đoàn khách quốc tế; giới thiệu tiềm năng hợp tác với các địa phương Trung Quốc.`,
    '7.5': `Tổ chức, tham gia ${n(1, 3, 'p') * scale} sự kiện văn hóa, thể thao, du lịch quy mô khu vực, quốc gia có nội dung quảng bá hình ảnh tỉnh.`,
  };
  const doneText = byCode[code] ?? `Triển khai nội dung “${title.slice(0, 80)}” theo chức năng, nhiệm vụ của ${agency}.`;
  const continuous = !['7.1', '7.2', '7.3', '7.5', '2.2'].includes(code);
  const status: LineStatus = continuous ? 'continuing' : isAnnual || pick(key + 'st') > 0.5 ? 'done' : 'in-progress';
  const resultsText = kind === 'commune-committee'
    ? 'Thông tin đến được với người dân qua hệ thống loa truyền thanh cơ sở và trang Zalo của xã.'
    : pick(key + 'r') > 0.5 ? 'Đạt yêu cầu đề ra; nội dung được cơ quan báo chí trung ương và địa phương đăng lại.' : '';
  return { status, doneText, resultsText };
}

/** Indicator figures by kind of agency; the half-year ones are about 45 % of the year's. */
function figures(kind: string, key: string, factor: number): Array<{ code: string; breakdownKey: string; value: number }> {
  const v = (lo: number, hi: number, salt: string) => Math.max(0, Math.round((lo + pick(key + salt) * (hi - lo)) * factor));
  const out: Array<{ code: string; breakdownKey: string; value: number }> = [{ code: 'DIR_DOCS', breakdownKey: '', value: v(1, 6, 'd') }];
  if (kind === 'press-agency') {
    out.push(
      { code: 'NEWS_BY_CHANNEL', breakdownKey: 'print', value: v(150, 400, 'p') }, { code: 'NEWS_BY_CHANNEL', breakdownKey: 'online', value: v(600, 1500, 'o') },
      { code: 'NEWS_BY_CHANNEL', breakdownKey: 'radio', value: v(100, 300, 'r') }, { code: 'NEWS_BY_CHANNEL', breakdownKey: 'tv', value: v(120, 350, 't') },
      { code: 'NEWS_BY_LANGUAGE', breakdownKey: 'vi', value: v(900, 2000, 'lv') }, { code: 'NEWS_BY_LANGUAGE', breakdownKey: 'en', value: v(20, 80, 'le') },
      { code: 'NEWS_BY_LANGUAGE', breakdownKey: 'zh', value: v(10, 50, 'lz') }, { code: 'BROADCAST_PROGRAMMES', breakdownKey: 'tay', value: v(40, 100, 'bt') },
      { code: 'BROADCAST_PROGRAMMES', breakdownKey: 'dao', value: v(40, 100, 'bd') }, { code: 'BROADCAST_PROGRAMMES', breakdownKey: 'hmn', value: v(40, 100, 'bh') },
      { code: 'COLUMNS', breakdownKey: '', value: Math.max(1, Math.round(v(3, 8, 'c') / factor)) }, { code: 'CONTEST_ENTRIES', breakdownKey: '', value: v(2, 12, 'ce') },
      { code: 'FALSE_INFO_REBUTTED', breakdownKey: '', value: v(10, 40, 'f') },
    );
  } else if (kind === 'commune-committee' || kind === 'district-committee') {
    out.push({ code: 'NEWS_BY_CHANNEL', breakdownKey: 'social', value: v(10, 60, 's') }, { code: 'EVENTS', breakdownKey: '', value: v(1, 5, 'e') }, { code: 'BUDGET_SPENT', breakdownKey: '', value: Math.round(v(5, 40, 'b') * 10) / 10 });
  } else {
    out.push({ code: 'EVENTS', breakdownKey: '', value: v(1, 8, 'e') }, { code: 'TRAINING_PARTICIPANTS', breakdownKey: '', value: v(20, 150, 't') }, { code: 'BUDGET_SPENT', breakdownKey: '', value: Math.round(v(10, 150, 'b') * 10) / 10 });
  }
  return out;
}

/** The extra figures of the agencies whose tasks produce them. */
const SPECIAL_FIGURES: Record<string, (f: number) => Array<{ code: string; breakdownKey: string; value: number }>> = {
  'Sở Ngoại vụ': (f) => [{ code: 'FOREIGN_REPORTERS', breakdownKey: '', value: Math.round(46 * f) }, { code: 'FOREIGN_DELEGATIONS', breakdownKey: '', value: Math.round(38 * f) }],
  'Văn phòng Ủy ban nhân dân tỉnh': (f) => [{ code: 'PRESS_CONFERENCES', breakdownKey: 'periodic', value: Math.round(4 * f) }, { code: 'PRESS_CONFERENCES', breakdownKey: 'ad-hoc', value: Math.round(2 * f) }, { code: 'PRESS_RELEASES', breakdownKey: '', value: Math.round(24 * f) }],
  'Sở Văn hóa, Thể thao và Du lịch': (f) => [{ code: 'PUBLICATIONS', breakdownKey: 'vi', value: Math.round(6 * f) }, { code: 'PUBLICATIONS', breakdownKey: 'en', value: Math.round(3 * f) }, { code: 'PUBLICATION_COPIES', breakdownKey: 'vi', value: Math.round(12000 * f) }, { code: 'PUBLICATION_COPIES', breakdownKey: 'en', value: Math.round(4000 * f) }, { code: 'SOVEREIGNTY_CASES', breakdownKey: '', value: Math.round(3 * f) }],
};

/**
 * Writes the reports of one period in bulk (rows, lines, figures, a version snapshot each) with the
 * timestamps of the story; a handful of flows go through the real commands elsewhere. One audit
 * row records the bulk load.
 */
async function writeReports(ctx: RequestContext, period: Period, outcome: (agency: string, kind: string) => Outcome) {
  const tx = ctx.db as unknown as Tx;
  const rows = await tx.select({ o: obligations, name: agencies.name, kind: agencies.kind }).from(obligations).innerJoin(agencies, eq(agencies.id, obligations.agencyId)).where(eq(obligations.periodId, period.id));
  const taskRows = await tx.select({ id: tasks.id, code: tasks.code, title: tasks.title }).from(tasks).where(eq(tasks.planId, period.planId));
  const taskById = new Map(taskRows.map((t) => [t.id, t]));
  const indicatorIds = new Map((await tx.select({ id: indicators.id, code: indicators.code }).from(indicators)).map((i) => [i.code, i.id]));
  const isAnnual = period.kind === 'annual';
  let written = 0;
  for (const row of rows) {
    const result = outcome(row.name, row.kind);
    if (result.kind === 'missing') continue;
    const sent = result.kind === 'sent' ? at(result.on, 8 + Math.floor(pick(row.name) * 8)) : null;
    const [s] = await tx.insert(submissions).values({
      periodId: period.id, agencyId: row.o.agencyId, status: sent ? (result.kind === 'sent' && result.accepted ? 'accepted' : 'submitted') : 'draft', version: sent ? 3 : 1,
      difficulties: period.kind === 'agency-plan' ? '' : 'Cán bộ làm công tác thông tin đối ngoại kiêm nhiệm nhiều việc; kinh phí còn hạn chế; thiếu nhân lực biên dịch tiếng nước ngoài.',
      proposals: period.kind === 'agency-plan' ? '' : 'Đề nghị tổ chức tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ cấp xã; bố trí kinh phí sản xuất ấn phẩm song ngữ.',
      firstSubmittedAt: sent, submittedAt: sent, approvedAt: sent, acceptedAt: result.kind === 'sent' && result.accepted ? at(period.locksOn, 15) : null,
      updatedAt: sent ?? at(period.dueOn),
    }).returning();
    const lines = row.o.taskIds.map((taskId) => {
      const task = taskById.get(taskId)!;
      const text = period.kind === 'agency-plan'
        ? { status: 'in-progress' as LineStatus, doneText: `Kế hoạch của cơ quan có nội dung triển khai nhiệm vụ ${task.code}: ${task.title.slice(0, 90)}.`, resultsText: '' }
        : lineText(row.kind, row.name, task.code, task.title, isAnnual, `${period.id}|${row.name}|${task.code}`);
      return { submissionId: s!.id, taskId, ...text, reviewStatus: (result.kind === 'sent' && result.accepted ? 'accepted' : 'pending') as 'accepted' | 'pending' };
    });
    if (lines.length) await tx.insert(submissionLines).values(lines);
    const values = period.kind === 'agency-plan' ? [] : [...figures(row.kind, `${period.id}|${row.name}`, isAnnual ? 1 : 0.45), ...(SPECIAL_FIGURES[row.name]?.(isAnnual ? 1 : 0.45) ?? [])];
    if (values.length) await tx.insert(submissionIndicatorValues).values(values.map((v) => ({ submissionId: s!.id, indicatorId: indicatorIds.get(v.code)!, breakdownKey: v.breakdownKey, value: v.value })));
    await tx.insert(submissionVersions).values({ submissionId: s!.id, version: s!.version, status: s!.status, snapshot: { demo: true, lines: lines.map((l) => ({ taskId: l.taskId, status: l.status, doneText: l.doneText })), indicatorValues: values }, createdAt: sent ?? at(period.dueOn) });
    written++;
  }
  await tx.insert(auditEvents).values({ at: ctx.clock.now(), actorName: 'system:demo', action: 'demo.load-submissions', subjectType: 'reporting_period', subjectId: String(period.id), after: { submissions: written } });
}

/** Focal officials for most agencies and spokespersons for most state bodies — a few left out on purpose. */
async function loadContacts(ctx: RequestContext, userIds: Record<string, number>) {
  const tx = ctx.db as unknown as Tx;
  const all = await tx.select().from(agencies).where(eq(agencies.province, 'Tuyên Quang'));
  const open = all.filter((a) => a.validTo === null);
  const skipLeader = new Set(['Tỉnh đoàn', 'Ủy ban nhân dân xã Mèo Vạc']);
  const skipOfficer = new Set(['Trung tâm Xúc tiến đầu tư', 'Ủy ban nhân dân xã Mèo Vạc', 'Ủy ban nhân dân phường Hà Giang 2', 'Hội Nông dân tỉnh']);
  const skipSpokesperson = new Set(['Sở Công Thương', 'Ủy ban nhân dân xã Đồng Văn', 'Ủy ban nhân dân xã Thượng Lâm']);
  const focal: Array<typeof focalOfficials.$inferInsert> = [];
  const speakers: Array<typeof spokespersons.$inferInsert> = [];
  for (const a of open) {
    const from = a.validFrom > '2025-01-01' ? a.validFrom : '2025-01-02';
    const domain = 'tuyenquang.gov.vn';
    const leader = personName(`${a.name}L`);
    if (!skipLeader.has(a.name)) focal.push({ agencyId: a.id, kind: 'leader', fullName: leader, position: a.kind === 'commune-committee' ? 'Phó Chủ tịch UBND' : a.kind === 'press-agency' ? 'Phó Tổng Biên tập' : 'Phó Giám đốc', phone: `0207 38${String(a.id).padStart(2, '0')} 1${a.id % 10}`, email: `ttdn.${a.id}@${domain}`, validFrom: from, userId: a.name.startsWith('Báo') ? userIds.baoLeader ?? null : a.name === 'Sở Ngoại vụ' ? userIds.ngoaiVuLeader ?? null : null });
    if (!skipOfficer.has(a.name)) {
      const officer = a.name === 'Sở Ngoại vụ' ? 'Lê Thị Lan' : a.name.startsWith('Báo') ? 'Trần Minh Đức' : personName(`${a.name}O`);
      focal.push({ agencyId: a.id, kind: 'officer', fullName: officer, position: a.kind === 'press-agency' ? 'Phóng viên' : 'Chuyên viên', phone: `09${String(12345678 + a.id * 7919).slice(-8)}`, email: `canbo.ttdn.${a.id}@${domain}`, validFrom: a.name === 'Sở Ngoại vụ' ? '2026-02-01' : from });
    }
    if (['department', 'province-committee', 'commune-committee'].includes(a.kind) && !skipSpokesperson.has(a.name)) {
      speakers.push({ agencyId: a.id, fullName: a.kind === 'department' ? personName(`${a.name}D`) : leader, title: a.kind === 'commune-committee' ? 'Chủ tịch Ủy ban nhân dân' : a.name.startsWith('Văn phòng') ? 'Chánh Văn phòng' : 'Giám đốc', phone: `0207 38${String(a.id).padStart(2, '0')} 00`, email: `phatngon.${a.id}@tuyenquang.gov.vn`, validFrom: from });
    }
  }
  // A dated change: Sở Ngoại vụ's officer was replaced on 01/02/2026; the predecessor's term ended the day before.
  const ngoaiVu = open.find((a) => a.name === 'Sở Ngoại vụ');
  if (ngoaiVu) focal.push({ agencyId: ngoaiVu.id, kind: 'officer', fullName: 'Đặng Quốc Phong', position: 'Chuyên viên', phone: '0912 004 117', email: 'dqphong@tuyenquang.gov.vn', validFrom: '2025-01-02', validTo: '2026-01-31' });
  await tx.insert(focalOfficials).values(focal);
  await tx.insert(spokespersons).values(speakers);
}

const OWN_PLAN_SO_NGOAI_VU = `KẾ HOẠCH
Công tác thông tin đối ngoại năm 2025 của Sở Ngoại vụ
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Triển khai hiệu quả Kế hoạch công tác thông tin đối ngoại năm 2025 của Ủy ban nhân dân tỉnh.
II. NHIỆM VỤ
1. Quản lý, hướng dẫn phóng viên, báo chí nước ngoài đến hoạt động tại tỉnh; thẩm định hồ sơ và bố trí cán bộ đi cùng.
a) Đơn vị chủ trì: Phòng Lãnh sự - Báo chí.
b) Thời gian thực hiện: Thường xuyên.
2. Thông tin đối ngoại thông qua các hoạt động kinh tế đối ngoại, xúc tiến đầu tư, thương mại và các diễn đàn song phương.
a) Đơn vị chủ trì: Phòng Hợp tác quốc tế.
b) Thời gian thực hiện: Thường xuyên.
3. Cung cấp thông tin cho báo chí về hoạt động đối ngoại của lãnh đạo tỉnh.
a) Đơn vị chủ trì: Văn phòng Sở.
b) Thời gian thực hiện: Thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Các phòng, đơn vị thuộc Sở triển khai thực hiện; báo cáo kết quả trước ngày 10/5/2025 và 10/11/2025.
GIÁM ĐỐC
`;

/**
 * The reporting story of the demo: regimes and periods of the 2025 plan (Q1 plans accepted, the
 * half-year mostly on time with late ones, one returned and resubmitted, one missing; the year
 * closed), focal officials and spokespersons with gaps, and the 2026 plan after the reorganisation
 * imported through the parser, with its annual reports partly in and partly overdue on 26/11/2026.
 */
export async function loadReportingDemo(ctx: RequestContext, options: { seedPlanId: number }): Promise<void> {
  const tx = ctx.db as unknown as Tx;
  const on = (date: string): RequestContext => ({ ...ctx, clock: createClock(date) });
  const byName = new Map((await tx.select({ id: agencies.id, name: agencies.name }).from(agencies)).map((a) => [a.name, a.id]));
  const idOf = (...names: string[]) => names.map((n) => byName.get(n)).find((id) => id !== undefined)!;
  const baoId = idOf('Báo và Phát thanh, Truyền hình Tuyên Quang', 'Báo Tuyên Quang');
  const ngoaiVuId = idOf('Sở Ngoại vụ');
  const baoLeader = await createUser(ctx, { username: 'lanhdaobao', displayName: 'Phạm Quang Huy (Báo và PT-TH Tuyên Quang)', password: 'demo', role: 'agency-leader', agencyId: baoId });
  const ngoaiVuLeader = await createUser(ctx, { username: 'lanhdaongoaivu', displayName: 'Vũ Thanh Tùng (Sở Ngoại vụ)', password: 'demo', role: 'agency-leader', agencyId: ngoaiVuId });
  await loadContacts(ctx, { baoLeader: baoLeader.id, ngoaiVuLeader: ngoaiVuLeader.id });

  const periodsOf = async (planId: number) => {
    await createRegimesFromPlan(ctx, planId);
    const rows = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.planId, planId));
    return Object.fromEntries(rows.map((p) => [p.kind, p])) as Record<'agency-plan' | 'semiannual' | 'annual', Period>;
  };
  const sentOn = (period: Period, agency: string, lateShare: number, accepted: boolean): Outcome => {
    const r = pick(`${period.id}${agency}`);
    const onTime = r >= lateShare;
    // On-time reports arrive in the last week; late ones within the grace days.
    const day = onTime ? addCalendarDays(period.dueOn, -Math.floor(r * 6)) : addCalendarDays(period.dueOn, 1 + Math.floor(r * 4));
    return { kind: 'sent', on: day, accepted };
  };

  // 2025 — the seed plan.
  const p25 = await periodsOf(options.seedPlanId);
  await writeReports(ctx, p25['agency-plan'], (name) => (name === 'Sở Ngoại vụ' || name.startsWith('Ủy ban nhân dân huyện Lâm') ? { kind: name === 'Sở Ngoại vụ' ? 'draft' : 'missing' } : sentOn(p25['agency-plan'], name, 0.15, true)));
  const [ngoaiVuPlan] = await tx.select().from(submissions).where(and(eq(submissions.periodId, p25['agency-plan'].id), eq(submissions.agencyId, ngoaiVuId)));
  if (ngoaiVuPlan) {
    await uploadOwnPlan(on('2025-03-20'), { submissionId: ngoaiVuPlan.id, filename: 'ke-hoach-ttdn-2025-so-ngoai-vu.txt', bytes: new TextEncoder().encode(OWN_PLAN_SO_NGOAI_VU) });
    await approveReport(on('2025-03-24'), ngoaiVuPlan.id);
    await submitReport(on('2025-03-24'), ngoaiVuPlan.id);
    await acceptReport(on('2025-04-02'), ngoaiVuPlan.id);
  }
  const semi25 = p25.semiannual;
  await writeReports(ctx, semi25, (name) => (name === 'Ủy ban nhân dân huyện Lâm Bình' ? { kind: 'missing' } : name === 'Sở Công Thương' ? { kind: 'sent', on: '2025-05-12', accepted: false } : sentOn(semi25, name, 0.12, true)));
  const congThuong = idOf('Sở Công Thương');
  const [ct] = await tx.select().from(submissions).where(and(eq(submissions.periodId, semi25.id), eq(submissions.agencyId, congThuong)));
  const [ctLine] = await tx.select().from(submissionLines).where(and(eq(submissionLines.submissionId, ct!.id), inArray(submissionLines.taskId, await taskIdsByCode(tx, options.seedPlanId, ['7.3']))));
  await returnReport(on('2025-05-16'), ct!.id, { reason: 'Đề nghị bổ sung số liệu cụ thể về ấn phẩm xúc tiến thương mại.', comments: [{ taskId: ctLine!.taskId, comment: 'Nêu rõ số lượng ấn phẩm, ngôn ngữ và số bản phát hành.' }] });
  const afterReturn = await tx.select().from(submissions).where(eq(submissions.id, ct!.id));
  await saveDraft(on('2025-05-19'), { periodId: semi25.id, agencyId: congThuong, version: afterReturn[0]!.version, lines: [{ taskId: ctLine!.taskId, status: 'in-progress', doneText: 'Phát hành 02 ấn phẩm giới thiệu sản phẩm OCOP (tiếng Việt, tiếng Anh), 3.000 bản; giới thiệu tại Hội chợ Thương mại quốc tế Việt - Trung (Lào Cai).', resultsText: 'Kết nối 12 doanh nghiệp với đối tác nước ngoài.' }] });
  await approveReport(on('2025-05-19'), ct!.id);
  await submitReport(on('2025-05-19'), ct!.id);
  await acceptReport(on('2025-05-26'), ct!.id);

  const annual25 = p25.annual;
  await writeReports(ctx, annual25, (name) => (name === 'Ủy ban nhân dân xã Mèo Vạc' ? { kind: 'missing' } : sentOn(annual25, name, 0.1, true)));
  await tx.update(reportingPeriods).set({ closedAt: at('2025-12-05', 16) }).where(inArray(reportingPeriods.id, [p25['agency-plan'].id, semi25.id, annual25.id]));

  // 2026 — the plan after the reorganisation, imported through the parser like any uploaded plan.
  const { parsePlanText } = await import('../documents/plan-parser/index.js');
  const bytes = new Uint8Array(await readFile(PLAN_2026_PATH));
  const parsed = parsePlanText(new TextDecoder().decode(bytes));
  const { planId } = await importPlan(on('2026-01-12'), parsed, { province: 'Tuyên Quang', source: { filename: 'ke-hoach-ttdn-tuyen-quang-2026.txt', mimeType: 'text/plain', bytes } });
  await tx.update(plans).set({ status: 'issued', issuedOn: '2026-01-12', number: '12/KH-UBND' }).where(eq(plans.id, planId));
  const p26 = await periodsOf(planId);
  await writeReports(ctx, p26['agency-plan'], (name) => (['Ủy ban nhân dân xã Mèo Vạc', 'Ủy ban nhân dân xã Đồng Văn'].includes(name) ? { kind: 'missing' } : sentOn(p26['agency-plan'], name, 0.2, true)));
  await writeReports(ctx, p26.semiannual, (name) => (name === 'Ủy ban nhân dân xã Mèo Vạc' ? { kind: 'missing' } : sentOn(p26.semiannual, name, 0.15, true)));
  const annual26 = p26.annual;
  await writeReports(ctx, annual26, (name, kind) => {
    const r = pick(`annual26${name}`);
    if (name.startsWith('Báo')) return { kind: 'draft' };
    if (name === 'Sở Ngoại vụ' || name === 'Văn phòng Ủy ban nhân dân tỉnh') return { kind: 'sent', on: '2026-11-12', accepted: false };
    if (kind === 'commune-committee') return r < 0.45 ? { kind: 'missing' } : r < 0.6 ? { kind: 'draft' } : sentOn(annual26, name, 0.3, false);
    return r < 0.2 ? { kind: 'missing' } : sentOn(annual26, name, 0.2, r > 0.7);
  });
  // The merged press agency asked for more time: its entry stays open until 30/11/2026.
  await tx.insert(periodExceptions).values({ periodId: annual26.id, agencyId: baoId, extendedTo: '2026-11-30', reason: 'Sáp nhập bộ phận biên tập; chờ số liệu phát thanh tiếng dân tộc.' });
}

function addCalendarDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function taskIdsByCode(tx: Tx, planId: number, codes: string[]): Promise<number[]> {
  return (await tx.select({ id: tasks.id }).from(tasks).where(and(eq(tasks.planId, planId), inArray(tasks.code, codes)))).map((t) => t.id);
}
