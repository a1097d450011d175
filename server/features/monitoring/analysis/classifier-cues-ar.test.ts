import { describe, expect, it } from 'vitest';
import { loadProfile } from './defaults.js';
import { clusterOf as cluster } from './near-duplicates.test-support.js';
import { assessRelevance } from './relevance.js';
import { seedCueHits as hits } from './seed-cues.test-support.js';
import type { ArticleInput } from './types.js';

// What the tuning on set AR (a monitoring officer's season of keyword hits: portals, reposts, social
// media, forums, foreign and overseas sites, with confounders) changed, one test per kind. Every
// sentence here is invented.

const profile = loadProfile();
const assess = (title: string, body: string) =>
  assessRelevance(profile, { id: 'a', publishedAt: '2026-04-10T08:00:00+07:00', title, body });

describe('tone cues of the seed lexicon (set AR’s kinds)', () => {
  it('a trip report’s and a travel blog’s verdicts read as praise, not the unaccented “đang đi”', () => {
    const vi = hits(
      'Trip report cung hồ Na Hang',
      'Đường lên tỉnh Tuyên Quang giờ trải nhựa êm, nước hồ xanh ngắt, quán ăn tính tiền đúng như niêm yết; cảnh ở đây đẹp không kém Sa Pa, rất đáng đi.',
    );
    expect(vi['tone.praise']).toEqual(expect.arrayContaining(['đẹp không kém', 'rất đáng đi']));
    expect(vi['tone.praise-soft']).toEqual(expect.arrayContaining(['trải nhựa êm', 'xanh ngắt', 'đúng như niêm yết']));
    // Prices as listed are no routine price notice.
    expect(vi['tone.routine'] ?? []).not.toContain('niêm yết');
    const en = hits(
      'Riding the loop in Tuyen Quang',
      'The Ma Pi Leng pass in Tuyen Quang was the highlight, the views jaw-dropping and the food excellent, with clean toilets at every stop.',
    );
    expect(en['tone.praise']).toEqual(
      expect.arrayContaining(['highlight', 'jaw dropping', 'excellent', 'clean toilets']),
    );
    // "Ai đang đi làm…" written without marks, and a report that highlighted crashes, praise nothing.
    const bare = hits('Mai di bau cu', 'Ai dang di lam o Tuyen Quang thi co gang ve nha bau cu nhe.');
    expect(bare['tone.praise'] ?? []).toEqual([]);
    const report = hits('Crash report', 'A report highlighted the crashes on the Tuyen Quang loop.');
    expect(report['tone.praise'] ?? []).not.toContain('highlight');
  });

  it('measured criticism of a tourism offer: disjointed products, stale pages, misspelt signs, plans on paper', () => {
    const h = hits(
      'Du lịch Tuyên Quang: tiềm năng lớn, sản phẩm còn rời rạc',
      'Trang thông tin du lịch của tỉnh Tuyên Quang dừng cập nhật từ lâu, biển chỉ dẫn sai chính tả, chất lượng dịch vụ chênh lệch rõ, kế hoạch liên kết vùng vẫn dừng lại trên giấy.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['còn rời rạc', 'dừng cập nhật', 'sai chính tả', 'dừng lại trên giấy']),
    );
    expect(h['tone.criticism-soft']).toEqual(expect.arrayContaining(['rời rạc', 'chênh lệch rõ']));
    // A page updated daily, a spelling test and a paper licence are no complaint.
    const fine = hits(
      'Trang tin cập nhật hằng ngày',
      'Trang tin của tỉnh Tuyên Quang cập nhật hằng ngày; học sinh thi viết chính tả; giấy phép được in trên giấy.',
    );
    expect(fine['tone.criticism'] ?? []).toEqual([]);
  });

  it('a rise whose subject is a price is market news, a rise of value or visitors is growth', () => {
    const price = hits(
      'Giá cam sành ngày 7/1: tăng mạnh',
      'Giá cam sành thu mua tại vườn ở xã Thái Hòa, tỉnh Tuyên Quang tăng mạnh, thương lái gom hàng cho thị trường Tết.',
    );
    expect(price['tone.routine']).toContain('tăng mạnh');
    expect(price['tone.praise'] ?? []).not.toContain('tăng mạnh');
    const growth = hits(
      'Xuất khẩu tăng mạnh',
      'Giá trị xuất khẩu của tỉnh Tuyên Quang tăng mạnh. Giá vé giảm, lượng khách tăng mạnh.',
    );
    expect(growth['tone.praise']).toContain('tăng mạnh');
    expect(growth['tone.routine'] ?? []).not.toContain('tăng mạnh');
  });

  it('a shortcoming granted by “despite” or “mặc dù” is turned, one after the comma is not', () => {
    const conceded = hits(
      'The loop is still worth it',
      'Despite the crowds you read about online, the Ma Pi Leng pass in Tuyen Quang is stunning.',
    );
    expect(conceded['not.tone.criticism-soft']).toContain('crowds');
    expect(conceded['tone.criticism-soft'] ?? []).not.toContain('crowds');
    const vi = hits('Về đích', 'Mặc dù còn nhiều khó khăn, tỉnh Tuyên Quang vẫn về đích sớm.');
    expect(vi['not.tone.criticism-soft']).toContain('còn nhiều khó khăn');
    const after = hits('Signs', 'Despite new signs, the Tuyen Quang loop is overcrowded and dirty.');
    expect(after['tone.criticism']).toEqual(expect.arrayContaining(['overcrowded', 'dirty']));
  });
});

describe('relevance: relatives named after the former province (set AR’s kinds)', () => {
  it('a name after an English kinship word, in apposition, is a relative’s, and so are its other mentions', () => {
    const r = assess(
      'Ha Giang Kitchen opens in Footscray',
      "Ha Giang Kitchen is named after the owner's grandmother, Ha Giang, whose recipes fill the menu.",
    );
    expect(r.relevant).toBe(false);
    expect(r.excluded.every((m) => m.exclusion.kind === 'person')).toBe(true);
  });

  it('a parent’s post about “con gái Ha Giang”, written without marks', () => {
    const r = assess(
      'Chuc mung sinh nhat con gai Ha Giang',
      'Chuc mung sinh nhat be Ha Giang nha, con gai yeu cua bo me!',
    );
    expect(r.relevant).toBe(false);
  });

  it('a hometown in apposition, or a trip with one’s mother, is still the place', () => {
    expect(assess('Home for the festival', 'She flew back to her hometown, Ha Giang, for the festival.').relevant).toBe(
      true,
    );
    expect(
      assess('Spring trip', 'We took my mother to Ha Giang last spring; the karst plateau was stunning.').relevant,
    ).toBe(true);
  });
});

describe('near-duplicates across languages (set AR’s kind)', () => {
  const vi: ArticleInput = {
    id: 'fest-vi',
    url: 'https://baotuyenquang.example.vn/le-hoi-tam-giac-mach-meo-vac.html',
    publishedAt: '2026-10-07T07:00:00+07:00',
    title: 'Lễ hội hoa tam giác mạch ở Mèo Vạc đón 42.000 lượt khách',
    body: [
      'Trong ba ngày 4–6/10, lễ hội hoa tam giác mạch tại xã Mèo Vạc (tỉnh Tuyên Quang) đón khoảng 42.000 lượt khách, doanh thu dịch vụ ước đạt 18,5 tỷ đồng.',
      'Ban tổ chức cho biết 120 gian hàng của các hợp tác xã ở Sơn Vĩ, Lũng Cú và Đồng Văn đã bán hết đặc sản. Ông Giàng Mí Lử, Chủ tịch UBND xã Mèo Vạc, cho biết xã bố trí 60 chỗ đỗ xe miễn phí.',
    ].join('\n\n'),
  };
  const en = (from: number): ArticleInput => ({
    id: `fest-en-${from}`,
    url: 'https://english.example.vn/travel/meo-vac-buckwheat-festival.html',
    publishedAt: '2026-10-07T15:00:00+07:00',
    title: 'Meo Vac buckwheat flower festival draws 42,000 visitors',
    body: [
      `The buckwheat flower festival in Meo Vac commune, Tuyen Quang province, welcomed about 42,000 visitors from October ${from} to 6, with service revenue estimated at 18.5 billion dong.`,
      'Organisers said 120 stalls run by cooperatives from Son Vi, Lung Cu and Dong Van sold out of local specialties. Giang Mi Lu, chairman of Meo Vac commune, said 60 free parking spaces had been provided.',
    ].join('\n\n'),
  });

  it('a Vietnamese range of days (“4–6/10”) dates its first day, as the translation’s “October 4 to 6” does', () => {
    expect(cluster([vi, en(4)]).get('fest-en-4')).toBe('fest-vi');
    // A translation whose range opens on another day is not this story.
    expect(cluster([vi, en(3)]).get('fest-en-3')).toBe('fest-en-3');
  });
});
