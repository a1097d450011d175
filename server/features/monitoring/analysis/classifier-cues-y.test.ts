import { describe, expect, it } from 'vitest';
import { hash32 } from '../../../../common/text/syllables.js';
import { dupSignature } from './dup-signature.js';
import { tokenizeArticle } from './relevance.js';
import { seedCueHits as hits, seedFlags as flags } from './seed-cues.test-support.js';
import { clusterOf as cluster } from './near-duplicates.test-support.js';
import type { ArticleInput } from './types.js';

// What the tuning on set Y (environment, agriculture and forests: festivals and prices of farm
// produce, sand and gold, illegal building on the plateau, fires, drought) changed, one test per kind.
// Every article and sentence here is invented.

describe('near-duplicates (set Y’s kinds)', () => {
  const festival: ArticleInput = {
    id: 'festival',
    url: 'https://baotuyenquang.com.vn/le-hoi-hong-khong-hat-1.html',
    publishedAt: '2026-10-12T19:00:00+07:00',
    title: 'Lễ hội hồng không hạt 2026 đón hàng nghìn du khách',
    body: [
      'Sáng 12/10, tại sân vận động xã Quản Bạ, UBND tỉnh Tuyên Quang khai mạc Lễ hội hồng không hạt năm 2026 với 120 gian hàng nông sản của các hợp tác xã trong và ngoài tỉnh.',
      'Toàn tỉnh hiện có khoảng 1.150 ha hồng không hạt, sản lượng dự kiến 6.300 tấn. Giá hồng tại vườn dao động 30.000-45.000 đồng/kg, hồng sấy đạt chuẩn được các cửa hàng đặc sản thu mua với giá cao hơn.',
      'Tại lễ hội, các doanh nghiệp đã ký hợp đồng thu mua 850 tấn hồng. Lãnh đạo tỉnh cho biết sẽ tiếp tục hỗ trợ người dân mở rộng vùng trồng theo hướng hữu cơ.',
    ].join('\n\n'),
  };
  const retold: ArticleInput = {
    id: 'retold',
    url: 'https://nongnghiep.example/hong-quan-ba-vao-mua-2.html',
    publishedAt: '2026-10-13T08:00:00+07:00',
    title: 'Vào mùa hồng chín, nông dân vui vì có hợp đồng bao tiêu',
    body: [
      'Những ngày giữa tháng 10, sắc hồng phủ kín các sườn đồi. Lễ hội hồng không hạt năm 2026 do UBND tỉnh Tuyên Quang tổ chức khai mạc sáng 12/10 ở Quản Bạ với 120 gian hàng.',
      'Theo ngành nông nghiệp, diện tích hồng toàn tỉnh khoảng 1.150 ha, sản lượng năm nay ước 6.300 tấn. Thương lái mua hồng tươi tại vườn từ 30.000 đến 45.000 đồng mỗi kg.',
      'Ngay trong ngày khai mạc, 850 tấn hồng đã có hợp đồng thu mua; du khách còn được tham quan vườn và mua hồng sấy làm quà.',
    ].join('\n\n'),
  };

  it('a price range written with a hyphen counts as its two ends, as another outlet writes them', () => {
    const [title, body] = tokenizeArticle({ id: 'r', title: 'Giá hồng', body: 'Giá 30.000-45.000 đồng/kg.' }).fields;
    const numbers = [...dupSignature(title!.tokens, body!.tokens).numbers];
    expect(numbers).toEqual(expect.arrayContaining([hash32('30.000'), hash32('45.000')]));
    expect(numbers).not.toContain(hash32('30.000-45.000'));
  });

  it('a rewrite that writes the price range “from … to …” joins the original by its figures', () => {
    expect(cluster([festival, retold]).get('retold')).toBe('festival');
  });

  it('the next season’s festival from the same template, with other figures, stays apart', () => {
    const nextYear: ArticleInput = {
      ...festival,
      id: 'next-year',
      url: 'https://baotuyenquang.com.vn/le-hoi-hong-khong-hat-2027.html',
      publishedAt: '2027-10-11T19:00:00+07:00',
      title: 'Lễ hội hồng không hạt 2027 đón hàng nghìn du khách',
      body: festival
        .body!.replace('12/10', '11/10')
        .replace('năm 2026', 'năm 2027')
        .replace('120 gian', '140 gian')
        .replace('1.150 ha', '1.210 ha')
        .replace('6.300', '7.100')
        .replace('30.000-45.000', '28.000-40.000')
        .replace('850', '920'),
    };
    expect(cluster([festival, nextYear]).get('next-year')).toBe('next-year');
    // Nor does the retelling join next year's festival.
    expect(cluster([nextYear, retold]).get('retold')).toBe('retold');
  });

  const sand: ArticleInput = {
    id: 'sand',
    url: 'https://dantri.example/cat-tac-song-gam-1.htm',
    publishedAt: '2026-05-20T06:00:00+07:00',
    title: 'Tàu hút cát ngang nhiên hoạt động trên sông Gâm',
    body: [
      'Suốt đoạn sông Gâm chảy qua xã Yên Hoa và xã Khuôn Hà (tỉnh Tuyên Quang), ít nhất 5 tàu hút cát hoạt động cả ngày lẫn đêm dù không có giấy phép. Bờ sông phía thôn Nà Khá sạt lở nặng, nhiều ruộng ngô của người dân bị cuốn xuống lòng sông.',
      'Năm 2022, tỉnh từng mở đợt cao điểm truy quét, bắt giữ nhiều tàu, nhưng chỉ vài tháng sau tình trạng lại tái diễn. Người dân cho biết đã nhiều lần báo lên xã.',
      'Trưởng thôn Hoàng Văn Sình nói các tàu thường nép vào bờ phía Lâm Bình mỗi khi có đoàn kiểm tra. Đại diện công an xã Yên Hoa cho biết đã lập biên bản nhưng chưa xác định được chủ tàu.',
    ].join('\n\n'),
  };

  it('a reportage retold in new words, with few figures but nearly all its names, joins the original', () => {
    const retoldSand: ArticleInput = {
      id: 'retold-sand',
      url: 'https://baoxaydung.example/song-gam-bi-rut-ruot-2.htm',
      publishedAt: '2026-05-21T09:00:00+07:00',
      title: 'Sông Gâm bị “rút ruột”, ruộng ngô trôi theo bờ lở',
      body: [
        'Ít nhất 5 tàu hút cát đang hoạt động cả ngày lẫn đêm dù không có giấy phép trên sông Gâm, đoạn qua xã Yên Hoa và xã Khuôn Hà, tỉnh Tuyên Quang. Tại thôn Nà Khá, bờ sông lở sâu, ruộng ngô của nhiều hộ đã trôi xuống sông.',
        'Đây không phải chuyện mới: năm 2022 tỉnh đã truy quét, nhưng tàu cát quay lại chỉ sau ít tháng.',
        'Theo ông Hoàng Văn Sình, trưởng thôn Nà Khá, mỗi lần có đoàn kiểm tra, tàu lại nép sang bờ phía Lâm Bình. Công an xã Yên Hoa đã lập biên bản nhưng chưa xác định được chủ tàu.',
      ].join('\n\n'),
    };
    expect(cluster([sand, retoldSand]).get('retold-sand')).toBe('sand');
  });

  it('a follow-up on the same river, places and people, with a new figure, is another story', () => {
    const seized: ArticleInput = {
      id: 'seized',
      url: 'https://baotuyenquang.com.vn/bat-giu-tau-hut-cat-3.html',
      publishedAt: '2026-05-27T10:00:00+07:00',
      title: 'Bắt giữ 3 tàu hút cát trái phép trên sông Gâm',
      body: [
        'Đêm 26/5, công an xã Yên Hoa phối hợp với xã Khuôn Hà (tỉnh Tuyên Quang) bắt giữ 3 tàu hút cát không phép gần thôn Nà Khá, sau nhiều lần người dân báo tin. Năm 2022, đoạn sông này từng được truy quét.',
        'Trưởng thôn Hoàng Văn Sình cho biết các tàu bị bắt khi đang nép vào bờ phía Lâm Bình. Vụ việc đang được điều tra, làm rõ chủ tàu.',
      ].join('\n\n'),
    };
    expect(cluster([sand, seized]).get('seized')).toBe('seized');
  });

  it('daily fire-risk bulletins naming the same communes stay apart', () => {
    const bulletin = (day: number, heat: number): ArticleInput => ({
      id: `fire-${day}`,
      url: `https://kiemlam.example/canh-bao-chay-rung-${day}-4.html`,
      publishedAt: `2026-04-${String(day).padStart(2, '0')}T06:00:00+07:00`,
      title: `Cảnh báo cháy rừng cấp cực kỳ nguy hiểm ngày ${day}/4`,
      body: `Ngày ${day}/4, Chi cục Kiểm lâm tỉnh Tuyên Quang cảnh báo nguy cơ cháy rừng ở cấp cực kỳ nguy hiểm tại các xã Yên Minh, Mậu Duệ, Đồng Văn, Sà Phìn, Lũng Cú, Mèo Vạc và Khâu Vai; nhiệt độ cao nhất ${heat} độ C. Người dân không đốt nương, không mang lửa vào rừng; chủ rừng bố trí người canh gác.`,
    });
    const ids = cluster([bulletin(14, 36), bulletin(15, 37), bulletin(16, 36)]);
    expect(ids.get('fire-15')).toBe('fire-15');
    expect(ids.get('fire-16')).toBe('fire-16');
  });
});

describe('tone cues of the seed lexicon (set Y’s kinds)', () => {
  it('a drought reported as fact is a disaster, and its forecast to last is no criticism', () => {
    const h = hits(
      'Nắng hạn kéo dài, nhiều thôn vùng cao thiếu nước',
      'Sau hơn hai tháng trời nắng gắt, nhiều thôn ở tỉnh Tuyên Quang khô hạn; ruộng nứt nẻ, lúa mới cấy chết khô. Đài khí tượng cho biết nắng hạn có thể kéo dài đến cuối tháng.',
    );
    expect(h['tone.disaster']).toEqual(
      expect.arrayContaining(['nắng hạn kéo dài', 'khô hạn', 'nứt nẻ', 'chết khô', 'nắng hạn']),
    );
    expect(h['tone.criticism'] ?? []).not.toContain('kéo dài');
    // A project that drags on stays criticism.
    const late = hits(
      'Công trình nước sạch thi công kéo dài',
      'Công trình cấp nước ở một xã của tỉnh Tuyên Quang thi công kéo dài, chậm tiến độ hai năm.',
    );
    expect(late['tone.criticism']).toEqual(expect.arrayContaining(['kéo dài', 'chậm tiến độ']));
  });

  it('a surprise inspection with samples taken reads as routine; pollution it finds stays criticism', () => {
    const h = hits(
      'Kiểm tra đột xuất trại lợn',
      'Đoàn công tác của xã thuộc tỉnh Tuyên Quang kiểm tra đột xuất một trang trại lợn, lấy mẫu nước thải để phân tích; kết quả sẽ được công bố sau.',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['kiểm tra đột xuất', 'lấy mẫu']));
    const found = hits(
      'Trại lợn gây ô nhiễm',
      'Kết quả lấy mẫu cho thấy trại lợn ở tỉnh Tuyên Quang gây ô nhiễm nguồn nước của thôn.',
    );
    expect(found['tone.criticism']).toEqual(expect.arrayContaining(['ô nhiễm']));
  });

  it('produce falling in price in a glut reads as a price report, not praise', () => {
    const h = hits(
      'Chè búp xuống giá',
      'Chè búp tươi ở tỉnh Tuyên Quang rớt giá vì các vùng cùng chín rộ, cung vượt cầu trong khi sức mua giảm; giá giảm khoảng một phần ba so với đầu vụ.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['xuống giá', 'rớt giá', 'chín rộ', 'cung vượt cầu', 'sức mua giảm', 'giá giảm']),
    );
    // Produce that sells well stays praise; sowing ("xuống giống") is no price fall.
    const good = hits(
      'Chè được giá, nông dân xuống giống vụ mới',
      'Nông dân tỉnh Tuyên Quang phấn khởi vì chè được giá, nhiều hộ đã xuống giống vụ mới.',
    );
    expect(good['tone.praise']).toEqual(expect.arrayContaining(['được giá']));
    expect(good['tone.routine'] ?? []).not.toEqual(expect.arrayContaining(['xuống giá']));
  });

  it('English reports of payments delivered and a scheme called well run read as praise', () => {
    const h = hits(
      'Forest owners in Tuyen Quang receive payments',
      'The first payments were paid out to households in Tuyen Quang this month. Auditors called the scheme well-run, one of the better-run programmes in the region.',
    );
    expect(h['tone.praise']).toEqual(expect.arrayContaining(['first payments', 'paid out', 'well run', 'better run']));
    // Payments that were not paid out are no praise.
    const unpaid = hits(
      'Forest payments stall in Tuyen Quang',
      'Households in Tuyen Quang say the money has not been paid out since spring.',
    );
    expect(unpaid['tone.praise'] ?? []).not.toContain('paid out');
  });
});

describe('flag cues of the seed lexicon (set Y’s kinds)', () => {
  it('an English hostile claim of families driven off their land without compensation is a rights accusation', () => {
    const title = 'Villagers forced off their land for a resort';
    const body =
      'Communist authorities in Tuyen Quang are forcing families off their ancestral land, our sources say. Households were ordered to leave their homes without compensation and police threatened those who stayed; the group urges foreign governments to sanction the officials responsible.';
    const h = hits(title, body);
    expect(h['flag.human-rights']).toEqual(
      expect.arrayContaining([
        'off their ancestral land',
        'ordered to leave their homes',
        'without compensation',
        'police threatened',
        'sanction the officials',
      ]),
    );
    expect(flags(title, body)).toContain('human-rights');
    // A relocation out of a landslide zone, reported plainly, is no rights claim.
    const moved =
      'Families in Tuyen Quang were moved out of a landslide zone and received compensation for their land.';
    expect(flags('Families relocated from landslide zone', moved)).not.toContain('human-rights');
  });
});
