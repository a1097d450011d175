import { describe, expect, it } from 'vitest';
import { seedCueHits as hits, seedFlags as flags } from './seed-cues.test-support.js';

// The cues the tuning on set V (seasonal life and human interest: frost, floods, rescues, charity,
// rumours) added to the seed lexicon, one test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set V’s kinds)', () => {
  it('a rescue carried out in time and people moved to safety read as praise', () => {
    const h = hits(
      'Giải cứu an toàn 4 người mắc kẹt trên bãi bồi sông Lô',
      'Tối 5/9, lực lượng cứu hộ xã ở tỉnh Tuyên Quang đã có mặt kịp thời, giải cứu an toàn 4 người bị nước lũ vây trên bãi bồi. Trước đó, chính quyền đã sơ tán kịp thời 40 hộ dân và đưa đến nơi an toàn. "Nhờ các anh đến kịp mà cả nhà được cứu sống", một người dân nói.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining([
        'giải cứu an toàn',
        'có mặt kịp thời',
        'sơ tán kịp thời',
        'đưa đến nơi an toàn',
        'đến kịp',
        'cứu sống',
      ]),
    );
    // A plain evacuation notice, with no word of timeliness or rescue, is not praise.
    const notice = hits(
      'Sơ tán dân khỏi vùng sạt lở',
      'Xã ở tỉnh Tuyên Quang đã sơ tán 40 hộ dân khỏi vùng có nguy cơ sạt lở.',
    );
    expect(notice['tone.praise'] ?? []).toEqual([]);
  });

  it('new houses handed over and a community’s return from a cult read as praise', () => {
    const h = hits(
      'Trao nhà mới cho các hộ mất nhà sau lũ',
      'Các hộ có nhà bị lũ cuốn trôi ở tỉnh Tuyên Quang đã nhận chìa khóa nhà xây mới trước Tết, với sự vào cuộc của các đoàn thể. Một cán bộ thôn được tuyên dương vì kiên trì vận động bà con.',
    );
    expect(h['tone.praise']).toEqual(expect.arrayContaining(['nhận chìa khóa', 'nhà xây mới', 'tuyên dương']));
    expect(h['tone.praise-soft']).toEqual(expect.arrayContaining(['sự vào cuộc', 'kiên trì vận động']));
    const cult = hits(
      'Thêm nhiều hộ dân từ bỏ tà đạo',
      'Sau khi được giải thích, 9 hộ ở một thôn vùng cao tỉnh Tuyên Quang đã từ bỏ tà đạo, trở lại sinh hoạt bình thường.',
    );
    expect(cult['tone.praise']).toEqual(expect.arrayContaining(['từ bỏ tà đạo', 'trở lại sinh hoạt bình thường']));
  });

  it('the past disaster a recovery story names is its subject, not its tone', () => {
    const h = hits(
      'Dựng lại nhà cho hộ bị thiên tai',
      'Tỉnh Tuyên Quang hỗ trợ các hộ sơ tán trong mùa mưa lũ năm ngoái dựng lại nhà, và rà soát các hộ còn ở vùng nguy cơ sạt lở.',
    );
    expect(h['tone.disaster'] ?? []).toEqual([]);
    expect(h['topic.disaster-environment']).toEqual(
      expect.arrayContaining(['hộ bị thiên tai', 'các hộ sơ tán', 'trong mùa mưa lũ năm', 'vùng nguy cơ sạt lở']),
    );
    // The disaster itself, reported as it happens, keeps its tone cues.
    const now = hits(
      'Mưa lũ gây sạt lở ở Tuyên Quang',
      'Mưa lũ đêm qua gây sạt lở ở tỉnh Tuyên Quang, xã đã sơ tán 20 hộ.',
    );
    expect(now['tone.disaster']).toEqual(expect.arrayContaining(['mưa lũ', 'sạt lở', 'sơ tán']));
  });

  it('support still awaited is criticism, and the awaited support is not praise', () => {
    const h = hits(
      'Mất trắng đàn dê, dân vẫn chờ hỗ trợ',
      'Hai tháng sau đợt rét, nhiều hộ ở tỉnh Tuyên Quang vẫn chưa nhận được đồng nào; người mất trắng đàn dê phải kê khai lại hồ sơ hai lần và vẫn chờ hỗ trợ.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['vẫn chưa nhận được', 'kê khai lại', 'vẫn chờ hỗ trợ']),
    );
    expect(h['tone.criticism-soft']).toEqual(expect.arrayContaining(['mất trắng']));
    expect(h['tone.praise'] ?? []).not.toContain('hỗ trợ');
    // Support that arrives is still praise.
    const paid = hits('Chi trả hỗ trợ cho hộ chăn nuôi', 'Tỉnh Tuyên Quang đã hỗ trợ các hộ có gia súc chết rét.');
    expect(paid['tone.praise']).toEqual(expect.arrayContaining(['hỗ trợ']));
  });

  it('a warning nobody passed on, and a resettlement site left empty, are criticism', () => {
    const h = hits(
      'Hồ thủy điện xả nước, dân ven sông nói không ai báo trước',
      'Người dân hai thôn ở tỉnh Tuyên Quang cho biết họ không được báo trước khi hồ xả nước; xã thừa nhận việc truyền tin có độ trễ nên thông tin đến chậm. Ở xã bên, khu tái định cư xây xong vẫn bỏ trống, không ai về ở, đặt ra câu hỏi về khâu khảo sát.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'không được báo trước',
        'có độ trễ',
        'thông tin đến chậm',
        'bỏ trống',
        'không ai về ở',
        'đặt ra câu hỏi',
      ]),
    );
  });

  it('a hostile site’s pretext and its appeal to foreign bodies are hostile, in Vietnamese and English', () => {
    const h = hits(
      'Lấy cớ thiên tai để đuổi dân',
      'Chính quyền tỉnh Tuyên Quang lấy cớ phòng chống sạt lở để đánh bóng thành tích, còn người dân vùng cao bị bỏ rơi. Chúng tôi kêu gọi Liên Hợp Quốc và chính phủ phương Tây can thiệp.',
    );
    expect(h['tone.hostile']).toEqual(
      expect.arrayContaining(['lấy cớ', 'đánh bóng', 'bị bỏ rơi', 'kêu gọi liên hợp quốc', 'chính phủ phương tây']),
    );
    const en = hits(
      'Relocation in Tuyen Quang',
      'Our investigation found that officials in Tuyen Quang province used flood risk as a pretext to move families off their ancestral land. The group calls on Vietnam to admit independent monitors.',
    );
    expect(en['tone.hostile']).toEqual(
      expect.arrayContaining([
        'our investigation',
        'pretext',
        'ancestral land',
        'calls on vietnam',
        'independent monitors',
      ]),
    );
  });

  it('an English weather report reads routine, and falling drop-out rates are not criticism', () => {
    const h = hits(
      'Frost in the highlands of Tuyen Quang',
      'The national weather center said temperatures at the Dong Van weather station fell to 1 degrees Celsius; traffic police advised drivers to avoid the passes. In Tuyen Quang province, drop-out rates have fallen since schools began serving a hot meal.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['weather center', 'weather station', 'degrees celsius', 'advised drivers']),
    );
    expect(h['tone.criticism'] ?? []).not.toContain('have fallen');
    // Figures that have fallen elsewhere still read critical.
    const down = hits(
      'Tourism in Tuyen Quang',
      'Visitor numbers to Tuyen Quang province have fallen sharply this year.',
    );
    expect(down['tone.criticism']).toEqual(expect.arrayContaining(['have fallen']));
  });
});

describe('flag cues of the seed lexicon (set V’s kinds)', () => {
  it('a hot school meal is not hot news', () => {
    const title = 'Bữa trưa nóng cho học trò vùng cao';
    const body =
      'Các điểm trường ở tỉnh Tuyên Quang đã nấu bữa trưa nóng cho học sinh, mỗi em có cơm nóng và canh nóng giữa mùa đông.';
    expect(hits(title, body)['flag.false-information'] ?? []).not.toContain('nóng');
    expect(flags(title, body)).not.toContain('false-information');
    // "Nóng" of a rumour is still a cue.
    expect(
      hits('Tin nóng: lũ sắp về', 'Tin nóng lan truyền ở tỉnh Tuyên Quang rằng hồ thủy điện sắp vỡ.')[
        'flag.false-information'
      ],
    ).toEqual(expect.arrayContaining(['nóng']));
  });

  it('surveillance of a group and restrictions on contact abroad are human-rights cues, surveillance cameras are not', () => {
    const h = hits(
      'Report on Tuyen Quang',
      'The report describes surveillance of Hmong families in Tuyen Quang province, restrictions on contact with relatives abroad and no rights guarantees.',
    );
    expect(h['flag.human-rights']).toEqual(
      expect.arrayContaining(['surveillance', 'restrictions on contact', 'rights guarantees']),
    );
    const cams = hits(
      'New cameras in Tuyen Quang',
      'Tuyen Quang province installed surveillance cameras at its crossroads.',
    );
    expect(cams['flag.human-rights'] ?? []).not.toContain('surveillance');
  });
});
