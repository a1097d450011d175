import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// The cues the tuning on set S (news portals and aggregators: rewrites, clickbait titles, celebrity
// trips, sports results, viral clips, weather templates) added to the seed lexicon, one test per kind
// of wording (classifier-cues.test.ts and classifier-cues-q-r.test.ts hold the earlier sets').

describe('tone cues of the seed lexicon (set S’s kinds: portals and aggregators)', () => {
  it('a visitor calling the place the most beautiful is praise, and “khẳng định” there is no rebuttal', () => {
    const h = hits(
      'Ca sĩ trẻ khẳng định đây là nơi đẹp nhất Việt Nam',
      'Sau chuyến đi xã Lũng Cú, tỉnh Tuyên Quang, nữ ca sĩ khẳng định đây là nơi đẹp nhất cô từng đặt chân. Người hâm mộ bình luận: “Xem xong chỉ muốn xách ba lô lên đường”.',
    );
    expect(h['tone.praise']).toEqual(expect.arrayContaining(['nơi đẹp nhất']));
    expect(h['tone.praise-soft']).toEqual(expect.arrayContaining(['xách ba lô']));
    expect(h['tone.denial'] ?? []).not.toContain('khẳng định');
  });

  it('a tourist’s overcharging complaint (told as “tố”, no menu, netizens’ stones) hits criticism cues', () => {
    const h = hits(
      'Du khách tố bị tính 800.000 đồng cho hai bát phở ở Mèo Vạc',
      'Một quán ở xã Mèo Vạc, tỉnh Tuyên Quang bị cư dân mạng ném đá. Quán không có thực đơn, không niêm yết giá. “Thế này thì ai dám quay lại”, một người viết; người khác khuyên nên hỏi giá trước khi ăn.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['du khách tố', 'không có thực đơn', 'không niêm yết giá', 'ném đá', 'ai dám quay lại']),
    );
    expect(h['tone.criticism-soft']).toEqual(expect.arrayContaining(['bị tính', 'hỏi giá trước']));
    // The first negated item is a cue of its own: its “không” does not negate the next one.
    expect(h['not.tone.criticism'] ?? []).not.toContain('không niêm yết giá');
  });

  it('an event’s shortcomings and the organiser’s apology are criticism; athletes and the finish area are not praise', () => {
    const h = hits(
      'Giải đua thuyền đông vận động viên nhưng khâu tổ chức bị chê',
      'Giải ở xã Na Hang, tỉnh Tuyên Quang có 800 vận động viên. Ở khu vực về đích, trạm nước cạn sạch, nhiều người suýt bỏ cuộc; ban tổ chức đã gửi thư xin lỗi.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['thư xin lỗi', 'suýt bỏ cuộc']));
    expect(h['tone.criticism-soft']).toEqual(expect.arrayContaining(['khâu tổ chức']));
    expect(h['tone.praise'] ?? []).not.toContain('động viên');
    expect(h['tone.praise'] ?? []).not.toContain('về đích');
  });

  it('race results, an expert explaining a phenomenon and a weather forecast read routine, not praise', () => {
    const race = hits(
      'Kết quả chặng 3 giải xe đạp: tay đua Hà Nội về nhất chặng',
      'Về nhì và ba lần lượt là hai tay đua của Đồng Nai; áo vàng vẫn thuộc về tay đua Cần Thơ. Chặng đi qua xã Quản Bạ, tỉnh Tuyên Quang.',
    );
    expect(race['tone.routine']).toEqual(
      expect.arrayContaining(['kết quả chặng', 'về nhất chặng', 'về nhì', 'lần lượt là', 'áo vàng']),
    );
    const river = hits(
      'Giải mã hiện tượng hồ Na Hang đổi màu',
      'Theo chuyên gia, nước hồ ở xã Na Hang, tỉnh Tuyên Quang đục do mưa; hồ sẽ trong trở lại khi lưu lượng ổn định, mực nước ổn định.',
    );
    expect(river['tone.routine']).toEqual(expect.arrayContaining(['giải mã', 'theo chuyên gia']));
    expect(river['tone.praise'] ?? []).not.toContain('ổn định');
    const weather = hits(
      'Thời tiết Tuyên Quang ngày mai: ít mây, thời tiết thuận lợi ngắm hoa',
      'Nhiệt độ thấp nhất 14 độ C, nhiệt độ cao nhất 24 độ C. Sáng sớm có sương mù, tầm nhìn hạn chế.',
    );
    expect(weather['tone.routine']).toEqual(
      expect.arrayContaining(['ít mây', 'nhiệt độ thấp nhất', 'nhiệt độ cao nhất', 'tầm nhìn hạn chế']),
    );
    expect(weather['tone.praise'] ?? []).not.toContain('thuận lợi');
  });

  it('a road blocked by a landslide is a disaster: traffic held up and paralysed is no criticism', () => {
    const h = hits(
      'Đất đá sạt xuống quốc lộ 2, giao thông tê liệt',
      'Taluy dương quốc lộ 2 qua xã Vị Xuyên, tỉnh Tuyên Quang sạt lở; hàng chục xe ùn ứ, phương tiện ùn ứ hai đầu điểm sạt.',
    );
    expect(h['tone.disaster']).toEqual(expect.arrayContaining(['đất đá', 'tê liệt', 'taluy']));
    expect(h['tone.criticism'] ?? []).not.toContain('ùn ứ');
    expect(h['tone.criticism'] ?? []).not.toContain('tê liệt');
    // A backlog of files is still criticism.
    const backlog = hits('Hồ sơ đất đai ùn ứ', 'Xã Mậu Duệ, tỉnh Tuyên Quang đang ùn ứ hơn 300 hồ sơ đất đai.');
    expect(backlog['tone.criticism']).toEqual(expect.arrayContaining(['ùn ứ']));
  });

  it('an offender who admits it, takes the clip down and is fined reads as a handled offence', () => {
    const h = hits(
      'TikToker bị phạt vì clip xúc phạm người Dao',
      'Công an xã Hoàng Su Phì, tỉnh Tuyên Quang xử phạt hành chính một TikToker ở Hà Nội. Người này thừa nhận hành vi, gỡ clip và đăng video xin lỗi.',
    );
    expect(h['tone.crime']).toEqual(
      expect.arrayContaining(['xử phạt hành chính', 'thừa nhận hành vi', 'gỡ clip', 'video xin lỗi']),
    );
  });
});
