import { describe, expect, it } from 'vitest';
import { loadProfile } from './defaults.js';
import { clusterOf as cluster } from './near-duplicates.test-support.js';
import { assessRelevance } from './relevance.js';
import { seedCueHits as hits } from './seed-cues.test-support.js';
import type { ArticleInput } from './types.js';

// What the tuning on set AS (the year-end and Tết season: year reviews, spring markets, relief money,
// officials' wrongdoing, tourists' complaints) changed, one test per kind. Every article and sentence
// here is invented.

describe('relevance (set AS’s kinds)', () => {
  const profile = loadProfile();
  const portal = (publishedAt: string) =>
    assessRelevance(profile, {
      id: 'portal',
      source: 'Cổng TTĐT tỉnh Hà Giang',
      publishedAt,
      title: 'Tổng kết công tác năm, triển khai nhiệm vụ năm mới',
      body: 'UBND tỉnh tổ chức hội nghị tổng kết tình hình kinh tế - xã hội; các xã vùng cao hoàn thành chỉ tiêu.',
    });

  it('the former Hà Giang portal’s page before the merger implies no province, after it the province', () => {
    expect(portal('2024-12-20T09:00:00+07:00').relevant).toBe(false);
    expect(portal('2025-12-20T09:00:00+07:00').relevant).toBe(true);
  });
});

describe('near-duplicates (set AS’s kinds)', () => {
  const review: ArticleInput = {
    id: 'review',
    url: 'https://baotuyenquang.com.vn/tong-ket-nam-1.html',
    publishedAt: '2026-12-18T09:00:00+07:00',
    title: 'Năm 2026: tỉnh Tuyên Quang hoàn thành 20/23 chỉ tiêu chủ yếu',
    body: [
      'Sáng 17/12, UBND tỉnh Tuyên Quang tổng kết tình hình kinh tế - xã hội năm 2026. Tăng trưởng GRDP ước đạt 7,9%; thu ngân sách trên địa bàn đạt 6.820 tỷ đồng, vượt 9% dự toán; vốn đầu tư toàn xã hội khoảng 35.400 tỷ đồng.',
      'Ngành du lịch đón 4,8 triệu lượt khách, tổng thu 8.650 tỷ đồng. Tỷ lệ hộ nghèo giảm 3,1 điểm phần trăm.',
      'Chủ tịch UBND tỉnh yêu cầu các sở, ngành chăm lo Tết cho người dân, đẩy nhanh giải ngân vốn đầu tư công từ đầu năm 2027.',
    ].join('\n\n'),
  };
  const retold: ArticleInput = {
    id: 'retold',
    url: 'https://nhandan.example/tuyen-quang-nam-2026-2.html',
    publishedAt: '2026-12-20T06:00:00+07:00',
    title: 'Tuyên Quang khép lại một năm nhiều dấu ấn',
    body: [
      'Theo số liệu công bố ngày 17/12, kinh tế tỉnh Tuyên Quang năm 2026 tăng khoảng 7,9%; ngân sách thu về 6.820 tỷ đồng, cao hơn 9% so với dự toán, còn vốn đầu tư xã hội vào khoảng 35.400 tỷ đồng.',
      'Từ Khu di tích Tân Trào đến Cao nguyên đá Đồng Văn, 4,8 triệu lượt khách đã mang về 8.650 tỷ đồng; hộ nghèo giảm thêm 3,1 điểm phần trăm.',
      'Lãnh đạo tỉnh đặt yêu cầu năm 2027 giải ngân nhanh hơn.',
    ].join('\n\n'),
  };

  it('a year’s review retold in a national paper’s words, with its own places, joins the original by its figures', () => {
    expect(cluster([review, retold]).get('retold')).toBe('review');
  });

  it('the next year’s review, from the same template with other figures, stays apart', () => {
    const nextYear: ArticleInput = {
      ...review,
      id: 'next-year',
      url: 'https://baotuyenquang.com.vn/tong-ket-nam-2.html',
      publishedAt: '2027-12-17T09:00:00+07:00',
      title: 'Năm 2027: tỉnh Tuyên Quang hoàn thành 22/23 chỉ tiêu chủ yếu',
      body: review
        .body!.replace('17/12', '16/12')
        .replace('năm 2026', 'năm 2027')
        .replace('7,9%', '8,4%')
        .replace('6.820', '7.310')
        .replace('9%', '11%')
        .replace('35.400', '39.100')
        .replace('4,8 triệu', '5,3 triệu')
        .replace('8.650', '9.420')
        .replace('3,1', '2,7')
        .replace('năm 2027', 'năm 2028'),
    };
    expect(cluster([review, nextYear]).get('next-year')).toBe('next-year');
    expect(cluster([nextYear, retold]).get('retold')).toBe('retold');
  });
});

describe('tone cues of the seed lexicon (set AS’s kinds)', () => {
  it('a year review’s targets met and exceeded, and a hospital’s new advanced techniques, read as praise', () => {
    const h = hits(
      'Ngành giáo dục đạt và vượt 9/9 chỉ tiêu',
      'Ngành giáo dục tỉnh Tuyên Quang hoàn thành và vượt 9/9 chỉ tiêu; bệnh viện tỉnh tiếp nhận chuyển giao 12 kỹ thuật chuyên sâu từ tuyến trung ương.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining(['đạt và vượt', 'hoàn thành và vượt', 'tiếp nhận chuyển giao', 'kỹ thuật chuyên sâu']),
    );
    // Targets not met, and a technique named without praise, are no achievement.
    const short = hits(
      'Chỉ tiêu chưa đạt',
      'Năm nay ngành y tế tỉnh Tuyên Quang chưa đạt và vượt chỉ tiêu; bệnh viện bảo trì hệ thống kỹ thuật.',
    );
    expect(short['tone.praise'] ?? []).not.toContain('đạt và vượt');
    expect(short['tone.praise'] ?? []).not.toContain('kỹ thuật chuyên sâu');
  });

  it('padded relief lists read as criticism, and the relief money itself is no help delivered', () => {
    const h = hits(
      'Kỷ luật cán bộ xã lập danh sách khống',
      'Ủy ban Kiểm tra Đảng ủy xã ở tỉnh Tuyên Quang kỷ luật cán bộ lập danh sách khống, kê khống số hộ để nhận tiền hỗ trợ sau bão.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['danh sách khống', 'kê khống']));
    // "tiền hỗ trợ" is the money in question, not help given; "Ủy ban Kiểm tra" is the organ, not an inspection.
    expect(h['tone.praise'] ?? []).not.toContain('hỗ trợ');
    expect(h['tone.routine'] ?? []).not.toEqual(expect.arrayContaining(['kiểm tra', 'danh sách']));
    // A list made public and support handed over are plain and praise.
    const fine = hits(
      'Công khai danh sách hộ nghèo',
      'Xã ở tỉnh Tuyên Quang công khai danh sách hộ nghèo, kiểm tra từng hộ và hỗ trợ 200 hộ đón Tết.',
    );
    expect(fine['tone.criticism'] ?? []).not.toContain('danh sách khống');
    expect(fine['tone.praise']).toContain('hỗ trợ');
    expect(fine['tone.routine']).toContain('kiểm tra');
  });

  it('an English growth target is no growth achieved', () => {
    const target = hits(
      'Province sets growth target',
      'Tuyen Quang aims for economic growth of 9 per cent next year; the council set a growth target and budget revenue goals.',
    );
    expect(target['tone.praise'] ?? []).not.toContain('growth');
    const achieved = hits('Growth in Tuyen Quang', 'Tuyen Quang recorded growth of 8 per cent this year.');
    expect(achieved['tone.praise']).toContain('growth');
  });

  it('a spring market’s price report: the reporter’s observation and busier buying carry no praise', () => {
    const h = hits(
      'Giá đào, quất ngày cận Tết',
      'Ghi nhận tại chợ xã ở tỉnh Tuyên Quang, đào cành có giá 150.000 đồng/cành; lượng khách mua tăng mạnh ngày cuối năm.',
    );
    expect(h['tone.praise'] ?? []).not.toContain('tăng mạnh');
    expect(h['tone.praise-soft'] ?? []).not.toContain('ghi nhận');
    expect(h['tone.routine']).toContain('lượng khách mua');
    // Recognition of an achievement and a sharp rise in revenue still praise.
    const praise = hits(
      'Doanh thu tăng mạnh',
      'Thành tích của tỉnh Tuyên Quang được ghi nhận; doanh thu du lịch tăng mạnh.',
    );
    expect(praise['tone.praise']).toContain('tăng mạnh');
    expect(praise['tone.praise-soft']).toContain('ghi nhận');
  });

  it('an English traveller’s complaint reads as criticism, and the question “would I recommend” as no praise', () => {
    const h = hits(
      'Our trip to Tuyen Quang',
      'I need to vent: a fee never mentioned at booking, the shower did not work, the lookout was full of trash and the pass was chaos. Would I recommend it?',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['need to vent', 'never mentioned', 'did not work', 'full of trash', 'was chaos']),
    );
    expect(h['tone.praise'] ?? []).not.toContain('recommend');
    // A plain recommendation and things that worked are praise and no complaint.
    const ok = hits('Tuyen Quang trip', 'Everything worked and I would recommend the homestay in Tuyen Quang.');
    expect(ok['tone.praise']).toContain('recommend');
    expect(ok['tone.criticism'] ?? []).toEqual([]);
  });
});
