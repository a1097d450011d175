/**
 * The demo's money and products: allocations for 2025 and 2026 from the provincial and central
 * estimates and a sponsor, payments with their vouchers, one request beyond the estimate in each
 * state of its workflow (dated so the working-day deadlines fall as they would), two publications
 * that are activities already in the record (so no figure is counted twice) and the Happy Vietnam
 * entries the province sent. Everything goes through the commands, on the day it happened.
 */

import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { createClock, type RequestContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { activities, activityOutputs } from '../db/schema/activities.js';
import { agencies } from '../db/schema/organisations.js';
import { plans, tasks } from '../db/schema/plans.js';
import { publications } from '../db/schema/publications.js';
import { indicators } from '../db/schema/reporting.js';
import { createAllocation } from '../features/budget/create-allocation.js';
import { draftBudgetRequest } from '../features/budget/draft-budget-request.js';
import { recordSpending } from '../features/budget/record-spending.js';
import { transitionBudgetRequest } from '../features/budget/transition-budget-request.js';
import { addContestEntry, createContest, setContestResult } from '../features/publications/contests.js';

const SVH = 'Sở Văn hóa, Thể thao và Du lịch';
const BAO = 'Báo và Phát thanh, Truyền hình Tuyên Quang';
const SNV = 'Sở Ngoại vụ';

/** Allocations: [year, task position in that year's plan, agency, source, đồng, decision, payments]. */
const ALLOCATIONS: Array<
  [number, number, string, 'provincial' | 'central' | 'other', number, string, Array<[string, number, string, string]>]
> = [
  [
    2025,
    0,
    SVH,
    'provincial',
    250_000_000,
    'QĐ 2468/QĐ-UBND ngày 20/12/2024',
    [
      ['2025-04-15', 120_000_000, 'Hội nghị tập huấn công tác TTĐN cho cán bộ cơ sở', 'HĐ 05/2025/HĐ-SVH'],
      ['2025-10-08', 95_500_000, 'Triển lãm ảnh “Tuyên Quang – 80 năm”', 'HĐ 19/2025/HĐ-SVH'],
    ],
  ],
  [
    2025,
    1,
    BAO,
    'provincial',
    180_000_000,
    'QĐ 2468/QĐ-UBND ngày 20/12/2024',
    [
      ['2025-06-30', 90_000_000, 'Chuyên mục đối ngoại trên sóng truyền hình (6 tháng)', 'HĐ 11/2025'],
      ['2025-12-15', 88_750_000, 'Chuyên mục đối ngoại trên sóng truyền hình (6 tháng cuối năm)', 'HĐ 27/2025'],
    ],
  ],
  [
    2025,
    2,
    SNV,
    'central',
    120_000_000,
    'QĐ 1012/QĐ-BNG (hỗ trợ địa phương)',
    [['2025-09-12', 110_000_000, 'Ấn phẩm giới thiệu tỉnh bằng tiếng Anh, tiếng Trung', 'HĐ 08/2025/SNV']],
  ],
  [
    2026,
    0,
    SVH,
    'provincial',
    300_000_000,
    'QĐ 2790/QĐ-UBND ngày 18/12/2025',
    [
      ['2026-03-20', 140_000_000, 'Hội nghị tập huấn công tác TTĐN năm 2026', 'HĐ 04/2026/HĐ-SVH'],
      ['2026-09-02', 62_000_000, 'Tờ gấp song ngữ dịp Quốc khánh 2/9', 'HĐ 15/2026/HĐ-SVH'],
    ],
  ],
  [
    2026,
    1,
    BAO,
    'provincial',
    200_000_000,
    'QĐ 2790/QĐ-UBND ngày 18/12/2025',
    [['2026-06-30', 96_000_000, 'Chuyên mục đối ngoại trên sóng truyền hình (6 tháng)', 'HĐ 10/2026']],
  ],
  [2026, 2, SNV, 'central', 150_000_000, 'QĐ 0815/QĐ-BNG (hỗ trợ địa phương)', []],
  [
    2026,
    3,
    SVH,
    'other',
    80_000_000,
    'Tài trợ của Hiệp hội Du lịch tỉnh',
    [['2026-10-10', 35_000_000, 'Famtrip cho phóng viên nước ngoài', 'Biên bản tài trợ 02/2026']],
  ],
];

/** Requests beyond the estimate: one per state, each with the dates of its steps. */
const REQUESTS: Array<{
  year: number;
  task: number;
  agency: string;
  amount: number;
  reason: string;
  drafted: string;
  submitted?: string;
  appraised?: [string, number, string];
  decided?: [string, 'approve' | 'partial' | 'refuse', number | null, string];
}> = [
  {
    year: 2025,
    task: 2,
    agency: SNV,
    amount: 60_000_000,
    reason: 'In thêm ấn phẩm tiếng Trung phục vụ hội chợ thương mại biên giới.',
    drafted: '2025-07-01',
    submitted: '2025-07-03',
    appraised: ['2025-07-15', 40_000_000, 'Đề nghị bổ sung 40 triệu đồng từ nguồn dự phòng.'],
    decided: ['2025-07-22', 'partial', 40_000_000, 'QĐ 1456/QĐ-UBND'],
  },
  {
    year: 2026,
    task: 1,
    agency: BAO,
    amount: 90_000_000,
    reason: 'Sản xuất phóng sự song ngữ về Năm Du lịch quốc gia cho kênh đối ngoại.',
    drafted: '2026-05-04',
    submitted: '2026-05-06',
    appraised: ['2026-05-18', 90_000_000, 'Thống nhất mức đề nghị.'],
    decided: ['2026-05-25', 'approve', null, 'QĐ 987/QĐ-UBND'],
  },
  {
    year: 2026,
    task: 0,
    agency: SVH,
    amount: 70_000_000,
    reason: 'Tổ chức thêm một hội nghị tập huấn cho các xã sau sắp xếp đơn vị hành chính.',
    drafted: '2026-08-10',
    submitted: '2026-08-11',
    appraised: ['2026-08-24', 0, 'Nhiệm vụ đã có trong dự toán được giao; đề nghị cân đối.'],
    decided: ['2026-09-01', 'refuse', null, 'CV 3120/UBND-KT'],
  },
  {
    year: 2026,
    task: 3,
    agency: SVH,
    amount: 45_000_000,
    reason: 'Đón đoàn phóng viên quốc tế dự Lễ hội Thành Tuyên 2026.',
    drafted: '2026-10-05',
    submitted: '2026-10-06',
    appraised: ['2026-10-20', 45_000_000, 'Thống nhất, đề nghị UBND tỉnh xem xét.'],
  },
  {
    year: 2026,
    task: 2,
    agency: SNV,
    amount: 35_000_000,
    reason: 'Dịch và in ấn phẩm giới thiệu đầu tư sang tiếng Hàn.',
    drafted: '2026-11-25',
    submitted: '2026-11-27',
  },
  {
    year: 2026,
    task: 1,
    agency: BAO,
    amount: 25_000_000,
    reason: 'Chuyên mục “Tuyên Quang trong mắt bạn bè quốc tế” năm 2027 (chuẩn bị trước).',
    drafted: '2026-12-01',
  },
];

const HAPPY_VIETNAM_ENTRIES: Array<[string, string, string, string, string, string]> = [
  ['Tháng 7', 'Mùa lúa chín trên ruộng bậc thang Hoàng Su Phì', 'Nguyễn Văn Hưng', 'Ảnh', '2025-07-20', ''],
  ['Tháng 8', 'Nụ cười Lô Lô Chải', 'Hoàng Thị Mai', 'Ảnh', '2025-08-18', 'Giải tháng'],
  ['Tháng 8', 'Phiên chợ vùng cao Đồng Văn', 'Lý Văn Sình', 'Video', '2025-08-25', ''],
  ['Chung khảo', 'Đêm hội Thành Tuyên', 'Trần Quốc Khánh', 'Video', '2025-09-28', 'Giải Khuyến khích'],
  ['Chung khảo', 'Cột cờ Lũng Cú – nơi bắt đầu Tổ quốc', 'Phạm Minh Tuấn', 'Ảnh', '2025-09-29', 'Giải Ba'],
];

/** Loads the budget, publications and contests story; called by the demo loader inside its transaction. */
export async function loadBudgetDemo(ctx: RequestContext): Promise<void> {
  const tx = ctx.db as unknown as Tx;
  const on = (date: string): RequestContext => ({ ...ctx, clock: createClock(date) });
  const agencyRows = await tx.select({ id: agencies.id, name: agencies.name }).from(agencies);
  const agencyId = (name: string) => agencyRows.find((a) => a.name === name)!.id;
  const taskOf = async (year: number, position: number) => {
    const list = await tx
      .select({ id: tasks.id })
      .from(tasks)
      .innerJoin(plans, eq(plans.id, tasks.planId))
      .where(and(eq(plans.year, year), ne(plans.status, 'draft')))
      .orderBy(asc(plans.id), asc(tasks.position));
    return list[position]!.id;
  };
  for (const [year, position, agency, source, amount, decisionRef, payments] of ALLOCATIONS) {
    const allocation = await createAllocation(on(`${year - 1}-12-22`), {
      year,
      taskId: await taskOf(year, position),
      agencyId: agencyId(agency),
      source,
      sourceNote: source === 'other' ? 'Nguồn xã hội hóa' : '',
      amountDong: amount,
      decisionRef,
    });
    for (const [spentOn, paid, description, documentRef] of payments) {
      await recordSpending(on(spentOn), allocation.id, { spentOn, amountDong: paid, description, documentRef });
    }
  }
  for (const r of REQUESTS) {
    const draft = await draftBudgetRequest(on(r.drafted), {
      year: r.year,
      taskId: await taskOf(r.year, r.task),
      agencyId: agencyId(r.agency),
      source: 'provincial',
      amountDong: r.amount,
      reason: r.reason,
    });
    if (!r.submitted) continue;
    await transitionBudgetRequest(on(r.submitted), draft.id, 'submit', { version: 1 });
    if (!r.appraised) continue;
    const [appraisedOn, appraisedAmount, opinion] = r.appraised;
    await transitionBudgetRequest(on(appraisedOn), draft.id, 'appraise', {
      version: 2,
      opinion,
      amountDong: appraisedAmount,
    });
    if (!r.decided) continue;
    const [decidedOn, decision, granted, ref] = r.decided;
    await transitionBudgetRequest(on(decidedOn), draft.id, decision, {
      version: 3,
      amountDong: granted,
      decisionRef: ref,
    });
  }
  await loadPublicationsDemo(tx);
  const contest = await createContest(on('2025-05-22'), {
    name: 'Giải thưởng truyền thông “Việt Nam hạnh phúc – Happy Vietnam” 2025',
    edition: 'Lần thứ 3',
    organiser: 'Bộ VHTTDL, Hội Nghệ sĩ Nhiếp ảnh Việt Nam, Đài Truyền hình Việt Nam',
    year: 2025,
    rounds: [
      { name: 'Tháng 7', closesOn: '2025-07-31' },
      { name: 'Tháng 8', closesOn: '2025-08-31' },
      { name: 'Chung khảo', closesOn: '2025-09-30' },
    ],
  });
  for (const [round, title, author, category, sentOn, result] of HAPPY_VIETNAM_ENTRIES) {
    const after = await addContestEntry(on(sentOn), contest.id, {
      round,
      title,
      author,
      category,
      agencyId: agencyId(SVH),
      sentOn,
    });
    if (result) await setContestResult(on('2025-11-20'), contest.id, after.entries.at(-1)!.id, result);
  }
}

/** How a title names its edition's language (the demo's titles say which languages they were printed in). */
const EDITION_NAMES: Record<string, string> = {
  vi: 'Việt',
  en: 'Anh',
  zh: 'Trung',
  tay: 'Tày',
  dao: 'Dao',
  hmn: "H'Mông",
};

/**
 * Two of the record's publication activities (2025 and 2026) get their publication details: the
 * editions follow the copies the activity already counts, so the figures stay those of the record.
 */
async function loadPublicationsDemo(tx: Tx): Promise<void> {
  const details = [
    { year: '2025', title: 'Tuyên Quang – Điểm đến của bạn', kind: 'book' as const },
    { year: '2026', title: 'Tờ gấp “Tuyên Quang – 80 năm Thủ đô kháng chiến”', kind: 'leaflet' as const },
  ];
  const list = await tx
    .select({ id: activities.id, startsOn: activities.startsOn })
    .from(activities)
    .where(eq(activities.kind, 'publication'))
    .orderBy(asc(activities.startsOn), asc(activities.id));
  const outputs = list.length
    ? await tx
        .select({
          activityId: activityOutputs.activityId,
          code: indicators.code,
          key: activityOutputs.breakdownKey,
          value: activityOutputs.value,
        })
        .from(activityOutputs)
        .innerJoin(indicators, eq(indicators.id, activityOutputs.indicatorId))
        .where(
          inArray(
            activityOutputs.activityId,
            list.map((a) => a.id),
          ),
        )
    : [];
  for (const d of details) {
    // A printed title: the year's first publication activity that counts copies (its languages name the edition).
    const ofYear = list.filter((a) => a.startsOn.startsWith(d.year));
    const printed = (id: number) =>
      outputs.some((o) => o.activityId === id && o.code === 'PUBLICATION_COPIES' && o.value > 0);
    const activity = ofYear.find((a) => printed(a.id)) ?? ofYear[0];
    if (!activity) continue;
    const own = outputs.filter((o) => o.activityId === activity.id);
    const copies = own.filter((o) => o.code === 'PUBLICATION_COPIES');
    const languages = [...new Set([...own.filter((o) => o.code === 'PUBLICATIONS'), ...copies].map((o) => o.key))];
    const editions = (languages.length ? languages : ['vi']).map((language) => ({
      language,
      copies: copies.filter((c) => c.key === language).reduce((n, c) => n + c.value, 0),
    }));
    const named = editions.map((e) => EDITION_NAMES[e.language] ?? e.language).join(' – ');
    await tx
      .update(activities)
      .set({ title: `${d.title} (${editions.length > 1 ? 'song ngữ ' : 'tiếng '}${named})` })
      .where(eq(activities.id, activity.id));
    await tx.insert(publications).values({
      activityId: activity.id,
      kind: d.kind,
      editions,
      distribution: ['Bộ Ngoại giao', 'Các cơ quan đại diện Việt Nam ở nước ngoài', 'Cửa khẩu quốc tế Thanh Thủy'],
    });
  }
}
