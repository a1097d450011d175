import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// The cues the tuning on set W (local government after the two-tier reform: one-stop centres,
// council questions, complaints and their answers, discipline and trials of officials) added to the
// seed lexicon, one test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set W’s kinds)', () => {
  it('a one-stop centre’s files settled on time, and its satisfaction rate, read as praise', () => {
    const h = hits(
      'Xã Bình An trả kết quả đúng hạn gần như toàn bộ hồ sơ',
      'Quý III, bộ phận một cửa của một xã ở tỉnh Tuyên Quang giải quyết đúng hạn 2.300 hồ sơ, trong đó nhiều hồ sơ trước hạn; người dân được hẹn đúng hẹn, mức độ hài lòng đạt 97%. Không có hồ sơ quá hạn.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining(['giải quyết đúng hạn', 'trước hạn', 'đúng hẹn', 'mức độ hài lòng']),
    );
    // "no file overdue" is the criticism cue negated, not criticism.
    expect(h['not.tone.criticism']).toEqual(expect.arrayContaining(['hồ sơ quá hạn']));
    expect(h['tone.criticism'] ?? []).not.toContain('hồ sơ quá hạn');
    // Files left overdue are criticism.
    const late = hits(
      'Hồ sơ đất đai trễ hạn hàng tháng',
      'Nhiều hồ sơ trễ hạn ở một phường của tỉnh Tuyên Quang khiến người dân bức xúc.',
    );
    expect(late['tone.criticism']).toEqual(expect.arrayContaining(['trễ hạn']));
    expect(late['tone.praise'] ?? []).toEqual([]);
  });

  it('a complaint settled, a repair finished and benefits paid in full read as praise', () => {
    const h = hits(
      'Giải quyết dứt điểm khiếu nại về đền bù',
      'Sau buổi đối thoại, các hộ ở tỉnh Tuyên Quang nhận được câu trả lời thỏa đáng. Con đường hỏng đã sửa xong, bà con đi lại thuận tiện; tỉnh hoàn thành chi trả và chi trả đầy đủ cho người nghỉ việc do sắp xếp bộ máy.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining([
        'giải quyết dứt điểm khiếu nại',
        'thỏa đáng',
        'đã sửa xong',
        'đi lại thuận tiện',
        'hoàn thành chi trả',
        'chi trả đầy đủ',
      ]),
    );
    // The settled complaint and the staff cut the payment is for are not criticism.
    expect(h['tone.criticism'] ?? []).not.toContain('khiếu nại');
    expect(h['tone.criticism'] ?? []).not.toContain('nghỉ việc');
    // A complaint still open stays criticism.
    const open = hits('Khiếu nại chưa được trả lời', 'Hộ dân ở tỉnh Tuyên Quang khiếu nại suốt ba năm.');
    expect(open['tone.criticism']).toEqual(expect.arrayContaining(['khiếu nại']));
  });

  it('benefits (chế độ) and a certificate (giấy chứng nhận) are things, not the regime or an award', () => {
    const h = hits(
      'Chi trả chế độ cho cán bộ thôn',
      'Tỉnh Tuyên Quang hoàn tất chi trả chế độ cho cán bộ thôn và cấp giấy chứng nhận quyền sử dụng đất cho 300 hộ.',
    );
    expect(h['tone.hostile'] ?? []).not.toContain('chế độ');
    expect(h['tone.praise'] ?? []).not.toContain('chứng nhận');
    // The regime in a hostile post is still hostile.
    const hostile = hits('Chế độ độc tài', 'Trang này viết rằng chế độ đàn áp người dân ở tỉnh Tuyên Quang.');
    expect(hostile['tone.hostile']).toEqual(expect.arrayContaining(['chế độ']));
  });

  it('services taken to people’s homes read as praise', () => {
    const h = hits(
      'Làm căn cước tận nhà cho người già',
      'Tổ cấp căn cước lưu động của công an xã ở tỉnh Tuyên Quang đến tận nhà, tận nơi cho người không đi lại được; nhiều cụ lần đầu tiên có giấy tờ tùy thân.',
    );
    expect(h['tone.praise']).toEqual(expect.arrayContaining(['tận nhà', 'tận nơi', 'lần đầu tiên có']));
    expect(h['tone.praise-soft']).toEqual(expect.arrayContaining(['lưu động']));
  });

  it('a power line and a hotline are not a crime ring, and an announcement’s channels are not complaints', () => {
    const h = hits(
      'Đóng điện đường dây 35 kV cho thôn vùng cao',
      'Ngành điện tỉnh Tuyên Quang kéo đường dây điện về thôn; người dân có thể gửi phản ánh qua đường dây nóng, các phản ánh được chuyển đến xã trong một ngày.',
    );
    expect(h['tone.crime'] ?? []).not.toContain('đường dây');
    expect(h['tone.criticism'] ?? []).not.toContain('phản ánh');
    // A trafficking ring is still one.
    const ring = hits('Triệt phá đường dây ma túy', 'Công an tỉnh Tuyên Quang triệt phá đường dây ma túy.');
    expect(ring['tone.crime']).toEqual(expect.arrayContaining(['đường dây']));
  });

  it('council questions and English council wording read routine', () => {
    const h = hits(
      'Phiên chất vấn tại kỳ họp HĐND tỉnh',
      'Đại biểu HĐND tỉnh Tuyên Quang chất vấn giám đốc sở về tiến độ cấp đất.',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['phiên chất vấn', 'chất vấn']));
    const en = hits(
      'Tuyen Quang People’s Council approves plan',
      'The People’s Council of Tuyen Quang Province in northern Vietnam closed its year-end session on Friday, passing 20 resolutions and the budget estimate for next year.',
    );
    expect(en['tone.routine']).toEqual(expect.arrayContaining(['year end session', 'resolutions', 'budget estimate']));
  });

  it('officials’ wrongdoing and people turned away read as criticism, also in English', () => {
    const h = hits(
      'Cán bộ xã tiếp tay làm giả hồ sơ bị đình chỉ công tác',
      'Người già xếp hàng từ sáng rồi ra về tay không. Một cán bộ xã ở tỉnh Tuyên Quang bị đình chỉ công tác vì tiếp tay cho người ngoài. Người dân mất cả ngày, tốn tiền đi lại.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'tiếp tay',
        'đình chỉ công tác',
        'xếp hàng từ sáng',
        'ra về tay không',
        'mất cả ngày',
        'tốn tiền',
      ]),
    );
    const owned = hits(
      'Xã thừa nhận quá tải',
      'Lãnh đạo xã ở tỉnh Tuyên Quang thừa nhận tình trạng quá tải, điểm tiếp nhận chưa đáp ứng.',
    );
    expect(owned['tone.criticism']).toEqual(expect.arrayContaining(['thừa nhận tình trạng', 'chưa đáp ứng']));
    const en = hits(
      'Officials charged over rigged tender',
      'Former officials in Tuyen Quang Province are accused of abuse of power in a rigged tender, causing losses to the state budget, in violation of procurement rules.',
    );
    expect(en['tone.criticism']).toEqual(
      expect.arrayContaining(['rigged', 'abuse of power', 'causing losses', 'in violation of']),
    );
  });

  it('an English claim of a purge, voiced by activists and rights advocates, is hostile', () => {
    const h = hits(
      'A quiet purge in Tuyen Quang',
      'Activists say local leaders in Tuyen Quang were pressured to retire; rights advocates call it a purge and an assault on the rights of minorities.',
    );
    expect(h['tone.hostile']).toEqual(
      expect.arrayContaining(['activists say', 'pressured to retire', 'rights advocates', 'purge']),
    );
  });

  it('a call to free someone the province arrested is hostile, in Vietnamese and English', () => {
    const h = hits(
      'Người biểu tình bị bắt, các nhóm quốc tế lên tiếng',
      'Một người dân ở tỉnh Tuyên Quang bị bắt; các tổ chức quốc tế kêu gọi trả tự do cho ông, người thân đòi trả tự do ngay.',
    );
    expect(h['tone.hostile']).toEqual(expect.arrayContaining(['kêu gọi trả tự do', 'đòi trả tự do']));
    const en = hits('Groups call for release', 'Rights groups called for the release of a farmer held in Tuyen Quang.');
    expect(en['tone.hostile']).toEqual(expect.arrayContaining(['called for the release']));
    // Freedom restored by the court is not a call.
    expect(
      hits('Tòa trả tự do', 'Tòa án tỉnh Tuyên Quang trả tự do ngay tại phiên tòa cho bị cáo.')['tone.hostile'] ?? [],
    ).toEqual([]);
  });
});
