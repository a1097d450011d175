import { describe, expect, it } from 'vitest';
import { loadProfile } from './defaults.js';
import { assessRelevance } from './relevance.js';
import { seedCueHits as hits, seedFlags as flags } from './seed-cues.test-support.js';

// The cues the tuning on set Z (security, courts and the border as the police, army, border-guard and
// legal press cover them) added to the seed lexicon, one test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set Z’s kinds)', () => {
  it('a case cracked and the awards that follow read as praise, also in English', () => {
    const h = hits(
      'Biểu dương ban chuyên án triệt phá đường dây ma túy',
      'Công an tỉnh Tuyên Quang đã phá thành công chuyên án, chặt đứt đường dây đưa ma túy qua các xã vùng cao. Giám đốc Công an tỉnh gửi thư khen, Chủ tịch UBND tỉnh thưởng nóng ban chuyên án; 6 cá nhân được tặng giấy khen vì lập chiến công.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining([
        'phá thành công',
        'phá thành công chuyên án',
        'chặt đứt',
        'gửi thư khen',
        'thư khen',
        'thưởng nóng',
        'tặng giấy khen',
      ]),
    );
    const feat = hits(
      'Chiến sĩ biên phòng lập chiến công',
      'Tổ công tác Đồn Biên phòng ở tỉnh Tuyên Quang lập chiến công trên tuyến biên giới.',
    );
    expect(feat['tone.praise']).toEqual(expect.arrayContaining(['lập chiến công', 'chiến công']));
    const en = hits(
      'Border villages declared drug-free',
      'Twelve villages in Tuyen Quang have met national criteria and were declared free of drugs this week.',
    );
    expect(en['tone.praise']).toEqual(expect.arrayContaining(['drug free', 'met national criteria', 'free of drugs']));
    // An arrest reported as a fact is not praise.
    const arrest = hits(
      'Bắt 2 đối tượng vận chuyển ma túy',
      'Công an tỉnh Tuyên Quang bắt quả tang 2 đối tượng vận chuyển 300 viên ma túy tổng hợp.',
    );
    expect(arrest['tone.praise'] ?? []).toEqual([]);
  });

  it('money and property handed back to their owners read as praise, not a border handover', () => {
    const title = 'Công an xã trao trả tài sản cho người bị mất';
    const body =
      'Công an một xã ở tỉnh Tuyên Quang đã thu hồi được và trao trả xe cho chủ; phòng an ninh mạng cũng trao trả số tiền bị lừa cho ba người, một người nói đã nhận lại được tiền tiết kiệm.';
    const h = hits(title, body);
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining(['trao trả tài sản', 'thu hồi được', 'trao trả xe', 'trao trả số tiền', 'nhận lại được']),
    );
    expect(h['flag.border'] ?? []).not.toContain('trao trả');
    // Citizens handed over at the border stay a border cue, with no praise.
    const border = hits(
      'Trao trả công dân nhập cảnh trái phép',
      'Đồn Biên phòng ở tỉnh Tuyên Quang tiếp nhận và trao trả 12 công dân nhập cảnh trái phép.',
    );
    expect(border['flag.border']).toEqual(expect.arrayContaining(['trao trả']));
    expect(border['tone.praise'] ?? []).toEqual([]);
    // Money not yet recovered is not praise.
    const lost = hits(
      'Bị lừa qua mạng',
      'Người dân ở tỉnh Tuyên Quang bị lừa 300 triệu đồng, đến nay chưa thu hồi được.',
    );
    expect(lost['tone.praise'] ?? []).not.toContain('thu hồi được');
  });

  it('officials and former officials in the dock, protection rackets and cover-ups read as criticism', () => {
    const h = hits(
      'Khởi tố cựu cán bộ địa chính và cựu phó trưởng công an xã',
      'Nguyên trưởng phòng và một cựu cán bộ đã cấp đất không đúng đối tượng; một cựu phó trưởng công an xã ở tỉnh Tuyên Quang nhận tiền bảo kê, che giấu tội phạm, làm mất lòng tin của người dân.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'cựu cán bộ',
        'cựu phó',
        'nguyên trưởng',
        'không đúng đối tượng',
        'bảo kê',
        'che giấu tội phạm',
        'làm mất lòng tin',
      ]),
    );
    // Late action and a repeat offence; a phrase that carries its own "không" is not negated by it.
    const late = hits(
      'Sai phạm kéo dài',
      'Sai phạm ở tỉnh Tuyên Quang có từ năm 2021 nhưng đến nay mới bị xử lý, và đây không phải lần đầu.',
    );
    expect(late['tone.criticism']).toEqual(expect.arrayContaining(['đến nay mới', 'không phải lần đầu']));
    // A veterans' association is no former official.
    const veterans = hits(
      'Hội Cựu chiến binh xã trao quà',
      'Hội Cựu chiến binh một xã ở tỉnh Tuyên Quang trao 20 suất quà cho hộ nghèo.',
    );
    expect(veterans['tone.criticism'] ?? []).toEqual([]);
  });

  it('goods waved through a gate unchecked and illegal profits read as criticism', () => {
    const h = hits(
      'Xe hàng qua cửa khẩu không bị kiểm tra',
      'Tại một cửa khẩu ở tỉnh Tuyên Quang, cán bộ nhận tiền để cho qua các xe hàng không bị kiểm tra, giúp chủ hàng thu lời bất chính.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['cho qua', 'không bị kiểm tra', 'thu lời bất chính']));
  });

  it('a suspect escaping custody and an officer dodging a test read as criticism', () => {
    const h = hits(
      'Đối tượng trốn khỏi nơi tạm giữ',
      'Một đối tượng lợi dụng sơ hở của cán bộ trực để trốn khỏi nơi tạm giữ của công an xã ở tỉnh Tuyên Quang; phòng tạm giữ không đạt chuẩn.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['lợi dụng sơ hở', 'trốn khỏi nơi tạm giữ', 'không đạt chuẩn']),
    );
    expect(h['tone.praise'] ?? []).not.toContain('đạt chuẩn');
    const dodge = hits(
      'Cán bộ né kiểm tra nồng độ cồn',
      'Một cán bộ ở tỉnh Tuyên Quang gây va chạm rồi tìm cách né kiểm tra, không hợp tác với tổ công tác; dư luận cho rằng người thi hành công vụ phải làm gương, nhưng người này đã trốn tránh suốt một ngày.',
    );
    expect(dodge['tone.criticism']).toEqual(
      expect.arrayContaining(['tìm cách né', 'không hợp tác', 'phải làm gương', 'trốn tránh']),
    );
    // A school that meets the standard stays praise.
    const school = hits(
      'Trường đạt chuẩn quốc gia',
      'Một trường ở tỉnh Tuyên Quang được công nhận đạt chuẩn quốc gia.',
    );
    expect(school['tone.praise']).toEqual(expect.arrayContaining(['đạt chuẩn']));
  });

  it('residents’ reports that nothing changes read as criticism', () => {
    const h = hits(
      'Người dân phản ánh điểm bán hàng lậu',
      'Người dân một xã ở tỉnh Tuyên Quang đã kiến nghị nhiều lần về điểm bán công khai hàng lậu, nhưng tình hình không thay đổi, không có chuyển biến; "ai cũng biết", một người nói.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'kiến nghị nhiều lần',
        'bán công khai',
        'tình hình không thay đổi',
        'không có chuyển biến',
        'ai cũng biết',
      ]),
    );
  });

  it('a missing-person appeal and its closing thanks are routine, not praise, also without diacritics', () => {
    const h = hits(
      'Tìm người thân',
      'Em trai tôi ở tỉnh Tuyên Quang đi làm từ hôm qua chưa về. Ai nhìn thấy xin báo giúp gia đình, mọi người chia sẻ giúp. Xin cảm ơn!',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['tìm người thân', 'ai nhìn thấy', 'xin báo giúp', 'chia sẻ giúp']),
    );
    expect(h['tone.praise'] ?? []).toEqual([]);
    const folded = hits(
      'Tim nguoi than',
      'Ba toi o Tuyen Quang di cho chua ve, ai nhin thay xin bao giup. Gia dinh xin cam on!',
    );
    expect(folded['tone.praise'] ?? []).toEqual([]);
    // Thanks for help delivered stay praise.
    const thanks = hits(
      'Được giúp sửa nhà',
      'Bà con ở tỉnh Tuyên Quang xúc động cảm ơn các chiến sĩ đã giúp dựng lại nhà.',
    );
    expect(thanks['tone.praise']).toEqual(expect.arrayContaining(['cảm ơn']));
    expect(flags('Tìm người thân', 'Ai nhìn thấy cháu ở tỉnh Tuyên Quang xin báo giúp. Xin cảm ơn.')).not.toContain(
      'false-information',
    );
  });
  it('a culprit still at large and a complaint with no answer read as criticism; a suspect caught does not', () => {
    const h = hits(
      'Vụ cướp tiệm vàng chưa có kết luận',
      'Ba tháng sau vụ cướp ở tỉnh Tuyên Quang, kẻ cướp vẫn chưa bị bắt, cơ quan điều tra chưa bắt được đồng phạm và vụ việc chưa có kết luận; gia đình nạn nhân nói đơn gửi đi chưa có kết quả. Trưởng công an xã thừa nhận địa bàn rộng, người dân đi làm thủ tục thì bị hành.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'vẫn chưa bị bắt',
        'chưa bắt được',
        'chưa có kết luận',
        'chưa có kết quả',
        'thừa nhận địa bàn',
        'bị hành',
      ]),
    );
    const caught = hits('Đã bắt được kẻ cướp', 'Công an tỉnh Tuyên Quang đã bắt được kẻ cướp tiệm vàng sau 3 ngày.');
    expect(caught['tone.criticism'] ?? []).toEqual([]);
  });
});

describe('tone cues of the seed lexicon (set Z’s kinds): safer roads', () => {
  it('accidents brought down on a road read as praise; a week’s accident count does not', () => {
    const h = hits(
      'Kéo giảm tai nạn trên đèo',
      'Sau khi lắp hộ lan trên đèo ở tỉnh Tuyên Quang, số vụ tai nạn giảm một nửa, cung đường an toàn hơn; ngành giao thông tiếp tục kéo giảm tai nạn ở các khúc cua.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining(['số vụ tai nạn giảm', 'tai nạn giảm', 'an toàn hơn', 'kéo giảm tai nạn', 'kéo giảm']),
    );
    const week = hits(
      'Tuần qua xảy ra 6 vụ tai nạn giao thông',
      'Trong tuần, tỉnh Tuyên Quang xảy ra 6 vụ tai nạn giao thông, làm chết 3 người; lực lượng chức năng tạm giữ 80 phương tiện.',
    );
    expect(week['tone.praise'] ?? []).toEqual([]);
  });
});

describe('hostile cues of the seed lexicon (set Z’s kinds)', () => {
  it('land put up for sale in a fraud or a market is not the hostile “selling the land”', () => {
    const title = 'Làm giả sổ đỏ để bán đất nền';
    const body =
      'Một đối tượng ở tỉnh Tuyên Quang làm giả giấy tờ bán đất, rao bán đất nền ven hồ và ký hợp đồng bán đất cho nhiều người; người mua để bán đất kiếm lời.';
    const h = hits(title, body);
    expect(h['tone.hostile'] ?? []).not.toContain('bán đất');
    expect(flags(title, body)).not.toContain('human-rights');
    // The hostile claim that the land was sold keeps its cue.
    const hostile = hits(
      'Ai bán đất biên cương?',
      'Một trang mạng xuyên tạc rằng chính quyền tỉnh Tuyên Quang đã bán đất cho nước ngoài.',
    );
    expect(hostile['tone.hostile']).toEqual(expect.arrayContaining(['bán đất']));
  });
});

describe('relevance: a shop named after a place (set Z’s kind)', () => {
  const profile = loadProfile();
  const assess = (title: string, body: string) =>
    assessRelevance(profile, { id: 'a', publishedAt: '2026-03-10T08:00:00+07:00', title, body }).relevant;

  it('a name in quotes after a two-word kind of shop and a word of its own is the shop’s, in another city', () => {
    expect(
      assess(
        'Nhà hàng nướng "Mèo Vạc" ở Hải Phòng bị phạt',
        'Quận Lê Chân, Hải Phòng xử phạt nhà hàng nướng "Mèo Vạc" vì bán thực phẩm không rõ nguồn gốc.',
      ),
    ).toBe(false);
    expect(
      assess(
        'Khách sạn mini "Lũng Cú" ở Đà Lạt',
        'Một khách sạn mini "Lũng Cú" trên đường Phan Đình Phùng, Đà Lạt tăng giá phòng dịp lễ.',
      ),
    ).toBe(false);
    // A restaurant in the place itself stays relevant: "ở" ends the name.
    expect(assess('Nhà hàng nướng ở Mèo Vạc đông khách', 'Một nhà hàng nướng ở Mèo Vạc đón nhiều khách dịp lễ.')).toBe(
      true,
    );
  });
});
