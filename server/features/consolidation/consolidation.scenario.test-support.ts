/**
 * One hand-computed semiannual period on the demo plan, shared by the consolidation tests.
 *
 * Obligated: Sở Ngoại vụ, Báo Tuyên Quang, Sở Tư pháp, Sở Y tế, Sở Nội vụ, Sở Công Thương, Sở Tài chính (7).
 * - Sở Ngoại vụ   submitted 14/5 (on time)            TIN 10 (en 3, zh 2), HOP 2
 * - Báo Tuyên Quang accepted 15/5 23:30 VN (on time)   TIN en 5, zh 1 (no stated total → 6), HOP 1
 * - Sở Tư pháp    first sent 19/5 (late)              TIN 4; difficulties + proposals
 * - Sở Y tế       first sent 10/5, resent 20/5 (on time) HOP 3
 * - Tỉnh đoàn     NOT obligated, submitted             TIN 7 (counts in sums, not in rates)
 * - Sở Nội vụ     draft (TIN 1000) → missing, excluded
 * - Sở Công Thương returned (TIN 500) → missing, excluded
 * - Sở Tài chính  nothing → missing
 * Totals: TIN 27 (en 8, zh 3, fr 0); HOP 6; CHIDAO 0 (asked by the regime, nobody reported);
 * expected 7, submitted 4, on time 3, late 1 (Sở Tư pháp), missing 3.
 */

import type { Db } from '../../db/client.js';
import {
  agencyIds,
  buildIndicator,
  buildObligations,
  buildPeriod,
  buildSubmission,
  demoPlan,
} from './consolidation.factory.test-support.js';

export const NAMES = {
  ngoaiVu: 'Sở Ngoại vụ',
  bao: 'Báo Tuyên Quang',
  tuPhap: 'Sở Tư pháp',
  yTe: 'Sở Y tế',
  tinhDoan: 'Tỉnh đoàn',
  noiVu: 'Sở Nội vụ',
  congThuong: 'Sở Công Thương',
  taiChinh: 'Sở Tài chính',
} as const;

export type Scenario = {
  periodId: number;
  ids: Record<keyof typeof NAMES, number>;
  indicators: { tin: number; hop: number; chiDao: number; unused: number };
  tasks: { t232: number; t74: number };
};

/** Inserts the scenario described above and returns its ids. */
export async function buildScenario(db: Db): Promise<Scenario> {
  const { planId, taskIds } = await demoPlan(db);
  const keys = Object.keys(NAMES) as Array<keyof typeof NAMES>;
  const list = await agencyIds(
    db,
    keys.map((k) => NAMES[k]),
  );
  const ids = Object.fromEntries(keys.map((k, i) => [k, list[i]!])) as Scenario['ids'];
  const tin = await buildIndicator(db, {
    code: 'TIN',
    name: 'Tin, bài thông tin đối ngoại',
    unit: 'Tin, bài',
    breakdown: { dimension: 'tiếng', keys: ['en', 'zh', 'fr'] },
    position: 2,
  });
  const hop = await buildIndicator(db, { code: 'HOP', name: 'Họp báo định kỳ, đột xuất', unit: 'Cuộc', position: 3 });
  const chiDao = await buildIndicator(db, {
    code: 'CHIDAO',
    name: 'Văn bản chỉ đạo, hướng dẫn',
    unit: 'Văn bản',
    groupName: 'Chỉ đạo, điều hành',
    position: 1,
  });
  const unused = await buildIndicator(db, { code: 'UNUSED', name: 'Chỉ tiêu không dùng', unit: 'Cái', position: 9 });
  const periodId = await buildPeriod(db, { planId, dueOn: '2025-05-15', indicatorCodes: ['CHIDAO', 'TIN', 'HOP'] });
  await buildObligations(db, periodId, [
    ids.ngoaiVu,
    ids.bao,
    ids.tuPhap,
    ids.yTe,
    ids.noiVu,
    ids.congThuong,
    ids.taiChinh,
  ]);
  const t232 = taskIds.get('2.3.2')!;
  const t74 = taskIds.get('7.4')!;

  await buildSubmission(db, {
    periodId,
    agencyId: ids.ngoaiVu,
    status: 'submitted',
    submittedAt: '2025-05-14T03:00:00Z',
    lines: [
      {
        taskId: t232,
        status: 'done',
        doneText: 'Tổ chức đón 2 đoàn phóng viên nước ngoài',
        resultsText: '2 đoàn, 15 phóng viên',
      },
      { taskId: t74, status: 'in-progress', doneText: 'Xây dựng bộ tài liệu song ngữ' },
    ],
    values: [
      { indicatorId: tin, value: 10 },
      { indicatorId: tin, key: 'en', value: 3 },
      { indicatorId: tin, key: 'zh', value: 2 },
      { indicatorId: hop, value: 2 },
    ],
  });
  await buildSubmission(db, {
    periodId,
    agencyId: ids.bao,
    status: 'accepted',
    submittedAt: '2025-05-15T16:30:00Z',
    lines: [{ taskId: t74, status: 'done', doneText: 'Đăng 6 tin, bài tiếng nước ngoài' }],
    values: [
      { indicatorId: tin, key: 'en', value: 5 },
      { indicatorId: tin, key: 'zh', value: 1 },
      { indicatorId: hop, value: 1 },
    ],
  });
  await buildSubmission(db, {
    periodId,
    agencyId: ids.tuPhap,
    status: 'submitted',
    submittedAt: '2025-05-20T02:00:00Z',
    firstSubmittedAt: '2025-05-19T02:00:00Z',
    difficulties: 'Thiếu kinh phí cho hoạt động thông tin đối ngoại.',
    proposals: 'Đề nghị bổ sung kinh phí năm 2026.',
    values: [{ indicatorId: tin, value: 4 }],
  });
  await buildSubmission(db, {
    periodId,
    agencyId: ids.yTe,
    status: 'submitted',
    submittedAt: '2025-05-20T02:00:00Z',
    firstSubmittedAt: '2025-05-10T02:00:00Z',
    values: [{ indicatorId: hop, value: 3 }],
  });
  await buildSubmission(db, {
    periodId,
    agencyId: ids.tinhDoan,
    status: 'submitted',
    submittedAt: '2025-05-12T02:00:00Z',
    lines: [{ taskId: t74, status: 'continuing', doneText: 'Tuyên truyền trong đoàn viên' }],
    values: [{ indicatorId: tin, value: 7 }],
  });
  await buildSubmission(db, {
    periodId,
    agencyId: ids.noiVu,
    status: 'draft',
    difficulties: 'BẢN NHÁP KHÔNG ĐƯỢC TÍNH',
    lines: [{ taskId: t232, status: 'done', doneText: 'NỘI DUNG NHÁP' }],
    values: [{ indicatorId: tin, value: 1000 }],
  });
  await buildSubmission(db, {
    periodId,
    agencyId: ids.congThuong,
    status: 'returned',
    submittedAt: '2025-05-13T02:00:00Z',
    values: [{ indicatorId: tin, value: 500 }],
  });
  return { periodId, ids, indicators: { tin, hop, chiDao, unused }, tasks: { t232, t74 } };
}
