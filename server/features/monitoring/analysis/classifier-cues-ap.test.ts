import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AP (three months of national online newspapers: news, investigations,
// features, with syndication) changed, one test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AP’s kinds)', () => {
  it('a replacement reaches a short list item after a comma, not the next clause', () => {
    const h = hits(
      'Sai phạm tiền xóa nhà tạm',
      'Tỉnh Tuyên Quang: tham ô tiền xóa nhà tạm, nguyên cán bộ xã cũ bị khởi tố.',
    );
    expect(h['tone.criticism']).toContain('bị khởi tố');
    expect(h['not.tone.criticism'] ?? []).not.toContain('bị khởi tố');
    // The list after "xóa" is still what is cleared.
    const cleared = hits('Xóa nhà tạm', 'Tỉnh Tuyên Quang xóa nhà tạm, nhà dột nát cho 300 hộ nghèo.');
    expect(cleared['not.tone.criticism']).toContain('dột nát');
    expect(cleared['tone.criticism'] ?? []).not.toContain('dột nát');
  });

  it('overcharging investigations: the scourge, menus without prices and nobody punished read as criticism', () => {
    const h = hits(
      'Nạn chặt chém trên cung đường đèo',
      'Ở tỉnh Tuyên Quang, thực đơn không ghi giá, nạn chèo kéo vẫn còn; đến nay chưa có cơ sở nào bị xử phạt, nhiều vi phạm chưa bị xử lý.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'nạn chặt chém',
        'không ghi giá',
        'nạn chèo kéo',
        'chưa có cơ sở nào bị xử phạt',
        'chưa bị xử lý',
      ]),
    );
    // A facility untouched by a flood, and a menu with its prices, are no complaint.
    const fine = hits(
      'Mưa lớn ở Tuyên Quang',
      'Mưa lớn ở tỉnh Tuyên Quang, chưa có cơ sở nào bị ảnh hưởng; quán ăn niêm yết giá, thực đơn ghi giá rõ ràng.',
    );
    expect(fine['tone.criticism'] ?? []).toEqual([]);
  });

  it('what a reporter observed is no praise, what is recognised still is', () => {
    const h = hits(
      'Bãi rác tự phát',
      'Phóng viên VTV ghi nhận nhiều bãi rác ven suối ở tỉnh Tuyên Quang; phóng viên ghi nhận nước thải chảy thẳng ra sông.',
    );
    expect(h['tone.praise-soft'] ?? []).not.toContain('ghi nhận');
    const praised = hits('Mô hình hay', 'Mô hình của tỉnh Tuyên Quang được Bộ ghi nhận và nhân rộng.');
    expect(praised['tone.praise-soft']).toContain('ghi nhận');
  });

  it('a late or slow response — only promises, stepping in only then, slow detection — reads as criticism', () => {
    const h = hits(
      'Rừng bị chặt trắng, kiểm lâm chậm phát hiện',
      'Rừng phòng hộ ở tỉnh Tuyên Quang bị chặt trắng. Người dân báo nhiều lần nhưng chỉ được hẹn, có lần chỉ được trả lời "đang xem xét"; hai tháng sau kiểm lâm mới lập biên bản, khi báo chí lên tiếng xã mới vào cuộc. Lãnh đạo hạt thừa nhận việc kiểm tra chưa kịp thời.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'bị chặt trắng',
        'chỉ được hẹn',
        'chỉ được trả lời',
        'mới lập biên bản',
        'mới vào cuộc',
        'chưa kịp thời',
      ]),
    );
    // An explanation lists eight phrases a category at most: the title's cue is checked on its own.
    expect(hits('Kiểm lâm chậm phát hiện', 'Rừng ở tỉnh Tuyên Quang bị phá.')['tone.criticism']).toContain(
      'chậm phát hiện',
    );
    // Help on time and an office that stepped in at once are no complaint.
    const fine = hits(
      'Hỗ trợ kịp thời',
      'Chính quyền tỉnh Tuyên Quang đã vào cuộc ngay, hỗ trợ kịp thời các hộ dân; biên bản được lập trong ngày.',
    );
    expect(fine['tone.criticism'] ?? []).toEqual([]);
    expect(fine['tone.praise']).toContain('kịp thời');
  });

  it('unpaid wages read as criticism, wages paid do not', () => {
    const h = hits(
      'Công nhân không nhận được lương',
      'Hơn 200 công nhân ở tỉnh Tuyên Quang ba tháng không nhận được lương; giáo viên hợp đồng chưa được trả lương.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['không nhận được lương', 'chưa được trả lương']));
    const paid = hits('Trả lương đúng hạn', 'Công nhân ở tỉnh Tuyên Quang nhận được lương đầy đủ, đúng hạn.');
    expect(paid['tone.criticism'] ?? []).toEqual([]);
  });

  it('a post that says the province loses face, also unaccented, reads as criticism; a match’s lost points do not', () => {
    const h = hits('Canh bao homestay', 'Tuyen Quang de tinh trang nay la mat diem qua, khach di mot lan la so.');
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['la mat diem', 'mat diem qua']));
    const vi = hits('Chuyện xả rác', 'Rác ven đèo làm mất điểm du lịch tỉnh Tuyên Quang trong mắt khách.');
    expect(vi['tone.criticism']).toContain('làm mất điểm');
    const match = hits('Bóng đá', 'Đội bóng tỉnh Tuyên Quang mất điểm trên sân nhà ở vòng 5.');
    expect(match['tone.criticism'] ?? []).toEqual([]);
  });

  it('complaints of prices “as cheap as giving away” and of unsuitable plans read as criticism', () => {
    const h = hits(
      'Giá đền bù rẻ như cho',
      'Người dân tỉnh Tuyên Quang kêu giá đền bù "rẻ như cho"; nhiều vùng trồng ở đất dốc không phù hợp.',
    );
    expect(h['tone.criticism']).toContain('rẻ như cho');
    expect(h['tone.criticism-soft']).toContain('không phù hợp');
  });

  it('support levels in resolutions and prices held steady read as routine, kept areas as praise', () => {
    const h = hits(
      'Giá cam ngày 5/10: giữ ổn định',
      'HĐND tỉnh Tuyên Quang quy định mức hỗ trợ cán bộ dôi dư. Giá cam tại vườn giữ ổn định, gần như không đổi so với tuần trước.',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['mức hỗ trợ', 'giữ ổn định', 'gần như không đổi']));
    expect(h['tone.praise'] ?? []).not.toEqual(expect.arrayContaining(['hỗ trợ']));
    expect(h['tone.praise'] ?? []).not.toEqual(expect.arrayContaining(['ổn định']));
    // Homes kept where they are and order kept stable are still praise, and so is help delivered.
    const kept = hits(
      'Quy hoạch ven sông',
      'Các khu dân cư ở tỉnh Tuyên Quang được giữ ổn định; lực lượng công an giữ ổn định an ninh, hỗ trợ người dân.',
    );
    expect(kept['tone.praise']).toEqual(expect.arrayContaining(['được giữ ổn định', 'giữ ổn định an ninh', 'hỗ trợ']));
  });
});
