import { describe, expect, it } from 'vitest';
import { loadProfile } from './defaults.js';
import { clusterOf as cluster } from './near-duplicates.test-support.js';
import { assessRelevance } from './relevance.js';
import { seedCueHits as hits } from './seed-cues.test-support.js';
import type { ArticleInput } from './types.js';

// What the tuning on set AO (three months of the provincial press, every section, readers' letters
// and hotline answers) changed, one test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AO’s kinds)', () => {
  it('“ghi nhận” before a figure is a tally, not recognition', () => {
    const h = hits(
      'Xã ghi nhận 12 ca sốt xuất huyết',
      'Trung tâm y tế ở tỉnh Tuyên Quang ghi nhận 12 ca sốt xuất huyết, tuần này ghi nhận thêm 3 ca.',
    );
    expect(h['tone.praise-soft'] ?? []).not.toContain('ghi nhận');
    // Recognition stays soft praise, and a figure opening the next sentence is no tally.
    const praised = hits(
      'Nỗ lực được ghi nhận',
      'Nỗ lực của ngành y tế tỉnh Tuyên Quang được ghi nhận. 12 tập thể được khen thưởng.',
    );
    expect(praised['tone.praise-soft']).toContain('ghi nhận');
  });

  it('embezzlement by a (former) official reads as criticism', () => {
    const h = hits(
      'Khởi tố nguyên công chức xã',
      'Công an tỉnh Tuyên Quang khởi tố nguyên công chức địa chính xã về tội tham ô tài sản: lợi dụng nhiệm vụ được giao, y kê tăng diện tích đất rồi chiếm đoạt tiền bồi thường.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'nguyên công chức',
        'tội tham ô',
        'lợi dụng nhiệm vụ',
        'kê tăng',
        'chiếm đoạt tiền bồi thường',
      ]),
    );
    // Compensation paid on time is no wrongdoing.
    const paid = hits('Chi trả bồi thường', 'Các hộ ở tỉnh Tuyên Quang nhận tiền bồi thường đúng hạn.');
    expect(paid['tone.criticism'] ?? []).toEqual([]);
  });

  it('help delivered after a disaster reads as praise; a factory rebuilt, a makeshift hut and housework do not', () => {
    const h = hits(
      'Bộ đội giúp dân dựng lại nhà sau lũ',
      'Bộ đội ở tỉnh Tuyên Quang giúp các gia đình dựng lại nhà, dựng nhà tạm và làm giúp cả ngày; xã trao mỗi hộ 5 triệu đồng.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining(['dựng lại nhà', 'dựng nhà tạm', 'làm giúp', 'trao mỗi hộ']),
    );
    const not = hits(
      'Nhà máy được xây dựng lại',
      'Công ty ở tỉnh Tuyên Quang xây dựng lại nhà máy; công nhân phải dựng nhà tạm bợ, con gái đi làm giúp việc.',
    );
    expect(not['tone.praise'] ?? []).not.toEqual(expect.arrayContaining(['dựng lại nhà', 'dựng nhà tạm', 'làm giúp']));
    for (const cue of ['dựng lại nhà', 'dựng nhà tạm', 'làm giúp']) expect(not['tone.praise'] ?? []).not.toContain(cue);
  });

  it('a benefit regime (“chế độ hỗ trợ”, “chế độ phụ cấp”) is not the hostile “chế độ”', () => {
    const h = hits(
      'Chế độ cho cán bộ thôn',
      'Cử tri đề nghị làm rõ chế độ hỗ trợ, chế độ phụ cấp cho cán bộ thôn ở tỉnh Tuyên Quang.',
    );
    expect(h['tone.hostile'] ?? []).not.toContain('chế độ');
    const hostile = hits('Bài viết xuyên tạc', 'Trang này viết rằng chế độ ở tỉnh Tuyên Quang đàn áp dân.');
    expect(hostile['tone.hostile']).toContain('chế độ');
  });
});

describe('relevance (set AO’s kind)', () => {
  const profile = loadProfile();
  const assess = (title: string, body: string) =>
    assessRelevance(profile, { id: 'a', publishedAt: '2025-10-25T19:00:00+07:00', title, body });

  it('a name that “thuộc” places in another province is that place, wherever else it recurs', () => {
    const r = assess(
      'Đêm văn hóa phố cổ Vị Xuyên',
      'Đêm văn hóa được tổ chức tại khu vực Vị Xuyên thuộc trung tâm Nam Định cũ, quanh hồ Vị Xuyên.',
    );
    expect(r.relevant).toBe(false);
    expect(r.excluded.map((m) => m.exclusion.id)).toContain('address-elsewhere');
    // "thuộc" our own province, or followed by anything but a place, places nothing elsewhere.
    expect(assess('Chợ phiên Vị Xuyên', 'Xã Vị Xuyên thuộc tỉnh Tuyên Quang, cách Hà Nội 300 km.').relevant).toBe(true);
    expect(assess('Vị Xuyên dẫn đầu', 'Vị Xuyên thuộc nhóm dẫn đầu về thu hút khách từ Hà Nội.').relevant).toBe(true);
  });
});

describe('near-duplicates (set AO’s kind)', () => {
  const paragraphs = [
    'Trong ba ngày lễ hội, tỉnh đón hơn 310.000 lượt khách, trong đó khoảng 46.000 khách lưu trú; công suất phòng các khách sạn trung tâm đạt 97%, doanh thu dịch vụ ước 215 tỷ đồng.',
    'Năm nay có 42 mô hình đèn lớn, cao 8-11 m, kết hợp ánh sáng, âm thanh và chuyển động cơ khí, tái hiện các tích truyện dân gian và cảnh đẹp của vùng cao.',
  ];
  const original: ArticleInput = {
    id: 'festival',
    url: 'https://baotuyenquang.com.vn/le-hoi-1.html',
    publishedAt: '2026-09-26T08:00:00+07:00',
    title: 'Lễ hội Thành Tuyên: đêm rước đèn rực rỡ',
    body: [
      'Tối 25/9, đêm chính hội, hàng chục mô hình đèn của các tổ dân phố diễu hành qua các tuyến phố trung tâm, dòng người nô nức đổ về xem.',
      ...paragraphs,
      'Một du khách đến từ Hải Phòng chia sẻ chưa ở đâu thấy những chiếc đèn lớn và đẹp như ở đây.',
    ].join('\n\n'),
  };

  it('a copy with a new lead and a new title joins the original when it keeps every one of many figures', () => {
    const copy: ArticleInput = {
      id: 'national',
      url: 'https://vnexpress.net/ruoc-den-2.html',
      publishedAt: '2026-09-26T12:00:00+07:00',
      title: 'Hàng trăm nghìn người xem rước đèn khổng lồ ở Tuyên Quang',
      body: [
        'Những mô hình đèn cao tới 11 m diễu hành qua trung tâm tối 25/9, khiến đường phố chật kín người xem.',
        ...paragraphs,
      ].join('\n\n'),
    };
    expect(cluster([original, copy]).get('national')).toBe('festival');
    // The same wording with other figures is another year's report of one template, not a copy.
    const nextYear: ArticleInput = {
      ...copy,
      id: 'next-year',
      body: copy
        .body!.replace('310.000', '280.000')
        .replace('46.000', '39.000')
        .replace('97%', '91%')
        .replace('215', '188')
        .replace('42', '36')
        .replace('25/9', '14/9'),
    };
    expect(cluster([original, nextYear]).get('next-year')).toBe('next-year');
  });
});
