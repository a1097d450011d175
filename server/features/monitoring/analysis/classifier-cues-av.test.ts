import { describe, expect, it } from 'vitest';
import { syllables } from '../../../../common/text/syllables.js';
import { loadLexicon } from './defaults.js';
import { articleFeatures, compileLexicon } from './features.js';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AV (critical and investigative press mixed with daily news, readers'
// complaints and the province's answers) changed, one test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AV’s kinds)', () => {
  it('a power-cut notice’s boilerplate is routine, not praise; a line really energised early still is', () => {
    const h = hits(
      'Lịch tạm ngừng cấp điện tại xã Yên Lập',
      'Điện lực tỉnh Tuyên Quang tạm ngừng cấp điện để sửa chữa lưới. Đề nghị khách hàng chủ động bố trí sinh hoạt. Thời gian đóng điện trở lại có thể sớm hơn dự kiến nếu công việc hoàn thành.',
    );
    expect(h['tone.routine']).toContain('tạm ngừng cấp điện');
    expect(h['tone.praise'] ?? []).toEqual([]);
    expect(h['tone.praise-soft'] ?? []).not.toContain('chủ động');
    const real = hits(
      'Đóng điện trạm biến áp mới',
      'Trạm biến áp 110 kV ở tỉnh Tuyên Quang đã đóng điện, hoàn thành sớm hơn dự kiến hai tháng.',
    );
    expect(real['tone.praise']).toEqual(expect.arrayContaining(['đóng điện', 'sớm hơn dự kiến']));
  });

  it('a price report’s “mang tính tham khảo” is routine', () => {
    const h = hits('Giá chè búp tươi', 'Giá chè búp tươi ở tỉnh Tuyên Quang hôm nay mang tính tham khảo.');
    expect(h['tone.routine']).toContain('mang tính tham khảo');
  });

  it('“không còn cảnh …” is praise and still negates the shortcoming it names; other negators stay their own', () => {
    const h = hits('Chợ cam', 'Ở chợ cam của tỉnh Tuyên Quang nay không còn cảnh ép giá như trước.');
    expect(h['tone.praise']).toContain('không còn cảnh');
    expect(h['not.tone.criticism-soft']).toContain('ép giá');
    expect(h['tone.criticism-soft'] ?? []).not.toContain('ép giá');
    // Without the frame the shortcoming is news.
    const still = hits('Chợ cam', 'Ở chợ cam của tỉnh Tuyên Quang vẫn còn cảnh ép giá.');
    expect(still['tone.criticism-soft']).toContain('ép giá');
    expect(still['tone.praise'] ?? []).not.toContain('không còn cảnh');
  });

  it('a reader’s complaint that nothing has changed, and wading through floods, read as criticism', () => {
    const h = hits(
      'Hộp thư bạn đọc',
      'Người dân tổ 4 ở tỉnh Tuyên Quang kiến nghị nhiều lần nhưng chưa thấy chuyển biến; cứ mưa là ngập, học sinh phải lội nước đến trường.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['chưa thấy chuyển biến', 'cứ mưa là ngập', 'phải lội nước']),
    );
    // A change seen and children playing in a stream are no complaint.
    const fine = hits('Đường mới', 'Người dân tỉnh Tuyên Quang đã thấy chuyển biến rõ; trẻ em thích lội nước ở suối.');
    expect(fine['tone.criticism'] ?? []).toEqual([]);
  });

  it('an investigation’s stripped forest and slow rangers read as criticism; a harvested field does not', () => {
    const h = hits(
      'Rừng phòng hộ bị cạo trắng',
      'Tại tỉnh Tuyên Quang, sườn đồi trơ gốc cây mới cưa, rừng bị cạo trắng mà kiểm lâm chậm phát hiện.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['trơ gốc cây', 'cạo trắng', 'chậm phát hiện']));
    const field = hits('Sau vụ gặt', 'Ruộng bậc thang ở tỉnh Tuyên Quang trơ gốc rạ sau vụ gặt.');
    expect(field['tone.criticism'] ?? []).toEqual([]);
  });

  it('beneficiaries who say they never got the money are criticism, not a denial; an official denial still is', () => {
    const h = hits(
      'Hộ nghèo chưa nhận tiền',
      'Nhiều hộ ở tỉnh Tuyên Quang có tên trong danh sách khẳng định chưa từng nhận được tiền; hộ khác khẳng định chưa nhận đồng nào.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['khẳng định chưa từng nhận', 'khẳng định chưa nhận']));
    expect(h['tone.denial'] ?? []).not.toContain('khẳng định');
    const denial = hits('Bác bỏ tin đồn', 'Công an tỉnh Tuyên Quang khẳng định thông tin trên là sai sự thật.');
    expect(denial['tone.denial']).toContain('khẳng định');
  });

  it('the Party’s “Ủy ban Kiểm tra” is no routine check; an inspection team still is', () => {
    const h = hits('Kỷ luật cán bộ', 'Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang thi hành kỷ luật một cán bộ.');
    expect(h['tone.routine'] ?? []).not.toContain('kiểm tra');
    const team = hits('Kiểm tra an toàn thực phẩm', 'Đoàn liên ngành tỉnh Tuyên Quang kiểm tra các bếp ăn.');
    expect(team['tone.routine']).toContain('kiểm tra');
  });

  it('unaccented scam warnings to other travellers read as criticism; a weather warning is still a disaster cue', () => {
    const h = hits(
      'Thue xe o Tuyen Quang',
      'Canh bao ae di Tuyen Quang: chu cho thue xe tru tien coc vo ly, noi chuyen con quat nat, mat het hung.',
    );
    expect(h['tone.criticism-soft']).toContain('canh bao ae');
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['tru tien coc', 'vo ly', 'quat nat', 'mat het hung']));
    expect(h['tone.disaster'] ?? []).not.toContain('canh bao');
    const weather = hits('Cảnh báo mưa lớn', 'Đài khí tượng cảnh báo mưa lớn ở tỉnh Tuyên Quang.');
    expect(weather['tone.disaster']).toContain('cảnh báo');
  });

  it('an answer that settles a complaint is routine; the complaint itself is still criticism', () => {
    const h = hits(
      'Trả lời kiến nghị của người dân',
      'Sở Tài chính tỉnh Tuyên Quang đã rà soát để giải quyết phản ánh của 12 hộ dân về tiền bồi thường.',
    );
    expect(h['tone.routine']).toContain('trả lời kiến nghị');
    expect(h['tone.criticism'] ?? []).not.toContain('phản ánh');
    const complaint = hits(
      'Bồi thường chậm',
      'Người dân xã Thái Bình, tỉnh Tuyên Quang phản ánh tiền bồi thường chưa về.',
    );
    expect(complaint['tone.criticism']).toContain('phản ánh');
  });

  it('a reader’s thanks and houses rebuilt after a flood read as praise; a crime scene or a refurbished phone do not', () => {
    const h = hits(
      'Bạn đọc gửi lời cảm ơn',
      'Gia đình ở tỉnh Tuyên Quang gửi lời cảm ơn bộ đội đã giúp dựng lại căn nhà bị lũ cuốn.',
    );
    expect(h['tone.praise']).toEqual(expect.arrayContaining(['lời cảm ơn', 'dựng lại']));
    const not = hits(
      'Dựng lại hiện trường',
      'Công an tỉnh Tuyên Quang dựng lại hiện trường vụ trộm; cửa hàng bán điện thoại dựng lại bị xử phạt.',
    );
    expect(not['tone.praise'] ?? []).not.toContain('dựng lại');
  });
});

// The features of an invented article under the shipped lexicon, by name.
const matcher = compileLexicon(loadLexicon());
const features = (title: string, body: string) => {
  const f = articleFeatures(
    matcher,
    syllables(title.normalize('NFC')),
    syllables(body.normalize('NFC')),
    false,
    undefined,
    undefined,
    true,
  );
  return new Map(f.names!.map((name, i) => [name, f.values[i]!]));
};

describe('a crime charged against an official (set AV)', () => {
  it('counts its crime cues as criticism when a cue names the accused as a (former) official', () => {
    const f = features(
      'Khởi tố nguyên chủ tịch xã',
      'Cơ quan điều tra Công an tỉnh Tuyên Quang khởi tố vụ án, khởi tố bị can đối với nguyên chủ tịch xã về tội tham ô.',
    );
    expect(f.has('L:tone.crime')).toBe(false);
    expect(f.has('LT:tone.crime')).toBe(false);
    expect(f.get('L:tone.criticism')).toBeGreaterThan(2);
    // A crime by anyone else stays a crime reported as fact.
    const plain = features(
      'Khởi tố đối tượng trộm cắp',
      'Cơ quan điều tra Công an tỉnh Tuyên Quang khởi tố vụ án, khởi tố bị can đối với một đối tượng trộm cắp.',
    );
    expect(plain.get('L:tone.crime')).toBeGreaterThan(1);
  });
});
