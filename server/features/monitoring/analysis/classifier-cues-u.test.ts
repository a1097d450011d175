import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// The cues the tuning on set U (the economy, investment and business press) added to the seed lexicon
// (the earlier sets' are in classifier-cues*.test.ts), one test per kind. Every sentence is invented.

describe('tone cues of the seed lexicon (set U’s kinds: the business press)', () => {
  it('a listed company’s bulletin is market routine, and its record profit or limit-up share is not praise', () => {
    const h = hits(
      'Thủy điện Sông Lô (SLH) lãi kỷ lục, cổ phiếu tăng trần',
      'CTCP Thủy điện Sông Lô (mã chứng khoán SLH), có nhà máy ở tỉnh Tuyên Quang, báo lãi quý 2 gấp đôi cùng kỳ. Phiên 14/8 cổ phiếu SLH tăng trần với khối lượng khớp lệnh 1,2 triệu đơn vị; công ty sẽ chốt quyền trả cổ tức 12% bằng tiền mặt.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['mã chứng khoán', 'báo lãi', 'cổ phiếu', 'khớp lệnh', 'chốt quyền', 'cổ tức']),
    );
    expect(h['tone.praise'] ?? []).not.toContain('kỷ lục');
    // The province's own record is still praise.
    expect(
      hits('Tuyên Quang đón lượng khách kỷ lục', 'Tuyên Quang đón lượng khách kỷ lục dịp nghỉ lễ.')['tone.praise'],
    ).toContain('kỷ lục');
  });

  it('a bond issuer’s disclosure of a late coupon is market routine', () => {
    const h = hits(
      'Doanh nghiệp thủy điện ở Tuyên Quang chậm trả lãi trái phiếu',
      'Công ty vừa công bố thông tin chậm thanh toán lãi trái phiếu kỳ thứ 5; trái chủ có thể yêu cầu xử lý tài sản bảo đảm.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining([
        'chậm trả lãi',
        'trái phiếu',
        'công bố thông tin',
        'chậm thanh toán lãi',
        'trái chủ',
        'tài sản bảo đảm',
      ]),
    );
  });

  it('an auction’s result is routine: “đấu giá thành công” is not praise', () => {
    const h = hits(
      'Đấu giá thành công mỏ cát ở Tuyên Quang',
      'Phiên đấu giá mỏ cát lòng sông ở tỉnh Tuyên Quang có 4 doanh nghiệp tham gia; giá khởi điểm 20 tỷ đồng, đơn vị trúng đấu giá trả 31 tỷ đồng.',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['phiên đấu giá', 'giá khởi điểm', 'trúng đấu giá']));
    expect(h['tone.praise'] ?? []).not.toContain('thành công');
    expect(hits('Lễ hội thành công', 'Lễ hội ở Tuyên Quang đã thành công tốt đẹp.')['tone.praise']).toContain(
      'thành công',
    );
  });

  it('a ban on exports abroad is not export praise, and longer working hours at a gate are not a delay', () => {
    const h = hits(
      'Giá quặng tăng khi nước ngoài siết xuất khẩu',
      'Giá quặng tăng sau khi một số nước siết xuất khẩu. Cửa khẩu ở Tuyên Quang kéo dài thời gian làm việc đến 21 giờ và kéo dài giờ làm việc cả ngày nghỉ.',
    );
    expect(h['tone.praise'] ?? []).not.toContain('xuất khẩu');
    expect(h['tone.criticism'] ?? []).not.toContain('kéo dài');
    // A procedure that drags on is still criticism.
    expect(hits('Hồ sơ bị treo', 'Việc cấp phép ở Tuyên Quang kéo dài nhiều tháng.')['tone.criticism']).toContain(
      'kéo dài',
    );
  });

  it('unchecked debts and a planning failure hit criticism cues, and “không ai chịu trách nhiệm” is not negated', () => {
    const h = hits(
      'Nợ đọng ở Tuyên Quang phình to',
      'Đoàn kiểm tra chỉ ra tình trạng nể nang, chậm áp dụng biện pháp thu hồi khiến nợ đọng phình to. Quy hoạch vùng chè vỡ trận vì chưa gắn với chế biến; nông dân hỏi vì sao không ai chịu trách nhiệm.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'nể nang',
        'chậm áp dụng',
        'phình to',
        'vỡ trận',
        'chưa gắn với',
        'không ai chịu trách nhiệm',
      ]),
    );
    expect(h['not.tone.criticism'] ?? []).not.toContain('ai chịu trách nhiệm');
  });

  it('a business’s complaint of a slow border gate hits criticism cues', () => {
    const h = hits(
      'Doanh nghiệp kêu khó ở cửa khẩu',
      'Các doanh nghiệp kêu khó vì hệ thống khai báo ở cửa khẩu tỉnh Tuyên Quang thường xuyên lỗi.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['kêu khó', 'thường xuyên lỗi']));
  });

  it('a rebuttal’s wording (sự thật về, gán ghép, nhằm bôi nhọ) is denial', () => {
    const h = hits(
      'Sự thật về tin đồn thu hồi đất ở Tuyên Quang',
      'Các bài viết trên mạng đã gán ghép một vụ tranh chấp dân sự thành chuyện chính quyền tỉnh Tuyên Quang lấy đất, nhằm bôi nhọ chính quyền.',
    );
    expect(h['tone.denial']).toEqual(expect.arrayContaining(['sự thật về', 'gán ghép', 'nhằm bôi nhọ']));
  });

  it('an English rights report’s accusations are hostile', () => {
    const h = hits(
      'Villagers forced off ancestral land in Tuyen Quang, group says',
      'Families in Tuyen Quang were forced off their ancestral land, the group says, accusing officials of systematic discrimination and of silencing critics.',
    );
    expect(h['tone.hostile']).toEqual(
      expect.arrayContaining(['forced off', 'ancestral land', 'systematic discrimination', 'silencing']),
    );
  });
});
