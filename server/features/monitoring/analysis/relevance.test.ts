import { describe, expect, it } from 'vitest';
import { loadProfile } from './defaults.js';
import { AnalysisError } from './errors.js';
import { compileProfile } from './profile.js';
import { articleDate, assessRelevance, relevanceReasons } from './relevance.js';
import type { ArticleInput } from './types.js';

const profile = loadProfile();
const after = '2025-09-10T08:00:00+07:00';
const assess = (title: string, body: string, extra: Partial<ArticleInput> = {}) =>
  assessRelevance(profile, { id: 'a', publishedAt: after, title, body, ...extra });
const exclusionKinds = (r: ReturnType<typeof assess>) => r.excluded.map((m) => m.exclusion.kind);

describe('relevance: matches and their explanation', () => {
  it('finds names of both former provinces and says where they are', () => {
    const heading = 'Du khách đổ về Mã Pí Lèng';
    const r = assess(heading, 'Đèo Mã Pí Lèng ở xã Mèo Vạc, tỉnh Tuyên Quang đón nhiều khách.');
    expect(r.relevant).toBe(true);
    const title = r.mentions.find((m) => m.field === 'title')!;
    expect(title).toMatchObject({ text: 'Mã Pí Lèng', entity: 'lm-ma-pi-leng', kind: 'landmark' });
    expect(heading.slice(title.offset, title.offset + title.length)).toBe('Mã Pí Lèng');
    expect(r.mentions.map((m) => m.entity)).toEqual(expect.arrayContaining(['tinh-tuyen-quang']));
    expect(relevanceReasons(r, profile.name).join('\n')).toContain('Mã Pí Lèng');
  });

  it('matches tone placement variants and the press’s old names', () => {
    expect(assess('Chiêm Hoá vào mùa', 'Nông dân thu hoạch lúa.').relevant).toBe(true);
    expect(assess('Vùng cao Hà Giang mùa lúa chín', 'Ruộng bậc thang vàng óng.').relevant).toBe(true);
  });

  it('reads English and unaccented posts without diacritics', () => {
    const en = assess('Riding the Ha Giang Loop', 'Riders pass Dong Van and Meo Vac before the Ma Pi Leng pass.');
    expect(en.mode).toBe('folded');
    expect(en.relevant).toBe(true);
    const plain = assess('di ha giang 3 ngay', 'review chuyen di: ngu o dong van, qua deo ma pi leng rat dep');
    expect(plain.relevant).toBe(true);
  });
});

describe('relevance: each kind of confounder is excluded and explained', () => {
  it('common word: a lower-case "sơn dương" is the animal', () => {
    const r = assess('Bắt nhóm săn sơn dương', 'Kiểm lâm thu giữ xác một con sơn dương nặng 70 kg ở Nghệ An.');
    expect(r.relevant).toBe(false);
    expect(exclusionKinds(r)).toContain('common-word');
    expect(r.excluded[0]!.exclusion.reason).toContain('con vật');
  });

  it('other place: KCN Đồng Văn is in Hà Nam, and an address chain names the other province', () => {
    const kcn = assess(
      'KCN Đồng Văn IV đón dự án FDI',
      'Khu công nghiệp Đồng Văn IV (Duy Tiên, Hà Nam) thu hút 3 dự án.',
    );
    expect(kcn.relevant).toBe(false);
    expect(kcn.excluded.every((m) => m.exclusion.id === 'op-kcn-dong-van')).toBe(true);
    const chain = assess('Lũ cuốn trôi cầu tràn', 'Lũ cuốn trôi cầu tràn ở xã Đồng Văn, huyện Tân Kỳ, tỉnh Nghệ An.');
    expect(chain.relevant).toBe(false);
    expect(chain.excluded[0]!.exclusion).toMatchObject({ kind: 'other-place', id: 'address-elsewhere' });
    // The same name with our own province after it counts.
    const ours = assess('Chợ phiên', 'Chợ phiên ở xã Đồng Văn, tỉnh Tuyên Quang họp sáng Chủ nhật.');
    expect(ours.relevant).toBe(true);
  });

  it('a homonym is weakened only by a place elsewhere named close to it', () => {
    const far = assess(
      'Đồng Văn vào mùa hoa',
      'Những ngày này Đồng Văn rực rỡ sắc hoa tam giác mạch trên các sườn núi đá, nhiều nhà dân mở cửa đón khách chụp ảnh, bán bánh và rượu ngô. Cuối tuần, nhiều đoàn khách từ Hà Nội đã lên đây.',
    );
    expect(far.relevant).toBe(true);
    const near = assess('Đồng Văn vào mùa', 'Nông dân Đồng Văn ở Thanh Hóa thu hoạch lúa.');
    expect(near.relevant).toBe(false);
  });

  it('same-named district elsewhere: weak names never make an article relevant alone', () => {
    const r = assess('Xã Yên Sơn đạt chuẩn nông thôn mới', 'Xã Yên Sơn (Ngọc Lặc, Thanh Hóa) đón bằng công nhận.');
    expect(r.relevant).toBe(false);
    expect(assess('Yên Sơn mùa cam', 'Nông dân Yên Sơn thu hoạch cam.').relevant).toBe(false);
  });

  it('street: "phố Tuyên Quang" and "đường Hà Giang" are streets in other cities', () => {
    const r = assess(
      'Cháy nhà trên phố Tuyên Quang',
      'Ngôi nhà trên phố Tuyên Quang, phường Bạch Mai, Hà Nội bốc cháy.',
    );
    expect(r.relevant).toBe(false);
    expect(exclusionKinds(r)).toEqual(['street', 'street']);
    // A route between two places is not a street.
    expect(assess('Sửa đường', 'Tuyến đường Hà Giang – Đồng Văn đang được sửa.').relevant).toBe(true);
  });

  it('street: after "phố" a dash joins two streets of one city (a junction), not two places', () => {
    const r = assess(
      'Lắp đèn tín hiệu mới ở Hà Nội',
      'Đèn tín hiệu giao thông được lắp tại nút giao phố Tuyên Quang – Đại Cồ Việt, quận Hai Bà Trưng.',
    );
    expect(r.relevant).toBe(false);
    expect(exclusionKinds(r)).toEqual(['street']);
    // A road between two places stays a route, with "đường" as with "quốc lộ".
    expect(assess('Sạt lở', 'Quốc lộ Tuyên Quang – Hà Giang bị sạt lở một đoạn.').relevant).toBe(true);
  });

  it('person: titles, family names, speech verbs, and the same name later in the article', () => {
    const r = assess(
      'Ca sĩ Hà Giang ra MV mới',
      'Nữ ca sĩ Hà Giang vừa ra mắt MV tại TP.HCM. Sinh năm 1996, Hà Giang từng đoạt giải. Nguyễn Thị Hà Giang cho biết cô rất vui.',
    );
    expect(r.relevant).toBe(false);
    expect(new Set(exclusionKinds(r))).toEqual(new Set(['person']));
    expect(r.excluded.length).toBe(4);
    expect(assess('Tin vui', 'Chị Thanh Thủy (32 tuổi) vừa sinh con.').relevant).toBe(false);
  });

  it('brand: a company called "Tuyên Quang" in an article about another city', () => {
    const r = assess(
      'Công ty TNHH Xây dựng Tuyên Quang trúng thầu',
      'Công ty TNHH Xây dựng Tuyên Quang (trụ sở quận Gò Vấp, TP Hồ Chí Minh) trúng gói thầu 80 tỷ đồng.',
    );
    expect(r.relevant).toBe(false);
    expect(exclusionKinds(r)).toContain('brand');
    // A shop *located in* the province is not a brand name.
    expect(assess('Quán ăn bị phạt', 'Một quán ăn ở phố cổ Đồng Văn bị phạt vì không niêm yết giá.').relevant).toBe(
      true,
    );
  });

  it('source credit: "(Theo Báo Tuyên Quang)" alone does not make a story about the province', () => {
    const r = assess('Giá xăng giảm', 'Giá xăng RON 95 giảm 320 đồng/lít từ chiều nay. (Theo Báo Tuyên Quang)');
    expect(r.relevant).toBe(false);
    expect(exclusionKinds(r)).toContain('source-credit');
  });
});

describe('relevance over time: the merger of 01/07/2025', () => {
  const story = [
    'Mã Pí Lèng đông khách',
    'Đèo Mã Pí Lèng, huyện Mèo Vạc, tỉnh Hà Giang đón hàng nghìn khách.',
  ] as const;

  it('former Hà Giang counts only from 01/07/2025 (Việt Nam time)', () => {
    const before = assess(...story, { publishedAt: '2025-06-30' });
    expect(before.relevant).toBe(false);
    expect(exclusionKinds(before).every((k) => k === 'before-merger')).toBe(true);
    expect(before.excluded[0]!.exclusion.reason).toContain('2025-07-01');
    expect(assess(...story, { publishedAt: '2025-07-01' }).relevant).toBe(true);
    // 30/06 17:30 UTC is already 01/07 in Việt Nam.
    expect(assess(...story, { publishedAt: '2025-06-30T17:30:00Z' }).relevant).toBe(true);
    expect(assess(...story, { publishedAt: '2025-06-30T16:30:00Z' }).relevant).toBe(false);
  });

  it('old Tuyên Quang counts at any date, so a pre-merger story about both provinces is relevant', () => {
    const r = assess('Hợp nhất hai tỉnh', 'Hà Giang và Tuyên Quang chuẩn bị hợp nhất.', { publishedAt: '2025-06-20' });
    expect(r.relevant).toBe(true);
    expect(r.mentions.map((m) => m.entity)).toEqual(['tinh-tuyen-quang']);
    expect(exclusionKinds(r)).toEqual(['before-merger']);
  });

  it('reads dates in Việt Nam time and survives a missing or broken date', () => {
    expect(articleDate('2025-06-30T17:30:00Z')).toBe('2025-07-01');
    expect(articleDate('2025-07-01')).toBe('2025-07-01');
    expect(articleDate('hôm qua')).toBeNull();
    const r = assess(...story, { publishedAt: undefined });
    expect(r.relevant).toBe(true);
    expect(relevanceReasons(r, profile.name).join(' ')).toContain('Không rõ ngày');
  });
});

describe('relevance: the province’s own outlets', () => {
  it('a bare "tỉnh" in the provincial paper is the province; elsewhere it is not', () => {
    const body = 'Đến hết tháng 9, tỉnh mới giải ngân được 41% vốn đầu tư công; UBND tỉnh phê bình nhiều chủ đầu tư.';
    const home = assess('Giải ngân chậm', body, { url: 'https://baotuyenquang.com.vn/kinh-te/giai-ngan-214400.html' });
    expect(home.relevant).toBe(true);
    expect(home.mentions[0]!.entityName).toContain('Báo Tuyên Quang');
    expect(assess('Giải ngân chậm', body, { url: 'https://vnexpress.net/giai-ngan-1.html' }).relevant).toBe(false);
    // "các tỉnh" is other provinces, even in the provincial paper.
    const national = assess('Thời tiết', 'Các tỉnh miền Trung nắng nóng.', {
      url: 'https://baotuyenquang.com.vn/x.html',
    });
    expect(national.relevant).toBe(false);
  });
});

describe('relevance: ambiguous commune names', () => {
  it('several communes of one former district confirm each other, unless places elsewhere are named', () => {
    const body = 'Nhiều nhà văn hóa ở các xã Kiến Thiết, Trung Sơn, Tân Long không còn được sử dụng sau sáp nhập.';
    const r = assess('Nhà văn hóa bỏ không', body);
    expect(r.relevant).toBe(true);
    expect(r.anchored).toBe(true);
    expect(assess('Nhà văn hóa bỏ không', `${body} Tình trạng tương tự ở Thanh Hóa.`).relevant).toBe(false);
    // One ambiguous commune alone is not enough.
    expect(assess('Xe quá tải', 'Xe chở quặng từ xã Lực Hành cày nát đường.').relevant).toBe(false);
  });

  it('a home outlet writing "trên địa bàn", "các xã", "vùng cao" means the province', () => {
    const url = 'https://baotuyenquang.com.vn/an-ninh/xu-phat-214580.html';
    const r = assess('Xử phạt 48 du khách', 'Cảnh sát giao thông xử phạt du khách trên các tuyến đường vùng cao.', {
      url,
    });
    expect(r.relevant).toBe(true);
    // The same words from another outlet say nothing about which province.
    expect(
      assess('Xử phạt 48 du khách', 'Cảnh sát giao thông xử phạt du khách trên các tuyến đường vùng cao.').relevant,
    ).toBe(false);
  });
});

describe('profile data', () => {
  it('refuses an invalid profile with the path of the problem', () => {
    expect(() => compileProfile({ schemaVersion: 1, id: 'x', name: 'X', entities: [] } as never)).toThrow(
      AnalysisError,
    );
    try {
      compileProfile({
        schemaVersion: 1,
        id: 'x',
        name: 'X',
        entities: [{ id: 'a', kind: 'landmark', name: 'A', names: ['A'], part: 'nowhere' }],
      });
    } catch (error) {
      expect((error as InstanceType<typeof AnalysisError>).code).toBe('MONITOR_PROFILE_INVALID');
      expect(JSON.stringify((error as InstanceType<typeof AnalysisError>).params)).toContain('nowhere');
    }
  });

  it('a coordinator’s own profile works the same way (dated parts, weak names)', () => {
    const custom = compileProfile({
      schemaVersion: 1,
      id: 'demo',
      name: 'Tỉnh Mẫu',
      parts: [{ id: 'new', name: 'Vùng sáp nhập', memberFrom: '2026-01-01' }],
      entities: [
        { id: 'p', kind: 'province', name: 'tỉnh Mẫu', names: ['tỉnh Mẫu'] },
        { id: 'l', kind: 'landmark', name: 'núi Ngọc Kỳ', part: 'new', names: ['núi Ngọc Kỳ'], weakNames: ['Ngọc Kỳ'] },
      ],
    });
    const text = { id: 'x', title: 'Leo núi Ngọc Kỳ', body: 'Du khách leo núi Ngọc Kỳ.' };
    expect(assessRelevance(custom, { ...text, publishedAt: '2025-12-31' }).relevant).toBe(false);
    expect(assessRelevance(custom, { ...text, publishedAt: '2026-01-01' }).relevant).toBe(true);
    expect(assessRelevance(custom, { ...text, title: 'Ngọc Kỳ', body: 'Ngọc Kỳ đẹp.' }).relevant).toBe(false);
  });
});
