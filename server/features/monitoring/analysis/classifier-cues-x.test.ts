import { describe, expect, it } from 'vitest';
import { seedCueHits as hits, seedFlags as flags } from './seed-cues.test-support.js';

// The cues the tuning on set X (labour, migration and social issues: labour export, trafficking,
// poor-household support, school meals, hospitals, UN reports) added to the seed lexicon, one test
// per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set X’s kinds)', () => {
  it('a programme run for show, and slow handling an office admits, read as criticism', () => {
    const h = hits(
      'Chương trình hỗ trợ lao động về nước còn hình thức',
      'Nhiều lao động ở tỉnh Tuyên Quang cho rằng chương trình chỉ làm hình thức, số liệu báo cáo đẹp hơn thực tế. Sở thừa nhận việc giải quyết đơn có chậm; người dân đến nay vẫn chỉ nhận được lời hẹn, phải vay nặng lãi mà không biết bao giờ mới trả xong.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['còn hình thức', 'làm hình thức', 'đẹp hơn thực tế', 'có chậm', 'vẫn chỉ nhận được']),
    );
    expect(h['tone.criticism-soft']).toEqual(expect.arrayContaining(['vay nặng lãi', 'không biết bao giờ']));
    // A form to fill in ("hình thức" as a kind) is no criticism.
    const form = hits(
      'Các hình thức nộp hồ sơ',
      'Người dân tỉnh Tuyên Quang có thể nộp hồ sơ theo hình thức trực tuyến.',
    );
    expect(form['tone.criticism'] ?? []).toEqual([]);
  });

  it('support misspent, given to officials’ kin or claimed on fabricated files reads as criticism', () => {
    const h = hits(
      'Thanh tra chỉ ra sai phạm trong hỗ trợ làm nhà',
      'Thanh tra tỉnh Tuyên Quang chỉ ra nhiều khoản chi sai, một số căn nhà không đúng thiết kế; có hộ là người nhà cán bộ xã vẫn được hỗ trợ, trong khi hộ nghèo thật thì không còn tên trong danh sách. Một cán bộ bị phát hiện lập khống hồ sơ để nhận tiền.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['chi sai', 'không đúng thiết kế', 'người nhà cán bộ', 'không còn tên', 'lập khống']),
    );
  });

  it('an official among the accused and brokers who cheat workers read as criticism', () => {
    const h = hits(
      'Khởi tố nhóm đưa người đi làm thuê trái phép',
      'Công an tỉnh Tuyên Quang khởi tố bị can đối với 4 người, trong đó có một cán bộ địa chính xã. Nhóm cò mồi này cấu kết với đường dây bên kia biên giới, nhiều người lao động bị quỵt lương.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['trong đó có một cán bộ', 'cò mồi', 'cấu kết', 'quỵt lương']),
    );
    // 'khởi tố bị can' is a prosecution, not a tourist's complaint ('tố bị').
    expect(h['tone.criticism'] ?? []).not.toContain('tố bị');
    expect(h['tone.crime']).toEqual(expect.arrayContaining(['khởi tố bị can']));
  });

  it('careless care in a hospital and school meals not worth their fee read as criticism', () => {
    const h = hits(
      'Sản phụ tử vong, gia đình phản đối',
      'Người nhà cho biết nhân viên trực ở một bệnh viện tỉnh Tuyên Quang chỉ khám qua loa; gia đình phản đối, Sở Y tế xác định đây là sự cố y khoa. Ở một trường bán trú, phụ huynh xót xa vì bữa ăn không tương xứng với tiền đóng, nhà trường còn thu thêm tiền củi vì khoản hỗ trợ chưa được cấp về.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'qua loa',
        'gia đình phản đối',
        'sự cố y khoa',
        'không tương xứng',
        'thu thêm tiền',
        'chưa được cấp về',
      ]),
    );
    expect(h['tone.criticism-soft']).toEqual(expect.arrayContaining(['xót xa']));
  });

  it('English reports of wages not paid read as criticism', () => {
    const h = hits(
      'Nurses in Tuyen Quang go unpaid',
      'Nurses at commune clinics in Tuyen Quang have not received their pay since May; the arrears reach three months, and staff said similar promises had been made before.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['unpaid', 'have not received', 'arrears', 'similar promises']),
    );
  });

  it('a programme’s name and labour export are not praise; a plan to improve is not an achievement', () => {
    const h = hits(
      'Xã vùng cao rà soát xuất khẩu lao động',
      'Xã ở tỉnh Tuyên Quang triển khai chương trình mục tiêu quốc gia giảm nghèo bền vững và rà soát người đi xuất khẩu lao động; ngành giáo dục sẽ tìm giải pháp nâng cao chất lượng môn tiếng Anh.',
    );
    expect(h['tone.praise'] ?? []).not.toEqual(expect.arrayContaining(['giảm nghèo']));
    expect(h['tone.praise'] ?? []).not.toContain('xuất khẩu');
    expect(h['tone.praise'] ?? []).not.toContain('nâng cao');
    expect(h['tone.praise-soft'] ?? []).not.toContain('bền vững');
    expect(h['topic.economy-trade']).toEqual(expect.arrayContaining(['xuất khẩu lao động']));
    // Poverty that did fall and exports that did grow stay praise.
    const grew = hits(
      'Tỷ lệ hộ nghèo giảm mạnh',
      'Tỉnh Tuyên Quang giảm nghèo vượt kế hoạch, kim ngạch xuất khẩu tăng 12%, chất lượng dịch vụ được nâng cao.',
    );
    expect(grew['tone.praise']).toEqual(expect.arrayContaining(['giảm nghèo', 'xuất khẩu', 'nâng cao']));
  });

  it('pupils spreading the word are not hostile propaganda', () => {
    const h = hits(
      'Học sinh vận động cha mẹ nói không với tảo hôn',
      'Ở tỉnh Tuyên Quang, các em học sinh trực tiếp tuyên truyền cho cha mẹ về tác hại của tảo hôn; mô hình được nhân rộng ra nhiều xã và có thể nhân rộng trên toàn tỉnh.',
    );
    expect(h['tone.hostile'] ?? []).not.toContain('tuyên truyền');
    expect(h['tone.praise']).toEqual(expect.arrayContaining(['được nhân rộng', 'có thể nhân rộng']));
    // A hostile page’s propaganda keeps the cue.
    const hostile = hits(
      'Trang mạng tuyên truyền chống phá',
      'Một trang mạng ở nước ngoài tuyên truyền xuyên tạc về tỉnh Tuyên Quang.',
    );
    expect(hostile['tone.hostile']).toEqual(expect.arrayContaining(['tuyên truyền']));
  });

  it('a first operation done with transferred technique reads as praise', () => {
    const h = hits(
      'Bệnh viện tỉnh nối thành công ngón tay đứt rời',
      'Bệnh viện tỉnh Tuyên Quang kích hoạt quy trình báo động đỏ và phẫu thuật thành công cho bệnh nhân, ca đầu tiên bệnh viện thực hiện thành công nhờ chuyển giao kỹ thuật từ tuyến trên.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining([
        'nối thành công',
        'phẫu thuật thành công',
        'thực hiện thành công',
        'chuyển giao kỹ thuật',
      ]),
    );
    expect(h['tone.praise-soft']).toEqual(expect.arrayContaining(['quy trình báo động đỏ']));
  });

  it('job fairs, league tables and English policy briefs read as routine', () => {
    const h = hits(
      'Phiên giao dịch việc làm tại xã',
      'Trung tâm Dịch vụ việc làm tỉnh Tuyên Quang tổ chức phiên giao dịch việc làm ngày 5/12; mọi chi tiết liên hệ trung tâm. Theo bảng xếp hạng, điểm trung bình của tỉnh năm nay thấp hơn năm trước.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['phiên giao dịch việc làm', 'chi tiết liên hệ', 'bảng xếp hạng', 'điểm trung bình']),
    );
    const en = hits(
      'Policy brief on internal migration',
      'A new analysis of migrants in Tuyen Quang was published today. The brief finds that one in three respondents moved for work, and the report recommends better data.',
    );
    expect(en['tone.routine']).toEqual(
      expect.arrayContaining([
        'policy brief',
        'new analysis',
        'the brief finds',
        'respondents',
        'the report recommends',
      ]),
    );
  });

  it('a wrong sea name on a recalled leaflet is a sovereignty cue, not criticism', () => {
    const title = 'Thu giữ tờ rơi in bản đồ sai';
    const body =
      'Biên phòng tỉnh Tuyên Quang thu giữ tờ rơi của một công ty nước ngoài có in bản đồ không thể hiện quần đảo Hoàng Sa, Trường Sa, ghi sai tên gọi Biển Đông.';
    const h = hits(title, body);
    expect(h['tone.criticism'] ?? []).not.toContain('ghi sai');
    expect(h['flag.wrong-sovereignty']).toEqual(expect.arrayContaining(['ghi sai tên gọi']));
    expect(flags(title, body)).toContain('wrong-sovereignty');
    // A wrong figure in a report is still criticism.
    const report = hits('Báo cáo ghi sai số liệu', 'Xã ở tỉnh Tuyên Quang ghi sai số liệu hộ nghèo trong báo cáo.');
    expect(report['tone.criticism']).toEqual(expect.arrayContaining(['ghi sai']));
  });
});
