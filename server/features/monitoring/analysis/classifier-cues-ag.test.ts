import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AG (mass organisations and community life: the Fatherland Front, unions,
// volunteers, charity and its failings) changed, one test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AG’s kinds)', () => {
  it('charity houses that leak or crack, and contributions forced on households, read as criticism', () => {
    const h = hits(
      'Nhà tình thương mới xây đã thấm dột',
      'Ở một thôn của tỉnh Tuyên Quang, mấy căn nhà tình thương mới xây đã thấm dột, nền lún, tường nứt từ chân lên. Cùng lúc, người dân bị ép đóng quỹ khuyến học, thôn ấn định mức mỗi hộ và bêu tên hộ chưa nộp trên loa.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['thấm dột', 'nền lún', 'tường nứt', 'bị ép đóng', 'ấn định mức', 'bêu tên']),
    );
    // A roof made good again is a repair, not a fault; a fund's name is no disaster.
    const mended = hits(
      'Đoàn viên lợp lại mái nhà',
      'Đoàn viên xã ở tỉnh Tuyên Quang lợp lại mái nhà đã thấm dột cho một cụ già neo đơn và nộp Quỹ phòng chống thiên tai đúng hạn.',
    );
    expect(mended['tone.criticism'] ?? []).not.toContain('thấm dột');
    expect(mended['tone.disaster'] ?? []).not.toContain('thiên tai');
  });

  it('relief money diverted, stuck in an account or collected by a village head reads as criticism', () => {
    const h = hits(
      'Tiền cứu trợ không đến tay người dân',
      'Một thủ quỹ hội ở tỉnh Tuyên Quang bị tạm đình chỉ công tác vì giả chữ ký người nhận, chiếm đoạt tiền cứu trợ; nhiều hộ nói tiền "không đến tay". Ở xã khác, khoản tài trợ chậm giải ngân vì vướng thủ tục, có hộ vẫn phải sống trong lều bạt, còn trưởng thôn bị tố thu tiền của dân để xét hộ nghèo.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'tạm đình chỉ công tác',
        'giả chữ ký',
        'chiếm đoạt tiền cứu trợ',
        'không đến tay',
        'chậm giải ngân',
        'vướng thủ tục',
      ]),
    );
    const village = hits(
      'Trưởng thôn thu tiền của dân',
      'Trưởng thôn ở tỉnh Tuyên Quang bị tố thu tiền của dân để xét nhà, còn hộ nghèo vẫn phải sống trong lều bạt.',
    );
    expect(village['tone.criticism']).toEqual(expect.arrayContaining(['thu tiền của dân', 'vẫn phải sống']));
    // Gifts handed to the families themselves are no diversion.
    const delivered = hits(
      'Trao quà tận tay hộ nghèo',
      'Hội Chữ thập đỏ tỉnh Tuyên Quang trao 200 suất quà tận tay các hộ nghèo, giải ngân đúng hạn.',
    );
    expect(delivered['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['không đến tay', 'chậm giải ngân']));
  });

  it('a commentary on showy, paper-only campaigns reads as criticism', () => {
    const h = hits(
      'Phong trào không thể chỉ đẹp trên báo cáo',
      'Có nơi ở tỉnh Tuyên Quang mắc bệnh hình thức, chạy theo thành tích, chạy theo số lượng mô hình; nhiều câu lạc bộ chỉ tồn tại trên giấy, ngày hội thì phô trương nhưng thiếu thực chất.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'bệnh hình thức',
        'chạy theo thành tích',
        'chạy theo số lượng',
        'chỉ tồn tại trên giấy',
        'phô trương',
        'thiếu thực chất',
      ]),
    );
    // An honest report of a contest's entries says nothing of the kind.
    const plain = hits(
      'Hội thi tuyên truyền viên giỏi',
      'Hội thi ở tỉnh Tuyên Quang có 30 thí sinh, chấm theo hình thức trình bày và nội dung thực chất.',
    );
    expect(plain['tone.criticism'] ?? []).not.toEqual(
      expect.arrayContaining(['bệnh hình thức', 'thiếu thực chất', 'phô trương']),
    );
  });

  it('English complaints of children begging on the loop read as criticism, aid denied as well', () => {
    const h = hits(
      'Stop the sweets on the loop',
      'Near the pass in Tuyen Quang, children beg at every viewpoint; begging has got worse since the tour buses came. It broke my heart. The plateau deserves better. A rights group says some families were struck off and denied housing help.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'children beg',
        'begging',
        'got worse',
        'broke my heart',
        'deserves better',
        'struck off',
      ]),
    );
    // A visitor's warm account hits none of them.
    const warm = hits(
      'A week in Dong Van',
      'Children in Tuyen Quang waved at us on the way to school; the homestay was spotless.',
    );
    expect(warm['tone.criticism']).toBeUndefined();
  });

  it('donation disclosures and a complaints hotline read as routine; a programme’s name carries no praise', () => {
    const h = hits(
      'Công khai kết quả vận động quỹ cứu trợ của phường',
      'Ủy ban MTTQ một phường của tỉnh Tuyên Quang công khai kết quả vận động quỹ: tổng số tiền tiếp nhận 120 triệu đồng, số dư chuyển năm sau 4 triệu đồng, đã chi xây 2 nhà Đại đoàn kết. Mọi ý kiến phản ánh gửi về Ban Thường trực.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['công khai kết quả vận động', 'kết quả vận động', 'tổng số tiền tiếp nhận', 'số dư']),
    );
    expect(h['tone.praise'] ?? []).not.toContain('đoàn kết');
    expect(h['tone.criticism'] ?? []).not.toContain('phản ánh');
    // Residents' own complaints stay a complaint.
    const complaint = hits('Dân phản ánh', 'Nhiều hộ ở tỉnh Tuyên Quang phản ánh tiền quỹ bị thu hai lần.');
    expect(complaint['tone.criticism']).toContain('phản ánh');
    const hotline = hits(
      'Tuyen Quang launches a donations hotline',
      'The Fatherland Front in Tuyen Quang launched a hotline to receive complaints about fund-raising.',
    );
    expect(hotline['tone.routine']).toEqual(expect.arrayContaining(['hotline', 'launched a hotline']));
    expect(hotline['tone.criticism'] ?? []).not.toContain('complaints');
  });

  it('volunteers who lodge with villagers, “living markers” and a village saying no to child marriage are no failing', () => {
    const h = hits(
      'Sinh viên tình nguyện ở nhờ nhà dân',
      'Ba mươi sinh viên ở nhờ nhà dân tại một xã của tỉnh Tuyên Quang, sơn lại lớp học đã bong tróc. Các cựu chiến binh tuần tra cùng biên phòng được gọi là những cột mốc sống. Hội phụ nữ xã nói không với tảo hôn.',
    );
    expect(h['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['ở nhờ', 'bong tróc', 'tảo hôn']));
    expect(h['tone.praise']).toContain('cột mốc sống');
    const slogan = hits('Nói không với rượu', 'Thanh niên một xã ở tỉnh Tuyên Quang nói không với rượu khi lái xe.');
    expect(slogan['tone.praise-soft']).toContain('nói không với');
    // A family driven out to lodge with relatives, paint that is peeling, child marriage on the rise: failings.
    const bad = hits(
      'Tảo hôn tăng',
      'Sau lũ, nhiều hộ ở tỉnh Tuyên Quang phải ở nhờ nhà người thân; tường lớp học bong tróc. Số vụ tảo hôn lại tăng.',
    );
    expect(bad['tone.criticism']).toEqual(expect.arrayContaining(['ở nhờ', 'bong tróc', 'tảo hôn']));
  });

  it('English praise of mutual aid “well organised” reads as praise', () => {
    const h = hits(
      'Mutual aid in Tuyen Quang',
      'The women’s union in Tuyen Quang ran the relief kitchen; it was the most well organised effort I have seen.',
    );
    expect(h['tone.praise']).toContain('well organised');
  });
});
