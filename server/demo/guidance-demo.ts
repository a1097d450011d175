/**
 * The demo's guidance and calendar: three festivals (two on lunar dates), two campaigns with expected
 * outputs per press agency, and three guidance notes — one acknowledged by every recipient, one past its
 * due date with receipts missing, one just issued — each written through the real commands.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { createClock, type RequestContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { guidanceRecipients } from '../db/schema/guidance.js';
import { agencies, agencyGroups } from '../db/schema/organisations.js';
import { responseCases } from '../db/schema/response.js';
import { users } from '../db/schema/system.js';
import { createCampaign, createFestival } from '../features/calendar-events/create-event.js';
import { acknowledgeGuidance } from '../features/guidance/acknowledge-guidance.js';
import { issueGuidance } from '../features/guidance/issue-guidance.js';
import { openGuidance } from '../features/guidance/open-guidance.js';

const PRESS = 'Báo và Phát thanh, Truyền hình Tuyên Quang';

type UserRow = typeof users.$inferSelect;

function actorOf(user: UserRow) {
  return {
    kind: 'user' as const,
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    provinceId: user.provinceId,
    agencyId: user.agencyId,
    agencyScope: user.agencyId === null ? [] : [user.agencyId],
  };
}

/** Loads the guidance and calendar story; called by the demo loader inside its transaction. */
export async function loadGuidanceDemo(ctx: RequestContext): Promise<void> {
  const tx = ctx.db as unknown as Tx;
  const agencyRows = await tx.select({ id: agencies.id, name: agencies.name }).from(agencies);
  const agencyId = (name: string) => {
    const found = agencyRows.find((a) => a.name === name);
    if (!found) throw new Error(`guidance demo: unknown agency ${name}`);
    return found.id;
  };
  const [pressGroup] = await tx.select().from(agencyGroups).where(eq(agencyGroups.name, 'Các cơ quan báo chí'));
  const [coordinatorRow] = await tx.select().from(users).where(eq(users.username, 'dieuphoi'));
  const staff = await tx
    .select()
    .from(users)
    .where(inArray(users.role, ['agency-officer', 'agency-leader']));
  const coordinator = (date: string): RequestContext => ({
    ...ctx,
    clock: createClock(date),
    actor: actorOf(coordinatorRow!),
  });
  const asStaff = (user: UserRow, date: string): RequestContext => ({
    ...ctx,
    clock: createClock(date),
    actor: actorOf(user),
  });

  for (const f of [
    {
      name: 'Lễ hội Thành Tuyên',
      calendar: 'lunar' as const,
      month: 8,
      day: 14,
      days: 3,
      place: 'Trung tâm tỉnh Tuyên Quang',
    },
    { name: 'Chợ tình Khâu Vai', calendar: 'lunar' as const, month: 3, day: 26, days: 2, place: 'Xã Khâu Vai' },
    {
      name: 'Ngày hội Văn hóa, Thể thao và Du lịch các dân tộc tỉnh',
      calendar: 'solar' as const,
      month: 11,
      day: 20,
      days: 3,
      place: 'Tuyên Quang',
    },
  ]) {
    await createFestival(coordinator('2025-01-06'), { ...f, organiserId: agencyId('Sở Văn hóa, Thể thao và Du lịch') });
  }
  await createCampaign(coordinator('2025-07-15'), {
    title: 'Đợt tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 02/9',
    anniversaryKey: 'national-day',
    startsOn: '2025-08-01',
    endsOn: '2025-09-05',
    description: 'Tuyên truyền trên báo in, phát thanh, truyền hình và nền tảng số, có tin bài tiếng Anh, tiếng Trung.',
    outputs: [
      { agencyId: agencyId(PRESS), code: 'NEWS_BY_LANGUAGE', expected: 60 },
      { agencyId: agencyId('Tạp chí Văn nghệ Tuyên Quang'), code: 'NEWS_BY_LANGUAGE', expected: 8 },
    ],
  });
  await createCampaign(coordinator('2026-11-16'), {
    title: 'Đợt tuyên truyền kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam',
    anniversaryKey: 'people-army',
    startsOn: '2026-12-01',
    endsOn: '2026-12-22',
    outputs: [{ agencyId: agencyId(PRESS), code: 'NEWS_BY_LANGUAGE', expected: 25 }],
  });

  // 1. April 2025: acknowledged by every recipient.
  const april = await issueGuidance(coordinator('2025-04-02'), {
    number: '12/HD-SVHTTDL',
    title: 'Tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)',
    body: [
      'Tập trung thông tin về ý nghĩa lịch sử của Chiến dịch Hồ Chí Minh và thành tựu 50 năm xây dựng, phát triển của tỉnh.',
      'Tăng thời lượng tin, bài bằng tiếng Anh, tiếng Trung trên Cổng Thông tin điện tử tỉnh và các nền tảng số; chủ động phản bác thông tin sai lệch.',
    ].join('\n'),
    groupIds: pressGroup ? [pressGroup.id] : [],
    agencyIds: [agencyId('Sở Ngoại vụ')],
    anniversaryKey: 'liberation',
  });
  for (const r of april.recipientList) await acknowledgeAll(tx, april.id, r.agencyId, '2025-04-04', staff, asStaff);

  // 2. November 2026, about a case: past its due date, two agencies have not opened it.
  const [rumour] = await tx
    .select()
    .from(responseCases)
    .where(eq(responseCases.title, 'Tin đồn tăng gấp đôi phí, lệ phí sau sáp nhập tỉnh'));
  const november = await issueGuidance(coordinator('2026-11-20'), {
    number: '41/HD-SVHTTDL',
    title: 'Thông tin chính thức về phí, lệ phí sau sắp xếp đơn vị hành chính',
    body: 'Dẫn nguồn thông tin chính thức của Ủy ban nhân dân tỉnh; không đăng lại nội dung tin đồn; hướng dẫn người dân tra cứu trên Cổng Thông tin điện tử tỉnh.',
    agencyIds: [agencyId(PRESS), agencyId('Sở Ngoại vụ'), agencyId('Công an tỉnh'), agencyId('Sở Tài chính')],
    caseId: rumour?.id ?? null,
  });
  const ngoaiVu = staff.find((u) => u.agencyId === agencyId('Sở Ngoại vụ'));
  if (ngoaiVu)
    await acknowledgeGuidance(
      asStaff(ngoaiVu, '2026-11-23'),
      november.id,
      'Đã triển khai tới phòng Thông tin đối ngoại.',
    );
  const pressStaff = staff.find((u) => u.agencyId === agencyId(PRESS));
  if (pressStaff) await openGuidance(asStaff(pressStaff, '2026-11-24'), november.id);

  // 3. December 2026: the People's Army anniversary, just issued, read by the press.
  const december = await issueGuidance(coordinator('2026-12-03'), {
    number: '44/HD-SVHTTDL',
    title: 'Tuyên truyền kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026)',
    body: 'Tuyên truyền truyền thống “Bộ đội Cụ Hồ”, hoạt động đối ngoại quốc phòng và bảo vệ biên giới của tỉnh.',
    groupIds: pressGroup ? [pressGroup.id] : [],
    agencyIds: [agencyId('Bộ Chỉ huy Quân sự tỉnh')],
    anniversaryKey: 'people-army',
    acknowledgeWithinDays: 5,
  });
  if (pressStaff) await openGuidance(asStaff(pressStaff, '2026-12-04'), december.id);
}

/**
 * One recipient acknowledges: through the command as its own officer where the demo has one, else
 * written directly (the demo has accounts for few agencies).
 */
async function acknowledgeAll(
  tx: Tx,
  noteId: number,
  agencyId: number,
  date: string,
  staff: UserRow[],
  asStaff: (user: UserRow, date: string) => RequestContext,
) {
  const user = staff.find((u) => u.agencyId === agencyId);
  if (user) {
    await acknowledgeGuidance(asStaff(user, date), noteId, '');
    return;
  }
  const at = createClock(date).now();
  await tx
    .update(guidanceRecipients)
    .set({ readAt: at, acknowledgedAt: at })
    .where(and(eq(guidanceRecipients.noteId, noteId), eq(guidanceRecipients.agencyId, agencyId)));
}
