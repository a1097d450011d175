import { describe, expect, it } from 'vitest';
import { seedCueHits as hits, seedFlags as flags } from './seed-cues.test-support.js';

// What the tuning on set AU (a tourism high season with the rest of those weeks' news: provincial,
// national, foreign and social sources) changed, one test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AU’s kinds)', () => {
  it('a visitor asked for money, spoken to rudely, never told the price and not coming back reads as criticism', () => {
    const h = hits(
      'Chuyến đi đáng quên',
      'Ở tỉnh Tuyên Quang, chụp ảnh xong thì có người đòi tiền, nói khó nghe với cả nhóm; quán ăn không báo giá, lúc gọi món không ai báo giá. Chắc mình không quay lại.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['đòi tiền', 'nói khó nghe', 'không báo giá', 'không ai báo giá', 'không quay lại']),
    );
    // Nobody asked for money, and a group that turns back to town complains of nothing.
    const fine = hits(
      'Chuyến đi vui',
      'Ở tỉnh Tuyên Quang không có ai đòi tiền chụp ảnh. Chiều tối đoàn quay lại thị trấn nghỉ.',
    );
    expect(fine['tone.criticism'] ?? []).not.toContain('đòi tiền');
    expect(fine['tone.criticism'] ?? []).not.toContain('không quay lại');
  });

  it('a negator in a condition ends at “thì”: what follows is what happened', () => {
    const h = hits(
      'Bị đi theo xe',
      'Trên đèo ở tỉnh Tuyên Quang, khách không trả thì bị đi theo xe, nói lời khó nghe.',
    );
    expect(h['tone.criticism']).toContain('lời khó nghe');
    expect(h['not.tone.criticism'] ?? []).not.toContain('lời khó nghe');
    // Without the condition the negator still reaches the cue.
    const none = hits('Người bán lịch sự', 'Ở chợ phiên tỉnh Tuyên Quang không ai nói lời khó nghe với khách.');
    expect(none['tone.criticism'] ?? []).not.toContain('lời khó nghe');
    expect(none['not.tone.criticism']).toContain('lời khó nghe');
  });

  it('passengers abandoned on the way and made to pay extra read as criticism, with or without accents', () => {
    const h = hits(
      'Xe khách bỏ khách giữa đường',
      'Xe khách tuyến nội tỉnh Tuyên Quang bỏ khách giữa đường; ai muốn đi tiếp phải đóng thêm 100 nghìn đồng.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['bỏ khách giữa đường', 'phải đóng thêm']));
    const bare = hits(
      'Xe khach bo khach giua duong',
      'Xe khach o Tuyen Quang bo khach giua duong, muon di tiep phai dong them tien.',
    );
    expect(bare['tone.criticism']).toEqual(expect.arrayContaining(['bo khach giua duong', 'phai dong them']));
    // Leaving a hotel for a homestay abandons nobody.
    const hotel = hits('Đổi chỗ ở', 'Nhóm bạn bỏ khách sạn ở tỉnh Tuyên Quang để ở homestay.');
    expect(hotel['tone.criticism'] ?? []).toEqual([]);
  });

  it('spoil dumped on fields, complaints nobody came to see and papers granted unlawfully read as criticism', () => {
    const h = hits(
      'Dân kêu vì công trình đổ đất đá',
      'Ở tỉnh Tuyên Quang, nhà thầu đổ đất đá xuống ruộng; dân làm đơn từ tháng 7 nhưng chưa thấy ai xuống đo đạc. Cán bộ ký cấp giấy khi chưa đủ điều kiện.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['đổ đất đá', 'chưa thấy ai xuống', 'khi chưa đủ điều kiện']),
    );
    // Rocks brought down by rain are a disaster, and nobody complaining is no complaint.
    const rain = hits(
      'Sạt lở',
      'Mưa lớn ở tỉnh Tuyên Quang khiến đất đá đổ xuống đường; đến nay chưa thấy ai phàn nàn về giá.',
    );
    expect(rain['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['đổ đất đá']));
    expect((rain['tone.criticism'] ?? []).some((p) => p.startsWith('chưa thấy ai'))).toBe(false);
  });

  it('a power-cut notice’s “may be back earlier” is no praise, power restored ahead of plan still is', () => {
    const notice = hits(
      'Lịch tạm ngừng cung cấp điện',
      'Điện lực tỉnh Tuyên Quang tạm ngừng cung cấp điện để thay cột. Thời gian đóng điện trở lại có thể sớm hơn dự kiến nếu công việc hoàn thành sớm.',
    );
    expect(notice['tone.praise'] ?? []).toEqual([]);
    expect(notice['tone.routine']).toContain('đóng điện trở lại');
    const done = hits(
      'Đóng điện vượt tiến độ',
      'Công trình điện ở tỉnh Tuyên Quang đã đóng điện, hoàn thành sớm hơn dự kiến.',
    );
    expect(done['tone.praise']).toEqual(expect.arrayContaining(['đóng điện', 'sớm hơn dự kiến']));
  });

  it('questions in travellers’ groups read routine and their sign-off thanks are no praise', () => {
    const h = hits(
      'Hoi ve lich trinh',
      'Cac bac cho em hoi thue xe o Tuyen Quang gia khoang bao nhieu, lich trinh 3 ngay co on khong? Cam on ca nha.',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['khoang bao nhieu', 'lich trinh', 'co on khong']));
    expect(h['tone.praise'] ?? []).toEqual([]);
    const vi = hits(
      'Xin kinh nghiệm',
      'Mình xin kinh nghiệm đi tỉnh Tuyên Quang, giá bao nhiêu một đêm ạ? Cảm ơn trước.',
    );
    expect(vi['tone.routine']).toEqual(expect.arrayContaining(['xin kinh nghiệm', 'giá bao nhiêu']));
    expect(vi['tone.praise'] ?? []).toEqual([]);
    // Thanking the rescuers who helped is praise still.
    const thanks = hits('Cảm ơn', 'Gia đình cảm ơn lực lượng cứu hộ tỉnh Tuyên Quang.');
    expect(thanks['tone.praise']).toContain('cảm ơn');
  });

  it('a meeting that sets out a season’s plan reads routine', () => {
    const h = hits('Phục vụ mùa du lịch', 'UBND tỉnh Tuyên Quang họp để triển khai kế hoạch phục vụ du khách mùa hoa.');
    expect(h['tone.routine']).toContain('triển khai kế hoạch');
  });

  it('a “Mông king” preached by a cult is an ethnic (separatist) claim, the Vương family’s mansion is not', () => {
    expect(
      flags(
        'Vận động bà con từ bỏ tà đạo',
        'Một số đối tượng đến xã ở tỉnh Tuyên Quang tuyên truyền "sắp có vua Mông xuất hiện", vận động người dân bỏ phong tục.',
      ),
    ).toContain('ethnic');
    expect(
      flags('Dinh thự vua Mèo', 'Du khách đến tỉnh Tuyên Quang thăm dinh thự vua Mèo ở Sà Phìn, một di tích quốc gia.'),
    ).not.toContain('ethnic');
  });
});
