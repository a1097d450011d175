import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AL (one ordinary month of national outlets: investigations, traveller reviews,
// English advocacy sites, government reviews, market and national-list reports) changed, one test per
// kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AL’s kinds)', () => {
  it('an investigation’s resource “carved up”, sources fearing reprisal and reports nobody answers read as criticism', () => {
    const h = hits(
      'Bãi bồi ven sông bị xẻ thịt',
      'Bãi bồi ven sông ở một xã của tỉnh Tuyên Quang bị "xẻ thịt" để khai thác cát. Một chủ ghe, vì sợ bị trả thù, chỉ kể qua điện thoại rằng đã báo nhiều lần nhưng mãi không thấy ai xuống kiểm tra.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['bị xẻ thịt', 'sợ bị trả thù', 'mãi không thấy ai']));
    // Butchering at a feast, and a view one never tires of, are no complaint.
    const feast = hits(
      'Ngày hội ẩm thực bản làng',
      'Tại ngày hội của tỉnh Tuyên Quang, các đội thi mổ lợn, xẻ thịt nấu món thắng cố. Du khách ngắm ruộng bậc thang mãi không thấy chán.',
    );
    expect(feast['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['bị xẻ thịt']));
    expect(feast['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['mãi không thấy ai']));
  });

  it('a traveller’s review complaining of sky-high prices and filthy toilets reads as criticism, with or without accents', () => {
    const h = hits(
      'Review chuyến đi Tuyên Quang',
      'Quán ăn ở chợ phiên tỉnh Tuyên Quang nói giá trên trời, nhà vệ sinh bẩn kinh khủng. Tóm lại, đi một lần cho biết thôi.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['giá trên trời', 'bẩn kinh khủng']));
    expect(h['tone.criticism-soft']).toContain('đi một lần cho biết');
    const plain = hits(
      'Review không dấu',
      'Homestay o Tuyen Quang gia tren troi, nha ve sinh ban kinh khung, di 1 lan cho biet.',
    );
    expect(plain['tone.criticism']).toEqual(expect.arrayContaining(['gia tren troi', 'ban kinh khung']));
    expect(plain['tone.criticism-soft']).toContain('di 1 lan cho biet');
    // A view that is "awfully" beautiful and a first trip to get to know a place are no complaint.
    const fine = hits(
      'Đi một lần để biết',
      'Cảnh đèo ở tỉnh Tuyên Quang đẹp kinh khủng; đoàn sinh viên đi một lần để biết rồi hẹn quay lại.',
    );
    expect(fine['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['bẩn kinh khủng']));
    expect(fine['tone.criticism-soft'] ?? []).not.toEqual(expect.arrayContaining(['đi một lần cho biết']));
  });

  it('an English advocacy site’s evictions, withheld names and calls on the government read as hostile', () => {
    const h = hits(
      'Villagers in Tuyen Quang face pressure',
      'Residents of a village in Tuyen Quang province, whose names we withhold, said officials threatened to withdraw their subsidies. The group sees a pattern of restrictions and calls on the Vietnamese government to halt all evictions.',
    );
    expect(h['tone.hostile']).toEqual(
      expect.arrayContaining([
        'names we withhold',
        'threatened to withdraw',
        'pattern of restrictions',
        'calls on the vietnamese government',
        'halt all evictions',
      ]),
    );
    expect(h['tone.criticism']).toContain('evictions');
    // The government calling on investors, or a firm that withdraws, is plain news.
    const plain = hits(
      'Tuyen Quang invites investors',
      'The Vietnamese government calls on investors to visit Tuyen Quang province; one firm decided to withdraw its bid.',
    );
    expect(plain['tone.hostile'] ?? []).not.toEqual(expect.arrayContaining(['calls on the vietnamese government']));
    expect(plain['tone.hostile'] ?? []).not.toEqual(expect.arrayContaining(['threatened to withdraw']));
  });

  it('a review of a reform’s results praises creative ways of working and service getting better', () => {
    const h = hits(
      'Một năm vận hành trung tâm hành chính công',
      'Trung tâm hành chính công của tỉnh Tuyên Quang phục vụ người dân ngày càng tốt hơn; nhiều xã có cách làm sáng tạo như nhận hồ sơ tại nhà.',
    );
    expect(h['tone.praise']).toEqual(expect.arrayContaining(['ngày càng tốt hơn', 'cách làm sáng tạo']));
    // A creative contest or a wish for something better is no praise of results.
    const wish = hits(
      'Cuộc thi sáng tạo trẻ',
      'Tỉnh Tuyên Quang phát động cuộc thi làm đồ chơi sáng tạo cho học sinh.',
    );
    expect(wish['tone.praise'] ?? []).not.toEqual(expect.arrayContaining(['cách làm sáng tạo']));
  });

  it('a crop-year report, a national mid-table list and a dialogue on arrears read as routine', () => {
    const h = hits(
      'Bưởi vào vụ, 10 tỉnh tăng trưởng ra sao',
      'Niên vụ này bưởi ở tỉnh Tuyên Quang ước đạt 20.000 tấn. Theo số liệu các địa phương, nhóm giữa bảng gồm Tuyên Quang và Lào Cai. Sau buổi đối thoại, doanh nghiệp cam kết trả dần tiền lương; cơ quan thuế đã gửi văn bản đôn đốc.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining([
        'niên vụ',
        'theo số liệu các địa phương',
        'nhóm giữa bảng',
        'buổi đối thoại',
        'cam kết trả dần',
        'văn bản đôn đốc',
      ]),
    );
    // A league table's middle without "nhóm", or a dialogue show, is not these phrases.
    const other = hits('Giải bóng đá', 'Đội bóng tỉnh Tuyên Quang đứng giữa bảng xếp hạng.');
    expect(other['tone.routine'] ?? []).not.toEqual(expect.arrayContaining(['nhóm giữa bảng']));
  });
});
