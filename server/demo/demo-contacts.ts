/**
 * The demo's people: focal officials (a leader and an officer per agency, with dated changes and a
 * few gaps on purpose) and spokespersons, for the agencies of every period — the districts until
 * their end on 30/6/2025 too — and Sở Ngoại vụ's own plan document.
 */

import { eq } from 'drizzle-orm';
import type { RequestContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { agencies } from '../db/schema/organisations.js';
import { focalOfficials, spokespersons } from '../db/schema/reporting.js';
import { pick } from './demo-figures.js';

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đỗ',
  'Ma',
  'Triệu',
  'Hà',
  'Nông',
  'Lý',
  'Đặng',
  'Bàn',
  'Sầm',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Quốc', 'Thanh', 'Hồng', 'Đức', 'Ngọc', 'Xuân'];
const GIVEN = [
  'Hùng',
  'Lan',
  'Hà',
  'Tuấn',
  'Hương',
  'Dũng',
  'Thảo',
  'Sơn',
  'Mai',
  'Cường',
  'Yến',
  'Thắng',
  'Hiền',
  'Phong',
  'Nga',
  'Quân',
];
const personName = (key: string) =>
  `${SURNAMES[Math.floor(pick(`${key}s`) * SURNAMES.length)]} ${MIDDLE[Math.floor(pick(`${key}m`) * MIDDLE.length)]} ${GIVEN[Math.floor(pick(`${key}g`) * GIVEN.length)]}`;

/** Focal officials for most agencies and spokespersons for most state bodies — a few left out on purpose. */
export async function loadContacts(ctx: RequestContext, userIds: Record<string, number>) {
  const tx = ctx.db as unknown as Tx;
  const all = await tx.select().from(agencies).where(eq(agencies.province, 'Tuyên Quang'));
  const open = all.filter((a) => a.validTo === null);
  const skipLeader = new Set(['Tỉnh đoàn', 'Ủy ban nhân dân xã Mèo Vạc']);
  const skipOfficer = new Set([
    'Trung tâm Xúc tiến đầu tư',
    'Ủy ban nhân dân xã Mèo Vạc',
    'Ủy ban nhân dân phường Hà Giang 2',
    'Hội Nông dân tỉnh',
  ]);
  const skipSpokesperson = new Set(['Sở Công Thương', 'Ủy ban nhân dân xã Đồng Văn', 'Ủy ban nhân dân xã Thượng Lâm']);
  const focal: Array<typeof focalOfficials.$inferInsert> = [];
  const speakers: Array<typeof spokespersons.$inferInsert> = [];
  for (const a of open) {
    const from = a.validFrom > '2025-01-01' ? a.validFrom : '2025-01-02';
    const domain = 'tuyenquang.gov.vn';
    const leader = personName(`${a.name}L`);
    if (!skipLeader.has(a.name))
      focal.push({
        agencyId: a.id,
        kind: 'leader',
        fullName: leader,
        position:
          a.kind === 'commune-committee'
            ? 'Phó Chủ tịch UBND'
            : a.kind === 'press-agency'
              ? 'Phó Tổng Biên tập'
              : 'Phó Giám đốc',
        phone: `0207 38${String(a.id).padStart(2, '0')} 1${a.id % 10}`,
        email: `ttdn.${a.id}@${domain}`,
        validFrom: from,
        userId: a.name.startsWith('Báo')
          ? (userIds.baoLeader ?? null)
          : a.name === 'Sở Ngoại vụ'
            ? (userIds.ngoaiVuLeader ?? null)
            : null,
      });
    if (!skipOfficer.has(a.name)) {
      const officer =
        a.name === 'Sở Ngoại vụ' ? 'Lê Thị Lan' : a.name.startsWith('Báo') ? 'Trần Minh Đức' : personName(`${a.name}O`);
      focal.push({
        agencyId: a.id,
        kind: 'officer',
        fullName: officer,
        position: a.kind === 'press-agency' ? 'Phóng viên' : 'Chuyên viên',
        phone: `09${String(12345678 + a.id * 7919).slice(-8)}`,
        email: `canbo.ttdn.${a.id}@${domain}`,
        validFrom: a.name === 'Sở Ngoại vụ' ? '2026-02-01' : from,
      });
    }
    if (['department', 'province-committee', 'commune-committee'].includes(a.kind) && !skipSpokesperson.has(a.name)) {
      speakers.push({
        agencyId: a.id,
        fullName: a.kind === 'department' ? personName(`${a.name}D`) : leader,
        title:
          a.kind === 'commune-committee'
            ? 'Chủ tịch Ủy ban nhân dân'
            : a.name.startsWith('Văn phòng')
              ? 'Chánh Văn phòng'
              : 'Giám đốc',
        phone: `0207 38${String(a.id).padStart(2, '0')} 00`,
        email: `phatngon.${a.id}@tuyenquang.gov.vn`,
        validFrom: from,
      });
    }
  }
  // A dated change: Sở Ngoại vụ's officer was replaced on 01/02/2026; the predecessor's term ended the day before.
  const ngoaiVu = open.find((a) => a.name === 'Sở Ngoại vụ');
  if (ngoaiVu)
    focal.push({
      agencyId: ngoaiVu.id,
      kind: 'officer',
      fullName: 'Đặng Quốc Phong',
      position: 'Chuyên viên',
      phone: '0912 004 117',
      email: 'dqphong@tuyenquang.gov.vn',
      validFrom: '2025-01-02',
      validTo: '2026-01-31',
    });
  // The bodies that ended during 2025 (districts, merged boards) had their focal officials too, until their last day.
  for (const a of all.filter((x) => x.validTo !== null && x.validTo >= '2025-01-02')) {
    const term = { validFrom: a.validFrom > '2025-01-01' ? a.validFrom : '2025-01-02', validTo: a.validTo };
    const leader = personName(`${a.name}L`);
    focal.push({
      agencyId: a.id,
      kind: 'leader',
      fullName: leader,
      position: a.kind === 'district-committee' ? 'Phó Chủ tịch UBND' : 'Phó Giám đốc',
      ...term,
    });
    // Lâm Bình never named its officer: the half-year report counts it short.
    if (a.name !== 'Ủy ban nhân dân huyện Lâm Bình')
      focal.push({
        agencyId: a.id,
        kind: 'officer',
        fullName: personName(`${a.name}O`),
        position: 'Chuyên viên',
        ...term,
      });
    if (a.kind === 'district-committee')
      speakers.push({ agencyId: a.id, fullName: leader, title: 'Chủ tịch Ủy ban nhân dân', ...term });
  }
  await tx.insert(focalOfficials).values(focal);
  await tx.insert(spokespersons).values(speakers);
}

/** Sở Ngoại vụ's own 2025 plan, uploaded as its Q1 duty. */
export const OWN_PLAN_SO_NGOAI_VU = `KẾ HOẠCH
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
