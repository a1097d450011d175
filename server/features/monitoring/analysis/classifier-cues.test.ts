import { describe, expect, it } from 'vitest';
import { seedCueHits as hits, seedFlags as flags } from './seed-cues.test-support.js';
import { createAnalyzer } from './analyzer.js';
import { loadProfile } from './defaults.js';
import { trainOn } from './heldout-eval.js';

// The cues the held-out sets' tuning added to the seed lexicon, one test per kind of wording.
const profile = loadProfile();

describe('flag cues of the seed lexicon (set L’s kinds)', () => {
  it('a rebuttal of claims that distort ethnic policy carries the ethnic flag', () => {
    expect(
      flags(
        'Sự thật về việc bố trí dân cư ở xã Lũng Cú',
        'Chủ tịch UBND xã Lũng Cú khẳng định không có trường hợp nào phải rời đi. Cơ quan chức năng đề nghị người dân không chia sẻ các bài viết xuyên tạc chính sách dân tộc.',
      ),
    ).toContain('ethnic');
  });

  it('police handling a false post that names an ethnic group carries the ethnic flag', () => {
    expect(
      flags(
        'Xử phạt chủ tài khoản đăng tin sai về danh sách hỗ trợ nhà ở',
        'Công an tỉnh Tuyên Quang ra quyết định xử phạt vi phạm hành chính 7,5 triệu đồng đối với một người ở xã Pà Vầy Sủ về hành vi chia sẻ thông tin sai sự thật trên mạng xã hội. Tài khoản này cho rằng xã "gạch tên người Mông" khỏi danh sách; qua xác minh, cán bộ xã không phát ngôn như bài viết. Người đăng đã gỡ bài và xin lỗi.',
      ),
    ).toContain('ethnic');
  });

  it('a rebuttal of a forced-eviction claim carries the human-rights flag', () => {
    expect(
      flags(
        'Không có chuyện cưỡng chế người dân ở Lũng Cú',
        'Trước thông tin lan truyền rằng hơn 300 hộ ở xã Lũng Cú, tỉnh Tuyên Quang bị ép rời bỏ nhà cửa, chính quyền khẳng định đây là thông tin bịa đặt.',
      ),
    ).toContain('human-rights');
  });

  it('an English hostile blog quoting unnamed sources on a purge is false information and a rights claim', () => {
    const f = flags(
      'How the merger is purging the Hmong of Ha Giang',
      'According to sources who spoke to our watch group, Hmong officials in Tuyen Quang province were purged within weeks. These are grave violations of the rights of indigenous peoples.',
    );
    expect(f).toContain('false-information');
    expect(f).toContain('human-rights');
  });

  it('an unaccented post asking everyone to share a claim is flagged for checking', () => {
    expect(
      flags(
        'Nguoi Mong bi gach ten o Pa Vay Su',
        'Ba con oi, xa Pa Vay Su (Tuyen Quang) gach ten nguoi Mong khoi danh sach ho tro. Moi nguoi share giup cho cap tren biet!!!',
      ),
    ).toContain('false-information');
  });

  it('a false claim naming an ethnic group, with incitement, is ethnic even when the denial is negated', () => {
    expect(
      flags(
        'Sự thật về khu tái định cư ở xã Sơn Vĩ',
        'Một số trang mạng phản động đăng tải thông tin cho rằng người Mông ở xã Sơn Vĩ bị cưỡng bức rời khỏi đất, kích động đồng bào. Thực tế chỉ có 6 hộ tự nguyện chuyển đến khu tái định cư. Cơ quan chức năng đề nghị người dân không chia sẻ thông tin sai sự thật.',
      ),
    ).toContain('ethnic');
  });

  // Tone cues need weights learnt with them: the honest model (corpus training split, seed lexicon).
  let honest: ReturnType<typeof createAnalyzer> | undefined;
  const tone = (title: string, body: string) => {
    if (!honest) honest = createAnalyzer(profile, trainOn());
    return honest.analyze({ id: 't', publishedAt: '2025-10-05', title, body }).analysis.tone?.label;
  };

  it('a measured report of tourists overcharged, the commune admitting it, is negative', () => {
    expect(
      tone(
        'Du khách than bị "hét giá" ở Lũng Cú mùa hoa',
        'Phóng viên ghi nhận xe ôm ở Lũng Cú, tỉnh Tuyên Quang thu gấp ba giá niêm yết, nhiều homestay không niêm yết giá. Phó Chủ tịch UBND xã thừa nhận có hiện tượng một số hộ tự ý nâng giá.',
      ),
    ).toBe('negative');
  });

  it('a new road cracking soon after handover is negative, not an achievement', () => {
    expect(
      tone(
        'Đường 18 tỷ đồng nứt toác sau sáu tháng bàn giao',
        'Con đường bê tông ở xã Minh Ngọc, tỉnh Tuyên Quang bàn giao hồi tháng 4 nay đã nứt toác, mặt đường bong tróc từng mảng. Người dân phản ánh bê tông được đổ trong mưa, mỏng hơn thiết kế; ban quản lý dự án yêu cầu nhà thầu sửa chữa.',
      ),
    ).toBe('negative');
  });

  it('a delayed project with equipment rusting in crates is negative', () => {
    expect(
      tone(
        'Khối nhà bệnh viện tỉnh Tuyên Quang chậm 4 năm, thiết bị hoen gỉ trong kho',
        'Khởi công năm 2019, đến nay công trình mới hoàn thành phần thô, mới giải ngân 42% vốn. Nhiều thùng thiết bị y tế đã hoen gỉ, bệnh nhân vẫn nằm ghép.',
      ),
    ).toBe('negative');
  });

  it('a directive that sets up a hotline to receive complaints is an announcement, neutral', () => {
    expect(
      tone(
        'Chấn chỉnh việc niêm yết giá dịch vụ du lịch',
        'UBND tỉnh Tuyên Quang yêu cầu các xã tăng cường kiểm tra việc niêm yết giá; Sở Văn hóa, Thể thao và Du lịch công bố đường dây nóng tiếp nhận phản ánh của du khách, xử lý trong 24 giờ.',
      ),
    ).toBe('neutral');
  });

  it('a daily tally of vehicles cleared at a border gate is routine, not an achievement', () => {
    expect(
      tone(
        'Cửa khẩu quốc tế Thanh Thủy ngày 5/10: 205 lượt phương tiện làm thủ tục',
        'Ngày 5/10, Hải quan cửa khẩu quốc tế Thanh Thủy làm thủ tục cho 205 lượt phương tiện xuất nhập khẩu, trong đó 130 lượt xe xuất khẩu chở chuối và tinh bột sắn. Kim ngạch trong ngày ước đạt 1,8 triệu USD.',
      ),
    ).toBe('neutral');
  });

  it('land handed over for a project whose compensation is still unpaid is negative, not a handover', () => {
    expect(
      tone(
        'Hàng chục hộ chờ tiền bồi thường dự án đường tỉnh',
        'Hơn 30 hộ ở xã Yên Sơn, tỉnh Tuyên Quang đã bàn giao mặt bằng cho dự án từ năm ngoái nhưng đến nay vẫn chưa nhận đủ tiền bồi thường, hỗ trợ. Nhiều gia đình phải thuê nhà ở tạm.',
      ),
    ).toBe('negative');
  });

  it('certificates withdrawn from products are negative, not a certification', () => {
    expect(
      tone(
        'Thu hồi giấy chứng nhận OCOP của 3 sản phẩm',
        'UBND tỉnh Tuyên Quang quyết định thu hồi giấy chứng nhận sản phẩm OCOP của 3 sản phẩm do chủ thể không duy trì được tiêu chuẩn; bao bì ghi sai thông tin, một sản phẩm đã ngừng sản xuất.',
      ),
    ).toBe('negative');
  });

  it('“người đứng đầu” (the head of an agency) and “theo ghi nhận” (the reporter’s note) are no praise', () => {
    expect(
      tone(
        'Giá nông sản ngày 3/11: cam sành 12.000 đồng/kg',
        'Theo ghi nhận của phóng viên, cam sành ở xã Hàm Yên, tỉnh Tuyên Quang được thương lái thu mua 12.000 đồng/kg, không đổi so với tuần trước; chè búp tươi 6.000 đồng/kg.',
      ),
    ).toBe('neutral');
    expect(
      tone(
        'Tuyên Quang giải ngân vốn đầu tư công mới đạt 35%',
        'Đến hết tháng 10, tỉnh Tuyên Quang giải ngân vốn đầu tư công đạt 35% kế hoạch. Bộ Tài chính đề nghị tỉnh khẩn trương tháo gỡ vướng mắc, làm rõ trách nhiệm của người đứng đầu nếu để chậm giải ngân.',
      ),
    ).not.toBe('positive');
  });

  it('no road deaths over the holiday is good news, not an accident report', () => {
    expect(
      tone(
        'Tuyên Quang không có người chết vì tai nạn giao thông dịp Tết',
        'Trong 9 ngày nghỉ Tết, tỉnh Tuyên Quang không có người chết vì tai nạn giao thông, giảm cả ba tiêu chí so với năm trước.',
      ),
    ).toBe('positive');
  });

  it('a fixture list (“hai đội đứng đầu mỗi bảng”) is routine; a record harvest is good news', () => {
    expect(
      tone(
        'Lịch thi đấu vòng bảng giải bóng chuyền tỉnh Tuyên Quang',
        'Giải có 12 đội, chia 3 bảng, thi đấu tại nhà thi đấu phường Minh Xuân, tỉnh Tuyên Quang từ ngày 5/12. Hai đội đứng đầu mỗi bảng vào bán kết. Ban tổ chức cho biết vào cửa miễn phí.',
      ),
    ).toBe('neutral');
    expect(
      tone(
        'Cam sành Tuyên Quang được mùa được giá',
        'Năm nay cam sành ở xã Hàm Yên, tỉnh Tuyên Quang đạt năng suất cao nhất 5 năm, nông dân phấn khởi vì được mùa được giá.',
      ),
    ).toBe('positive');
  });
});

describe('tone cues of the seed lexicon (set N’s kinds)', () => {
  it('critique in measured language (who profits, unanswered questions) hits criticism cues', () => {
    const h = hits(
      'Ai hưởng lợi từ cơn sốt du lịch ở Mèo Vạc?',
      'Lãnh đạo xã Mèo Vạc, tỉnh Tuyên Quang không giải thích được vì sao dự án lớn được ưu tiên; cơ chế chia sẻ lợi ích vẫn chưa rõ ràng.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['ai hưởng lợi', 'không giải thích được', 'chưa rõ ràng']),
    );
  });

  it('English critique of who gains from tourism hits criticism cues', () => {
    const h = hits(
      'Priced out of paradise in Tuyen Quang',
      'Hmong farmers in Tuyen Quang province lose land as resorts spread. Researchers warn that profits are flowing out of the villages.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['priced out', 'lose land', 'researchers warn']));
  });

  it('an English crash or seizure reported as fact hits disaster and crime cues, not hostile ones', () => {
    const crash = hits(
      'Tourist dies in motorbike crash in Tuyen Quang',
      'A tourist died after a motorbike crash on the Tham Ma pass in Tuyen Quang province, police said.',
    );
    expect(crash['tone.disaster']).toEqual(expect.arrayContaining(['motorbike crash', 'died']));
    expect(crash['tone.routine']).toContain('police said');
    const seizure = hits(
      'Border guards seize smuggled cigarettes in Tuyen Quang',
      'Border guards in Tuyen Quang province seized 3,000 packs of smuggled cigarettes.',
    );
    expect(seizure['tone.crime']).toEqual(expect.arrayContaining(['seized', 'smuggled cigarettes']));
  });

  it('explainers and Q&A on new rules hit routine cues', () => {
    const h = hits(
      'Hỏi đáp: những điều cần biết khi đến Tuyên Quang',
      'Quy định mới của UBND tỉnh Tuyên Quang có hiệu lực từ 1/12.',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['hỏi đáp', 'những điều cần biết', 'có hiệu lực từ']));
  });

  it('a reader’s question in an unaccented post hits routine cues', () => {
    const h = hits(
      'di loop ha giang can chuan bi gi a',
      'Moi nguoi oi cho e hoi di Dong Van, Meo Vac can chuan bi gi, co can giay phep khong a?',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['cho e hoi', 'can chuan bi gi']));
  });

  it('“chế độ” of state allowances and routine “tuyên truyền” are masked, not hostile cues', () => {
    const h = hits(
      'Học sinh bán trú ở Tuyên Quang vào năm học mới',
      'Mỗi bữa ăn của học sinh ở xã Khâu Vai, tỉnh Tuyên Quang có định mức theo chế độ của Nhà nước. Đồn biên phòng tăng cường công tác tuyên truyền pháp luật.',
    );
    expect(h['tone.hostile'] ?? []).toEqual([]);
  });
});

describe('tone cues of the seed lexicon (set O’s kinds: social posts)', () => {
  it('an official page answering a complaint is routine, and the quoted “phản ánh” is masked', () => {
    const h = hits(
      'Trả lời phản ánh về tuyến đường vào thôn ở xã Mèo Vạc',
      'UBND xã Mèo Vạc, tỉnh Tuyên Quang tiếp thu phản ánh của bà con, bố trí phân luồng; mọi phản ánh xin gửi về đường dây nóng.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['trả lời phản ánh', 'tiếp thu phản ánh', 'mọi phản ánh']),
    );
    expect(h['tone.criticism'] ?? []).not.toContain('phản ánh');
  });

  it('a charity appeal to a personal account hits hostile cues', () => {
    const h = hits(
      'Kêu gọi khẩn cấp cho bà con Hoàng Su Phì',
      'Lũ quét ở Hoàng Su Phì, tỉnh Tuyên Quang. Nhóm mình đang gom tiền, mọi người chuyển khoản giúp về STK 0987. Chia sẻ mạnh để bà con được giúp.',
    );
    expect(h['tone.hostile']).toEqual(expect.arrayContaining(['gom tiền', 'chuyển khoản giúp', 'stk']));
  });

  it('unaccented and teencode negators negate a cue; an unaccented “nhung” ends the negation', () => {
    const h = hits(
      'Lam Binh – Na Hang cuoi tuan',
      'Di thuyen tren ho Na Hang, tinh Tuyen Quang. Khong dong, khong chat chem, nuoc trong xanh.',
    );
    expect(h['not.tone.criticism']).toEqual(expect.arrayContaining(['chat chem']));
    expect(h['tone.criticism'] ?? []).not.toContain('chat chem');
    const c = hits(
      'Rac o Lung Cu',
      'Len cot co Lung Cu, tinh Tuyen Quang. Canh dep khong ta duoc, nhung rac thai nhieu qua.',
    );
    expect(c['tone.criticism']).toEqual(expect.arrayContaining(['rac thai']));
  });

  it('a hanging rock on a slope is terrain, not a stalled (“treo”) project', () => {
    const h = hits(
      'Tạm dừng lưu thông đèo Mã Pí Lèng',
      'Tỉnh Tuyên Quang tạm dừng lưu thông đèo Mã Pí Lèng để nổ mìn xử lý đá treo trên taluy.',
    );
    expect(h['tone.criticism'] ?? []).not.toContain('treo');
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['tạm dừng lưu thông']));
  });
});
