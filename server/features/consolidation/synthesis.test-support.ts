/**
 * A hand-built half-year period for the synthesis tests, small enough to know every figure:
 *
 * - 17 districts each "Quán triệt Kết luận số 57-KL/TW tại N hội nghị…" (N varies) on task 2.1;
 * - Sở Ngoại vụ (lead of 2.3.2) guided 21 reporters (its indicator says 21) "(9 đoàn)";
 *   Công an tỉnh (coordinator) kept them safe;
 * - Hội Liên hiệp Phụ nữ hosted KBS reporters in Đồng Văn (outside its remit, and a Hà Giang place
 *   in the first half of 2025) and trained 900 people against 50 a year before;
 * - Trung tâm Xúc tiến đầu tư (lead of 7.2, due 31/12/2025) wrote "04 ấn phẩm" but entered 2;
 * - proposals to the ministry, to Bộ Ngoại giao and to Sở Nội vụ; a reorganisation on 01/3/2025 and
 *   the merger of 01/7/2025 ahead.
 */

import type { ConsolidationInput } from './consolidate.js';
import type { ReportContext } from './report-context.js';

export const IDS = { ngoaiVu: 1, congAn: 2, xtdt: 3, phuNu: 21 } as const;
const districtIds = Array.from({ length: 17 }, (_, i) => 4 + i);
const names: Record<number, string> = {
  1: 'Sở Ngoại vụ',
  2: 'Công an tỉnh',
  3: 'Trung tâm Xúc tiến đầu tư',
  21: 'Hội Liên hiệp Phụ nữ tỉnh',
};
for (const id of districtIds) names[id] = `Ủy ban nhân dân huyện Số ${id}`;

const TASKS = { t21: 10, t232: 11, t72: 12, t53: 13 };
const PLAN_53 =
  'a) Thông tin các ngày lễ lớn năm 2025, gồm: kỷ niệm 95 năm ngày thành lập Đảng (03/02/1930 - 03/02/2025); 80 năm ngày truyền thống Công an nhân dân Việt Nam (19/8/1945 - 19/8/2025); đặc biệt là kỷ niệm 80 năm Ngày thành lập nước Việt Nam Dân chủ cộng hòa (2/9/1945 - 2/9/2025).';

/** The period's rows and context as the loader would give them. */
export function synthesisInput(): ConsolidationInput {
  const all = [1, 2, 3, ...districtIds, 21];
  const sent = new Date('2025-05-12T02:00:00Z');
  const sub = (id: number, difficulties = '', proposals = '') => ({
    id: 100 + id,
    agencyId: id,
    agencyName: names[id]!,
    status: 'submitted' as const,
    submittedAt: sent,
    firstSubmittedAt: sent,
    difficulties,
    proposals,
  });
  const line = (id: number, taskId: number, doneText: string, status: 'continuing' | 'in-progress' = 'continuing') => ({
    submissionId: 100 + id,
    taskId,
    status,
    doneText,
    resultsText: '',
    evidenceLinks: [],
  });
  const context: ReportContext = {
    roles: [
      { taskId: TASKS.t21, role: 'implementer', printed: 'các cơ quan, đơn vị', isGroup: true, holders: [] },
      {
        taskId: TASKS.t232,
        role: 'lead',
        printed: 'Sở Ngoại vụ',
        isGroup: false,
        holders: [{ agencyId: 1, name: names[1]! }],
      },
      {
        taskId: TASKS.t232,
        role: 'coordinator',
        printed: 'Công an tỉnh',
        isGroup: false,
        holders: [{ agencyId: 2, name: names[2]! }],
      },
      {
        taskId: TASKS.t72,
        role: 'lead',
        printed: 'Trung tâm Xúc tiến đầu tư',
        isGroup: false,
        holders: [{ agencyId: 3, name: names[3]! }],
      },
    ],
    agencyKinds: Object.fromEntries([
      [1, 'department'],
      [2, 'armed-forces'],
      [3, 'other'],
      [21, 'mass-organisation'],
      ...districtIds.map((id) => [id, 'district-committee']),
    ]),
    history: {
      label: 'Báo cáo 6 tháng đầu năm 2024',
      totals: {
        FOREIGN_REPORTERS: { total: 18, byBreakdown: {} },
        TRAINING_PARTICIPANTS: { total: 50, byBreakdown: {} },
      },
      byAgency: { 21: { TRAINING_PARTICIPANTS: 50 } },
    },
    agencyPlans: { submitted: 19, expected: 21, label: 'Kế hoạch của cơ quan (Quý I)' },
    focal: { expected: 21, withLeader: 21, withOfficer: 19, withBoth: 19, spokespersons: 15 },
    events: [
      {
        effectiveOn: '2025-03-01',
        kind: 'transfer',
        functions: ['foreign-information'],
        from: { agencyId: 90, name: 'Sở Thông tin và Truyền thông', kind: 'department', province: 'Tuyên Quang' },
        to: { agencyId: 91, name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'department', province: 'Tuyên Quang' },
      },
      {
        effectiveOn: '2025-07-01',
        kind: 'merge',
        functions: [],
        from: { agencyId: 92, name: 'Ủy ban nhân dân tỉnh Hà Giang', kind: 'province-committee', province: 'Hà Giang' },
        to: {
          agencyId: 93,
          name: 'Ủy ban nhân dân tỉnh Tuyên Quang',
          kind: 'province-committee',
          province: 'Tuyên Quang',
        },
      },
    ],
    places: [
      { name: 'Đồng Văn', province: 'Hà Giang', validFrom: '2000-01-01', validTo: '2025-06-30' },
      { name: 'Đồng Văn', province: 'Tuyên Quang', validFrom: '2025-07-01', validTo: null },
      { name: 'Tuyên Quang', province: 'Tuyên Quang', validFrom: '2000-01-01', validTo: null },
    ],
    nextPeriod: { label: 'Năm 2025', kind: 'annual', dueOn: '2025-11-14' },
    coordinator: { agencyId: 91, name: 'Sở Văn hóa, Thể thao và Du lịch', abbreviation: 'VHTTDL' },
    response: null,
  };
  return {
    period: {
      id: 1,
      label: 'Báo cáo kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2025',
      kind: 'semiannual',
      year: 2025,
      windowFrom: '2024-12-15',
      windowTo: '2025-05-13',
      dueOn: '2025-05-14',
    },
    plan: {
      id: 1,
      title: 'Kế hoạch công tác thông tin đối ngoại năm 2025',
      number: '08/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Tuyên Quang',
      issuedOn: '2025-01-14',
      province: 'Tuyên Quang',
      signer: null,
    },
    regimeIndicatorCodes: ['FOREIGN_REPORTERS', 'PUBLICATIONS', 'TRAINING_PARTICIPANTS'],
    obligations: all.map((id) => ({ agencyId: id, agencyName: names[id]! })),
    submissions: [
      sub(1, '', 'Đề nghị Bộ Ngoại giao thông báo sớm lịch trình của phóng viên nước ngoài đến địa phương.'),
      sub(2),
      sub(3),
      ...districtIds.map((id, i) =>
        sub(
          id,
          i < 10 ? 'Cán bộ làm công tác thông tin đối ngoại kiêm nhiệm nhiều việc.' : '',
          i < 5
            ? 'Đề nghị Bộ Văn hóa, Thể thao và Du lịch tổ chức tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ cấp xã.'
            : i < 8
              ? 'Đề nghị Sở Nội vụ xem xét chế độ hỗ trợ cho cán bộ kiêm nhiệm.'
              : '',
        ),
      ),
      sub(21),
    ],
    tasks: [
      {
        id: TASKS.t21,
        code: '2.1',
        title: 'Quán triệt, phổ biến, tuyên truyền các chủ trương của Đảng về công tác thông tin đối ngoại',
        parentId: null,
        position: 1,
        timeframeKind: 'continuous',
      },
      {
        id: TASKS.t232,
        code: '2.3.2',
        title: 'Quản lý và hướng dẫn phóng viên, báo chí nước ngoài đến hoạt động tại tỉnh',
        parentId: null,
        position: 2,
        timeframeKind: 'continuous',
      },
      {
        id: TASKS.t53,
        code: '5.3',
        title: 'Triển khai các hoạt động tuyên truyền, thông tin đối ngoại các ngày lễ lớn của đất nước trong năm2025',
        parentId: null,
        position: 3,
        timeframeKind: 'continuous',
        content: PLAN_53,
      },
      {
        id: TASKS.t72,
        code: '7.2',
        title: 'Xuất bản các tài liệu/ấn phẩm song ngữ Việt - Anh',
        parentId: null,
        position: 4,
        timeframeKind: 'within-year',
        timeframeDue: '2025-12-31',
      },
    ],
    lines: [
      ...districtIds.map((id, i) =>
        line(id, TASKS.t21, `Quán triệt Kết luận số 57-KL/TW tại ${1 + (i % 4)} hội nghị cán bộ, công chức của huyện.`),
      ),
      line(
        1,
        TASKS.t232,
        'Hướng dẫn 21 lượt phóng viên nước ngoài (9 đoàn) đến tác nghiệp tại tỉnh, trong đó có phóng viên Đài NHK (Nhật Bản).',
      ),
      line(2, TASKS.t232, 'Bảo đảm an ninh cho hoạt động của phóng viên nước ngoài tại tỉnh.'),
      line(21, TASKS.t21, 'Đón tiếp, hướng dẫn phóng viên Đài KBS (Hàn Quốc) ghi hình phóng sự tại xã Đồng Văn.'),
      line(3, TASKS.t72, 'Phát hành 04 ấn phẩm song ngữ Việt - Anh giới thiệu môi trường đầu tư.', 'in-progress'),
    ],
    indicators: [
      {
        id: 1,
        code: 'FOREIGN_REPORTERS',
        name: 'Phóng viên nước ngoài được đón tiếp',
        unit: 'lượt người',
        groupName: 'III',
        breakdown: null,
        position: 1,
      },
      {
        id: 2,
        code: 'PUBLICATIONS',
        name: 'Ấn phẩm thông tin đối ngoại xuất bản',
        unit: 'ấn phẩm',
        groupName: 'V',
        breakdown: { dimension: 'language', keys: ['vi', 'en'] },
        position: 2,
      },
      {
        id: 3,
        code: 'TRAINING_PARTICIPANTS',
        name: 'Lượt người được bồi dưỡng, tập huấn',
        unit: 'lượt người',
        groupName: 'V',
        breakdown: null,
        position: 3,
      },
    ],
    values: [
      { submissionId: 101, indicatorId: 1, breakdownKey: '', value: 21 },
      { submissionId: 103, indicatorId: 2, breakdownKey: 'en', value: 2 },
      { submissionId: 121, indicatorId: 3, breakdownKey: '', value: 900 },
    ],
    context,
  };
}

/** Every sentence of a text (split at ". ", line ends), for repetition counts. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.;:])\s+|\n/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The sentences of at least `minLength` characters that occur more than `max` times. */
export function repeatedSentences(text: string, minLength = 30, max = 5): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const s of sentencesOf(text)) if (s.length >= minLength) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > max);
}
