import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AD (infrastructure, transport, energy and digital transformation) changed, one
// test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AD’s kinds)', () => {
  it('power restored, waiting times cut and a road renovated read as help delivered', () => {
    const h = hits(
      'Đường lên cửa khẩu khoác áo mới',
      'Sau trận dông đêm qua ở tỉnh Tuyên Quang, điện lực đã khôi phục điện cho các xã vùng cao; đến trưa, bà con đã có điện trở lại. Tuyến đường lên cửa khẩu vừa khoác áo mới, thời gian đi lại được rút ngắn, xe hàng không phải xếp hàng như trước, thời gian làm thủ tục rút xuống còn 20 phút.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining([
        'khôi phục điện',
        'có điện trở lại',
        'khoác áo mới',
        'được rút ngắn',
        'không phải xếp hàng',
        'rút xuống còn',
      ]),
    );
    // A border marker put back is no help delivered; a time not yet cut, or one a report urges to
    // cut, is no praise.
    const marker = hits(
      'Khôi phục cột mốc sau mưa lũ',
      'Đồn biên phòng của tỉnh Tuyên Quang phối hợp khôi phục cột mốc bị nghiêng; thời gian thông quan chưa rút ngắn được. Báo cáo khuyến nghị rút ngắn thời gian giải quyết hồ sơ đất đai.',
    );
    expect(marker['tone.praise'] ?? []).not.toEqual(expect.arrayContaining(['khôi phục điện']));
    expect(marker['tone.praise']).toBeUndefined();
    expect(marker['not.tone.praise']).toContain('rút ngắn được');
  });

  it('English reports of journeys cut and power restored read as praise', () => {
    const h = hits(
      'New bypass in Tuyen Quang',
      'The bypass around Tuyen Quang city cuts travel time to the highlands and has nearly halved the time lorries spend in traffic; after the storm, power was restored within hours.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining(['cuts travel time', 'halved the time', 'power was restored']),
    );
    // Profits that halved are no journey cut.
    const fall = hits('Tea exporters in Tuyen Quang', 'Tea exporters in Tuyen Quang saw profits halved this year.');
    expect(fall['tone.praise'] ?? []).not.toEqual(expect.arrayContaining(['halved the time']));
  });

  it('a milestone long awaited and the joy it brings lean positive; graves moved for a road are no disaster', () => {
    const h = hits(
      'Cầu mới nối đôi bờ sông Gâm',
      'Niềm vui đến với người dân tỉnh Tuyên Quang khi cây cầu mong đợi từ lâu thông xe, một mốc son của địa phương. Nhiều hộ đã tự nguyện di dời mồ mả để nhường đất cho công trình.',
    );
    expect(h['tone.praise']).toContain('mốc son');
    expect(h['tone.praise-soft']).toEqual(expect.arrayContaining(['niềm vui', 'mong đợi từ lâu']));
    expect(h['tone.disaster'] ?? []).not.toContain('di dời');
    // Households moved out of a landslide's path still read as a disaster report.
    const slide = hits(
      'Di dời dân khỏi vùng sạt lở',
      'Xã vùng cao của tỉnh Tuyên Quang di dời 12 hộ khỏi vùng có nguy cơ sạt lở.',
    );
    expect(slide['tone.disaster']).toContain('di dời');
  });

  it('a resident’s complaint of dust and spilt soil from works trucks reads as criticism', () => {
    const h = hits(
      'Bụi quá mọi người ơi',
      'Xe chở đất qua xã ở tỉnh Tuyên Quang chạy cả ngày, đất đá rơi vãi khắp đường, bụi đỏ phủ kín mái nhà. Xã nói sẽ nhắc nhà thầu, để xem thế nào.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['rơi vãi', 'bụi đỏ phủ', 'để xem thế nào']));
    // A contractor that keeps its trucks covered and spills nothing is no complaint.
    const tidy = hits(
      'Nhà thầu phủ bạt xe chở đất',
      'Nhà thầu ở tỉnh Tuyên Quang phủ bạt toàn bộ xe chở đất, không để đất đá rơi vãi ra đường.',
    );
    expect(tidy['tone.criticism'] ?? []).not.toContain('rơi vãi');
    expect(tidy['not.tone.criticism']).toContain('rơi vãi');
  });

  it('a road-status post (with or without diacritics) reads as routine', () => {
    const h = hits(
      'Cập nhật đường đèo sáng nay',
      'Cập nhật tình hình quốc lộ qua tỉnh Tuyên Quang: điểm sạt đã thông một làn, xe nhỏ đi được. Anh em đi đèo nhớ bật đèn.',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['cập nhật tình hình', 'thông một làn', 'nhớ bật đèn']));
    const bare = hits(
      'CAP NHAT DUONG DEO',
      'Cap nhat tinh hinh duong qua Tuyen Quang: da thong 1 lan, anh em nho bat den khi qua deo.',
    );
    expect(bare['tone.routine']).toEqual(expect.arrayContaining(['cap nhat tinh hinh', 'thong 1 lan', 'nho bat den']));
    // A price update is no road post.
    const price = hits('Giá cam hôm nay', 'Giá cam sành ở tỉnh Tuyên Quang được cập nhật lúc 8 giờ.');
    expect(price['tone.routine'] ?? []).not.toEqual(expect.arrayContaining(['cập nhật tình hình']));
  });

  it('English reservoirs at a low ebb in a heatwave read as a disaster report, not criticism', () => {
    const h = hits(
      'Dry season bites in the north',
      'A heatwave and a long dry spell have left the reservoir of the Tuyen Quang hydropower plant close to its dead water level.',
    );
    expect(h['tone.disaster']).toEqual(expect.arrayContaining(['heatwave', 'dry spell', 'dead water level']));
    const cool = hits('Mild weather in Tuyen Quang', 'Tuyen Quang had a mild, wet week and the reservoir is full.');
    expect(cool['tone.disaster']).toBeUndefined();
  });

  it('a hostile blog’s appeal to international rights groups and a “special watch list” read as hostile', () => {
    const h = hits(
      'Ứng dụng số bị biến thành công cụ theo dõi tín đồ',
      'Một trang blog viết rằng chính quyền Tuyên Quang dùng ứng dụng số làm công cụ theo dõi tín đồ, ép họ ký cam kết thôi nhóm họp. Trang này kêu gọi các tổ chức nhân quyền quốc tế đưa tỉnh vào danh sách theo dõi đặc biệt.',
    );
    expect(h['tone.hostile']).toEqual(
      expect.arrayContaining(['ép họ ký cam kết', 'kêu gọi các tổ chức nhân quyền', 'danh sách theo dõi đặc biệt']),
    );
    // An official's follow-up list and a tool to track progress are no watch list.
    const list = hits(
      'Theo dõi tiến độ dự án',
      'Sở Xây dựng tỉnh Tuyên Quang lập danh sách các công trình cần theo dõi đặc biệt về tiến độ và dùng công cụ theo dõi trực tuyến.',
    );
    expect(list['tone.hostile']).toBeUndefined();
  });
});
