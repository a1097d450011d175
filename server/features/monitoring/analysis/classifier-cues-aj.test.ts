import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AJ (tourism business and the visitor's experience: homestays, rentals and
// tours, prices and scams, safety and rescue, travellers' posts and foreign blogs) changed, one test
// per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AJ’s kinds)', () => {
  it('a negator that ends the sentence before negates nothing in the next one', () => {
    const h = hits(
      'Vé tham quan có tăng?',
      'Nhiều người hỏi giá vé vào các điểm ở tỉnh Tuyên Quang có tăng hay không. Khảo sát của báo cho thấy phần lớn giữ nguyên.',
    );
    expect(h['tone.routine']).toContain('khảo sát');
    expect(h['not.tone.routine'] ?? []).not.toContain('khảo sát');
    // Within its own sentence the negator still turns the cue.
    const own = hits('Đoàn chưa khảo sát', 'Đoàn công tác của tỉnh Tuyên Quang chưa khảo sát thực tế tại bến thuyền.');
    expect(own['not.tone.routine']).toContain('khảo sát');
  });

  it('an oversight body’s polite findings on tourist services read as criticism', () => {
    const h = hits(
      'Giám sát dịch vụ lữ hành: còn một số tồn tại',
      'Đoàn giám sát của tỉnh Tuyên Quang nhận thấy việc quản lý nhà nghỉ còn bộc lộ một số hạn chế: nhiều nhân viên chưa qua đào tạo, dịch vụ tự phát thiếu kiểm soát, có nơi phát triển nóng.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'một số tồn tại',
        'còn bộc lộ',
        'bộc lộ một số hạn chế',
        'chưa qua đào tạo',
        'thiếu kiểm soát',
        'phát triển nóng',
      ]),
    );
    // Advice to avoid it is no finding ("tránh" negates, from set AH's land-market advice).
    const advice = hits(
      'Du lịch Tuyên Quang mùa cao điểm',
      'Tỉnh Tuyên Quang cần tránh phát triển nóng các khu lưu trú.',
    );
    expect(advice['tone.criticism'] ?? []).not.toContain('phát triển nóng');
    // An old house that still stands is no shortcoming.
    const old = hits(
      'Ngôi nhà trình tường trăm tuổi',
      'Ngôi nhà trình tường ở tỉnh Tuyên Quang còn tồn tại đến nay nhờ ba thế hệ gìn giữ.',
    );
    expect(old['tone.criticism'] ?? []).toEqual([]);
  });

  it('travellers’ complaints read as criticism: rental scams and fares in English, filth in unaccented posts', () => {
    const en = hits(
      'Avoid this rental place',
      'The shop in Tuyen Quang kept my passport for the whole trip, then demanded an extra 500k for a scratch. We were slapped with a bill nearly double the listed price. It left a bad taste.',
    );
    expect(en['tone.criticism']).toEqual(
      expect.arrayContaining([
        'kept my passport',
        'demanded an extra',
        'slapped with',
        'double the listed',
        'bad taste',
      ]),
    );
    const post = hits(
      'Bai do xe o deo',
      'Di Tuyen Quang ma bai do xe mui hoi nong nac, rac vut tu tung, lam mat hinh anh qua. Nam nao cung vay, mong chinh quyen vao cuoc.',
    );
    expect(post['tone.criticism']).toEqual(
      // An unaccented post matches without its marks.
      expect.arrayContaining(['nong nac', 'vut tu tung', 'lam mat hinh anh', 'mong chinh quyen vao cuoc']),
    );
    expect(post['tone.criticism-soft']).toEqual(expect.arrayContaining(['nam nao cung vay', 'mui hoi']));
    const better = hits(
      'Đẹp nhưng…',
      'Một blogger viết rằng cao nguyên đá của tỉnh Tuyên Quang xứng đáng được đối xử tốt hơn.',
    );
    expect(better['tone.criticism-soft']).toContain('được đối xử tốt hơn');
    // Hanging meat on a homestay menu, flags hung for a holiday and a suspension bridge are no "treo".
    const menu = hits(
      'Review homestay',
      'O Tuyen Quang 2 dem, com co thit treo, ga doi. Ca ban treo co do, di qua cau treo ra thac.',
    );
    expect(menu['tone.criticism'] ?? []).not.toContain('treo');
    const shelved = hits('Dự án treo', 'Một dự án treo ở tỉnh Tuyên Quang đã nằm im năm năm.');
    expect(shelved['tone.criticism']).toContain('dự án treo');
  });

  it('safety breaches on tourist boats read as criticism, and a suspension “until fixed” is no praise', () => {
    const h = hits(
      'Thuyền du lịch vi phạm an toàn',
      'Kiểm tra trên lòng hồ ở tỉnh Tuyên Quang, đoàn phát hiện nhiều thuyền thiếu áo phao, chở quá số người, khách không mặc áo phao. Các thuyền bị tạm dừng đến khi khắc phục xong.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['vi phạm an toàn', 'thiếu áo phao', 'chở quá số người', 'không mặc áo phao']),
    );
    expect(h['tone.praise'] ?? []).not.toContain('khắc phục xong');
    // A repair finished is still praise.
    const fixed = hits('Đã sửa xong bến', 'Bến thuyền ở tỉnh Tuyên Quang bị sạt đã khắc phục xong sau hai ngày.');
    expect(fixed['tone.praise']).toContain('khắc phục xong');
  });

  it('help and services delivered to visitors read as praise', () => {
    const h = hits(
      'Tổ hỗ trợ du khách được khen',
      'Tổ công tác ở tỉnh Tuyên Quang giúp du khách bị lạc đường về nơi nghỉ; mọi phản ánh được giải quyết nhanh, có việc xử lý trong ngày. Đoàn khách gửi thư cảm ơn vì sự tử tế của người dân, nói đó là điểm cộng rất lớn.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining([
        'giúp du khách',
        'được giải quyết nhanh',
        'xử lý trong ngày',
        'gửi thư cảm ơn',
        'sự tử tế',
        'là điểm cộng',
      ]),
    );
    const soft = hits(
      'Ứng dụng du lịch mới',
      'Tỉnh Tuyên Quang ra mắt ứng dụng du lịch với 20.000 lượt tải; phòng nghỉ sạch sẽ, giá đáng đồng tiền. Hướng dẫn viên được trang bị kiến thức nên tự tin hơn.',
    );
    expect(soft['tone.praise-soft']).toEqual(
      expect.arrayContaining([
        'ra mắt ứng dụng',
        'lượt tải',
        'sạch sẽ',
        'đáng đồng tiền',
        'trang bị kiến thức',
        'tự tin hơn',
      ]),
    );
    // A room that is not clean is no praise.
    const dirty = hits('Phòng bẩn', 'Phòng homestay ở tỉnh Tuyên Quang không sạch sẽ như quảng cáo.');
    expect(dirty['tone.praise-soft'] ?? []).not.toContain('sạch sẽ');
  });

  it('price surveys, advice to visitors and site notices read as routine, not complaints', () => {
    const h = hits(
      'Giá phòng dịp lễ ở Tuyên Quang',
      'Giá phòng tại tỉnh Tuyên Quang dao động từ 400.000 đồng, tour ghép có giá từ 2 triệu đồng, tăng 20% so với ngày thường. Du khách hãy phản ánh qua đường dây nóng khi gặp tình trạng ép giá hoặc nếu bị chặt chém; lực lượng chức năng nhắc nhở du khách không bay flycam.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining([
        'giá phòng',
        'dao động từ',
        'có giá từ',
        'so với ngày thường',
        'phản ánh qua đường dây nóng',
      ]),
    );
    expect(h['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['phản ánh']));
    expect(h['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['nhắc nhở']));
    expect(h['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['chặt chém']));
    expect(h['tone.criticism-soft'] ?? []).not.toEqual(expect.arrayContaining(['ép giá']));
    const notice = hits(
      'Thông báo điều chỉnh giờ mở cửa',
      'Ban quản lý di tích ở tỉnh Tuyên Quang điều chỉnh giờ đón khách từ 1/6; khách cần hỗ trợ vui lòng liên hệ số điện thoại trên vé.',
    );
    expect(notice['tone.routine']).toEqual(
      expect.arrayContaining([
        'thông báo điều chỉnh',
        'giờ mở cửa',
        'điều chỉnh giờ',
        'giờ đón khách',
        'vui lòng liên hệ',
      ]),
    );
    // Visitors who were overcharged, a shop owner reminded and a complaint made through the hotline
    // stay complaints.
    const hurt = hits(
      'Khách bị ép giá',
      'Nhiều du khách ở tỉnh Tuyên Quang bị ép giá; xã đã nhắc nhở chủ cơ sở. Một người dân phản ánh qua đường dây nóng về việc hồ sơ bị ngâm.',
    );
    expect(hurt['tone.criticism-soft']).toContain('ép giá');
    expect(hurt['tone.criticism']).toEqual(expect.arrayContaining(['nhắc nhở', 'phản ánh']));
  });

  it('an accident reported as fact reads as a disaster, and a victim’s stable health is no praise', () => {
    const h = hits(
      'Du khách gặp nạn trên đèo',
      'Một du khách mất lái, va vào vách đá trên đèo ở tỉnh Tuyên Quang, bị gãy xương chân; hiện sức khỏe ổn định.',
    );
    expect(h['tone.disaster']).toEqual(expect.arrayContaining(['gặp nạn', 'mất lái', 'va vào', 'gãy xương']));
    expect(h['tone.praise'] ?? []).not.toContain('ổn định');
    // An economy that grows steadily keeps its praise.
    const steady = hits('Tăng trưởng', 'Kinh tế tỉnh Tuyên Quang tăng trưởng ổn định.');
    expect(steady['tone.praise']).toContain('ổn định');
  });

  it('children risking their lives on a cable over a stream, and a bridge promised and never built, read as criticism', () => {
    const h = hits(
      'Học sinh đu dây qua suối',
      'Học sinh một thôn ở tỉnh Tuyên Quang ngày ngày đu mình trên sợi cáp, đu dây qua suối đến lớp, như đánh cược tính mạng. Cây cầu được hứa xây từ lâu, cán bộ đến đo đạc rồi không thấy quay lại; xã nói chưa có nguồn vốn.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'đu mình trên',
        'đu dây qua suối',
        'đánh cược tính mạng',
        'hứa xây',
        'không thấy quay lại',
      ]),
    );
    expect(h['tone.criticism-soft']).toContain('chưa có nguồn vốn');
    // A suspension bridge built is no "treo" (a shelved project), and children on a swing are no cable crossing.
    const built = hits(
      'Khánh thành cầu treo',
      'Cây cầu treo mới ở tỉnh Tuyên Quang đã khánh thành, học sinh không còn phải lội suối; các em đu dây chơi ở sân trường.',
    );
    expect(built['tone.criticism'] ?? []).toEqual([]);
  });

  it('English claims of a “human zoo”, uncompensated land and silenced villagers read as hostile', () => {
    const h = hits(
      'The dark side of the loop',
      'Villagers in Tuyen Quang say they lost fields with little or no compensation and were told not to speak to tourists; critics call it a human zoo built on rights abuses.',
    );
    expect(h['tone.hostile']).toEqual(
      expect.arrayContaining(['little or no compensation', 'not to speak to', 'human zoo', 'rights abuses']),
    );
    // Villagers happy to talk to visitors are no claim.
    const warm = hits('Homestay hosts', 'Hosts in Tuyen Quang love to speak to tourists over dinner.');
    expect(warm['tone.hostile'] ?? []).toEqual([]);
  });
});
