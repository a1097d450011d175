import { describe, expect, it } from 'vitest';
import { seedCueHits as hits, seedFlags as flags } from './seed-cues.test-support.js';
import { clusterOf as cluster } from './near-duplicates.test-support.js';
import type { ArticleInput } from './types.js';

// The cues the tuning on set AA (religion, beliefs and ethnic life) added to the seed lexicon, one test
// per kind. Every sentence here is invented.

describe('flag cues of the seed lexicon (set AA’s kinds)', () => {
  it('a group that forbids ancestor worship, or a claim that a faith is banned, flags religion — also unaccented', () => {
    const cult = hits(
      'Nhóm lạ vào bản',
      'Một nhóm người lạ đến các thôn ở tỉnh Tuyên Quang rủ dân theo, dặn người theo không được thờ cúng tổ tiên.',
    );
    expect(cult['rule.flag.religion']).toEqual(expect.arrayContaining(['không được thờ cúng tổ tiên']));
    expect(
      flags(
        'Co nhom nguoi la',
        'Thon minh o Tuyen Quang co nhom nguoi la bao dan khong tho cung to tien nua, ai biet chi voi.',
      ),
    ).toContain('religion');
    expect(
      flags(
        'Nghe noi bi cam',
        'Nghe noi o mot xa cua Tuyen Quang bi cam theo dao, nha tho bi khoa het, ai o do xac nhan giup.',
      ),
    ).toContain('religion');
    // Ancestor worship itself, a custom, and a church closed for a repair flag nothing.
    expect(
      flags(
        'Giữ tục thờ cúng tổ tiên',
        'Đồng bào Tày ở tỉnh Tuyên Quang vẫn giữ tục thờ cúng tổ tiên trong dịp Tết; nhà thờ giáo xứ tạm đóng cửa để sửa mái.',
      ),
    ).not.toContain('religion');
  });

  it('an official insulting an ethnic group flags ethnic; insulting people at large does not', () => {
    expect(
      flags(
        'Cán bộ xã có lời lẽ không đúng mực',
        'Một cán bộ xã ở tỉnh Tuyên Quang bị kiểm điểm vì đã miệt thị đồng bào trong buổi họp thôn.',
      ),
    ).toContain('ethnic');
    expect(
      hits('Phê bình cán bộ', 'Một trưởng thôn ở tỉnh Tuyên Quang có lời xúc phạm người Dao khi họp bản.')[
        'rule.flag.ethnic'
      ],
    ).toEqual(expect.arrayContaining(['xúc phạm người dao']));
    expect(
      flags(
        'Xử phạt người xúc phạm người thi hành công vụ',
        'Công an tỉnh Tuyên Quang xử phạt một người đã xúc phạm người thi hành công vụ khi bị kiểm tra.',
      ),
    ).not.toContain('ethnic');
  });
});

describe('tone cues of the seed lexicon (set AA’s kinds)', () => {
  it('a calendar or notice of coming events reads routine; the department’s own name is no tourism', () => {
    const h = hits(
      'Lịch sự kiện thể thao, văn hóa ở Tuyên Quang tháng này',
      'Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang thông báo lịch các sự kiện trong tháng.',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['lịch sự kiện', 'thông báo lịch', 'lịch các sự kiện']));
    const notice = hits(
      'Thông báo của ban tổ chức',
      'Người có nhu cầu tham dự ở tỉnh Tuyên Quang liên hệ ban tổ chức để được hướng dẫn; lịch có thể thay đổi tùy theo điều kiện thời tiết.',
    );
    expect(notice['tone.routine']).toEqual(
      expect.arrayContaining([
        'có nhu cầu tham dự',
        'để được hướng dẫn',
        'lịch có thể thay đổi',
        'tùy theo điều kiện thời tiết',
      ]),
    );
    expect(h['topic.tourism'] ?? []).not.toContain('du lịch');
    // Polite dress ("lịch sự") is no calendar, and tourism itself still counts.
    const polite = hits(
      'Du khách đến Tuyên Quang',
      'Du khách đến các bản ở tỉnh Tuyên Quang được nhắc ăn mặc lịch sự khi vào nhà dân; du lịch cộng đồng tăng.',
    );
    expect(polite['tone.routine'] ?? []).not.toContain('lịch sự kiện');
    expect(polite['topic.tourism']).toEqual(expect.arrayContaining(['du lịch']));
  });

  it('failings in festival and heritage work — staged rites, a relic made new, an untried contractor — read critical', () => {
    const h = hits(
      'Thương mại hóa lễ hội ở vùng cao',
      'Nhiều du khách cho rằng lễ cúng của một bản ở tỉnh Tuyên Quang đã bị sân khấu hóa, biến tướng thành màn diễn bán vé, mất hết cái hay; họ khuyên nhau đừng mất tiền oan và cho rằng ngành văn hóa nên xem lại.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'thương mại hóa',
        'sân khấu hóa',
        'biến tướng',
        'mất hết cái hay',
        'đừng mất tiền',
        'mất tiền oan',
        'nên xem lại',
      ]),
    );
    const relic = hits(
      'Đình cổ tu bổ sai cách',
      'Ngôi đình cổ ở tỉnh Tuyên Quang bị làm mới hoàn toàn, mất đi giá trị vốn có; nhà thầu chưa có kinh nghiệm tu bổ di tích.',
    );
    expect(relic['tone.criticism']).toEqual(
      expect.arrayContaining(['làm mới hoàn toàn', 'mất đi giá trị', 'chưa có kinh nghiệm']),
    );
    // A festival kept free of commerce, or money lost to a scam reported as fact, is no such failing.
    const kept = hits(
      'Lễ hội giữ nét nguyên sơ',
      'Lễ hội của đồng bào ở tỉnh Tuyên Quang không bị thương mại hóa; một người bị lừa mất tiền đã trình báo công an.',
    );
    expect(kept['tone.criticism'] ?? []).toEqual([]);
  });

  it('a request left unanswered for years reads critical', () => {
    const h = hits(
      'Hồ sơ xin đất nhiều năm chưa có hồi âm',
      'Hồ sơ của một cơ sở tôn giáo ở tỉnh Tuyên Quang nộp từ lâu vẫn chưa có hồi âm; người đại diện phải nộp lại từ đầu và cơ quan chức năng chưa trả lời.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['chưa có hồi âm', 'nộp lại từ đầu', 'chưa trả lời']));
    const answered = hits(
      'Trả lời kiến nghị cử tri',
      'Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang đã trả lời kiến nghị về giao đất cho cơ sở tôn giáo.',
    );
    expect(answered['tone.criticism'] ?? []).toEqual([]);
  });

  it('an English scheme that falls short of staff or money reads critical', () => {
    const h = hits(
      'Mother-tongue classes fall short in Tuyen Quang',
      'The scheme in Tuyen Quang was launched without enough teachers, and a cutback this year left most schools out.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['fall short', 'without enough', 'cutback']));
  });

  it('claims of persecution — abuses, pressure, churches locked, aid cut — read hostile or critical, also unaccented', () => {
    const en = hits(
      'Overseas report on believers in Tuyen Quang',
      'An overseas group says believers in Tuyen Quang face serious restrictions and abuses against them go on; families were pressured to give up their faith, and it wants Vietnam named a Country of Particular Concern.',
    );
    expect(en['tone.hostile']).toEqual(
      expect.arrayContaining([
        'serious restrictions',
        'abuses against',
        'pressured to',
        'country of particular concern',
      ]),
    );
    const social = hits(
      'Co that khong',
      'Nghe noi o mot xa cua Tuyen Quang nha tho bi khoa, ai di le thi bi cat tien ho tro.',
    );
    expect(social['tone.hostile']).toEqual(expect.arrayContaining(['nha tho bi khoa']));
    expect(social['tone.criticism']).toEqual(expect.arrayContaining(['cat tien ho tro']));
    // Aid handed out is still praise, with no criticism.
    const aid = hits('Trao tiền hỗ trợ', 'Xã ở tỉnh Tuyên Quang trao tiền hỗ trợ cho 40 hộ nghèo đón Tết.');
    expect(aid['tone.criticism'] ?? []).toEqual([]);
  });

  it('an inspection or audit that points out failings reads critical', () => {
    const h = hits(
      'Đoàn kiểm tra chỉ ra loạt hạn chế',
      'Đoàn kiểm tra của Bộ chỉ ra nhiều hạn chế ở tỉnh Tuyên Quang: tỷ lệ giải ngân thấp hơn mức bình quân, nhiều bể nước hoạt động kém, giống cây không phù hợp với điều kiện thực tế; đoàn yêu cầu thu hồi kinh phí cấp sai.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'loạt hạn chế',
        'chỉ ra nhiều hạn chế',
        'thấp hơn mức bình quân',
        'hoạt động kém',
        'không phù hợp với điều kiện thực tế',
        'thu hồi kinh phí',
      ]),
    );
    const audit = hits(
      'Kiểm toán kiến nghị xử lý tài chính',
      'Kiểm toán Nhà nước kiến nghị xử lý tài chính 20 tỷ đồng tại tỉnh Tuyên Quang và chỉ ra tình trạng chậm giải ngân.',
    );
    expect(audit['tone.criticism']).toEqual(expect.arrayContaining(['kiến nghị xử lý tài chính', 'chỉ ra tình trạng']));
    // A plan that names its limits to overcome, or a scheme that is working, is no finding.
    const plan = hits(
      'Hội nghị sơ kết',
      'Hội nghị ở tỉnh Tuyên Quang đề ra giải pháp khắc phục hạn chế; các bể nước hoạt động tốt.',
    );
    expect(plan['tone.criticism'] ?? []).toEqual([]);
  });

  it('new houses that crack within a year read critical: "chưa đầy" is "less than", not a negation', () => {
    const h = hits(
      'Nhà hỗ trợ chưa đầy một năm đã xuống cấp',
      'Nhiều căn nhà hỗ trợ hộ nghèo ở tỉnh Tuyên Quang nứt tường, dột mái; vật liệu chất lượng thấp và xã chưa giải thích vì sao.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['xuống cấp', 'nứt tường', 'dột mái', 'chất lượng thấp', 'chưa giải thích']),
    );
    expect(h['not.tone.criticism'] ?? []).not.toContain('xuống cấp');
    // "chưa đầy đủ" still negates what follows, and "chưa" alone still does.
    const incomplete = hits(
      'Công khai thông tin',
      'Việc công khai danh sách hộ được hỗ trợ ở tỉnh Tuyên Quang chưa đầy đủ, kịp thời.',
    );
    expect(incomplete['not.tone.praise']).toEqual(expect.arrayContaining(['kịp thời']));
    expect(incomplete['tone.praise'] ?? []).not.toContain('kịp thời');
  });
});

describe('near-duplicates (set AA’s kind)', () => {
  const original: ArticleInput = {
    id: 'orig',
    publishedAt: '2026-09-12T08:00:00+07:00',
    title: 'Lễ hội Lồng Tồng ở Bình An thu hút hàng nghìn người',
    body: 'Ngày 11/9, xã Bình An, tỉnh Tuyên Quang tổ chức lễ hội Lồng Tồng với khoảng 6.500 lượt người tham dự, tăng 20% so với năm trước. Đồng bào Tày, Dao ở Bình An và Thượng Lâm mang nông sản về dâng cúng thần nông. Ban tổ chức bố trí 14 gian hàng ẩm thực.',
  };
  const rewrite: ArticleInput = {
    id: 'rewrite',
    publishedAt: '2026-09-13T06:00:00+07:00',
    title: 'Cầu mùa ở Bình An: người Tày, Dao mở hội xuống đồng',
    body: 'Chừng 6.500 người, đông hơn mùa trước 20%, đã đổ về Bình An (Tuyên Quang) hôm 11/9 dự hội Lồng Tồng. Người Tày, người Dao từ Thượng Lâm, Bình An gánh lúa, ngô, bí ra sân làm lễ cầu thần nông. Có 14 gian bày món ăn của bản.',
  };
  it('a rewrite in wholly new words with every figure and the names recurring is the same story', () => {
    const ids = cluster([original, rewrite]);
    expect(ids.get('rewrite')).toBe(ids.get('orig'));
  });
  it('next year’s festival in the same places, with other figures, stays apart', () => {
    const nextYear: ArticleInput = {
      ...rewrite,
      id: 'next-year',
      publishedAt: '2027-09-02T06:00:00+07:00',
      body: 'Chừng 7.200 người, đông hơn mùa trước 11%, đã đổ về Bình An (Tuyên Quang) hôm 1/9 dự hội Lồng Tồng. Người Tày, người Dao từ Thượng Lâm, Bình An gánh lúa, ngô, bí ra sân làm lễ cầu thần nông. Có 18 gian bày món ăn của bản.',
    };
    const ids = cluster([original, nextYear]);
    expect(ids.get('next-year')).not.toBe(ids.get('orig'));
  });
});
