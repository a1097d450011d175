import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AH (land, planning, construction and urban order) changed, one test per kind.
// Every sentence here is invented.

describe('tone cues of the seed lexicon (set AH’s kinds)', () => {
  it('a change registered on a land title (biến động đất đai) is no earthquake', () => {
    const h = hits(
      'Đăng ký đất đai trực tuyến',
      'Người dân tỉnh Tuyên Quang có thể nộp hồ sơ đăng ký biến động đất đai qua cổng dịch vụ công.',
    );
    expect(h['tone.disaster'] ?? []).not.toContain('động đất');
    const quake = hits('Rung lắc nhẹ', 'Một trận động đất nhỏ được ghi nhận ở vùng cao tỉnh Tuyên Quang.');
    expect(quake['tone.disaster']).toContain('động đất');
  });

  it('a construction-materials price bulletin reads as routine', () => {
    const h = hits(
      'Công bố giá vật liệu xây dựng tháng 5',
      'Sở Xây dựng tỉnh Tuyên Quang công bố giá vật liệu xây dựng: giá xi măng đi ngang, giá thép giảm, giá cát tăng do khan nguồn.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['công bố giá', 'giá vật liệu xây dựng', 'giá xi măng', 'giá thép', 'giá cát']),
    );
  });

  it('pavements cleared and an ordered street read as praise, unless the order is still missing', () => {
    const h = hits(
      'Phố đi bộ thông thoáng',
      'Sau đợt ra quân, các tuyến phố ở phường trung tâm tỉnh Tuyên Quang thông thoáng, có diện mạo mới: vỉa hè được trả lại cho người đi bộ, xe dựng ngay hàng thẳng lối.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining(['thông thoáng', 'diện mạo mới', 'trả lại cho người đi bộ', 'ngay hàng thẳng lối']),
    );
    const still = hits('Chợ tạm', 'Lối vào chợ ở tỉnh Tuyên Quang chưa thông thoáng.');
    expect(still['tone.praise'] ?? []).not.toContain('thông thoáng');
    expect(still['not.tone.praise']).toContain('thông thoáng');
  });

  it('encroachment and slow handling, in polite words, read as criticism', () => {
    const h = hits(
      'Bãi cát lấn bờ sông, xã chậm xử lý',
      'Bãi tập kết cát lấn chiếm hành lang bờ sông ở tỉnh Tuyên Quang. Người dân đã phản ánh từ đầu năm song đến nay chưa có phương án di dời, vụ việc vẫn chậm được xử lý.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'lấn chiếm hành lang',
        'đã phản ánh từ',
        'song đến nay chưa',
        'chưa có phương án',
        'chậm được xử lý',
      ]),
    );
    // Handling that is not slow is no complaint.
    const quick = hits('Xử lý ngay', 'Xã ở tỉnh Tuyên Quang không chậm xử lý các vụ việc được báo tin.');
    expect(quick['tone.criticism'] ?? []).not.toContain('chậm xử lý');
  });

  it('land auctions gone wrong and a price table out of touch read as criticism, a clean auction as praise', () => {
    const h = hits(
      'Trúng đấu giá rồi bỏ cọc',
      'Nhiều người trúng đấu giá đất ở tỉnh Tuyên Quang bỏ cọc, ngân sách hụt thu; kẽ hở về tiền đặt trước để cò đất thổi giá, dìm giá. Bảng giá mới bị cho là chưa sát với thực tế, thành gánh nặng cho người dân.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'bỏ cọc',
        'hụt thu',
        'kẽ hở',
        'thổi giá',
        'dìm giá',
        'chưa sát với thực tế',
        'gánh nặng cho người dân',
      ]),
    );
    const clean = hits(
      'Phiên đấu giá đất',
      'Phiên đấu giá đất ở tỉnh Tuyên Quang được tổ chức công khai, minh bạch, mang về cho ngân sách 30 tỷ đồng.',
    );
    expect(clean['tone.praise']).toEqual(expect.arrayContaining(['công khai minh bạch', 'mang về cho ngân sách']));
    expect(clean['tone.criticism'] ?? []).toEqual([]);
    // "thiếu công khai, minh bạch" is the opposite of praise.
    const opaque = hits('Đấu giá', 'Dư luận cho rằng phiên đấu giá ở tỉnh Tuyên Quang thiếu công khai, minh bạch.');
    expect(opaque['tone.criticism']).toContain('thiếu công khai minh bạch');
    expect(opaque['tone.praise'] ?? []).not.toContain('công khai minh bạch');
  });

  it('a wrong decision on the wrong household reads as criticism, and carries no crime cue', () => {
    const h = hits(
      'Quyết định sai, nhầm đối tượng',
      'Đại biểu HĐND tỉnh Tuyên Quang chất vấn về quyết định sai, cưỡng chế nhầm đối tượng, làm đảo lộn cuộc sống một gia đình; khâu kiểm tra hồ sơ chưa chặt chẽ.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['quyết định sai', 'nhầm đối tượng', 'đảo lộn cuộc sống', 'chưa chặt chẽ']),
    );
    expect(h['tone.crime'] ?? []).not.toContain('đối tượng');
    const outside = hits('Hỗ trợ nhà ở', 'Hộ này ở tỉnh Tuyên Quang không thuộc đối tượng được hỗ trợ.');
    expect(outside['tone.crime'] ?? []).not.toContain('đối tượng');
    const suspect = hits('Bắt giữ', 'Công an tỉnh Tuyên Quang bắt giữ đối tượng trộm cắp.');
    expect(suspect['tone.crime']).toContain('đối tượng');
  });

  it('a dispute ended, complaints settled at the grassroots and faster permits read as praise', () => {
    const h = hits(
      'Chấm dứt tranh chấp đất',
      'Hai thôn ở tỉnh Tuyên Quang chấm dứt vụ tranh chấp kéo dài nhiều năm. Tỷ lệ giải quyết đạt 95%, nhiều vụ giải quyết ngay tại cơ sở; giấy phép xây dựng trả ngắn hơn so với quy định.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining([
        'chấm dứt vụ tranh chấp',
        'tỷ lệ giải quyết đạt',
        'giải quyết ngay tại cơ sở',
        'ngắn hơn so với quy định',
      ]),
    );
    // What is ended is the past: "kéo dài" after "chấm dứt" is no complaint.
    expect(h['tone.criticism'] ?? []).not.toContain('kéo dài');
    const ongoing = hits('Tranh chấp', 'Vụ tranh chấp đất ở tỉnh Tuyên Quang kéo dài nhiều năm.');
    expect(ongoing['tone.criticism']).toContain('kéo dài');
  });

  it('families moving into new homes read as help delivered (also in English), not a handover to police', () => {
    const h = hits(
      'Homes handed over to flood-hit families',
      'Forty families in Tuyen Quang moved into new homes on Monday; a handover ceremony was held. New homes for another twenty families are planned.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining(['homes handed over', 'moved into new homes', 'handover ceremony', 'new homes for']),
    );
    const vi = hits('Nhận nhà mới', 'Các hộ ở tỉnh Tuyên Quang nhận nhà mới trước mùa mưa.');
    expect(vi['tone.praise']).toContain('nhận nhà mới');
    const police = hits('Suspect caught', 'A suspect in Tuyen Quang was caught and handed over to police.');
    expect(police['tone.praise'] ?? []).toEqual([]);
  });

  it('a land-market report reads as routine, and advice to avoid an illegal plot reports no case', () => {
    const h = hits(
      'Giá đất ven đường mới',
      'Theo các văn phòng môi giới ở tỉnh Tuyên Quang, lượng giao dịch tăng. Người mua cần kiểm tra quy hoạch, tình trạng pháp lý, tránh mua đất phân lô trái phép.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['văn phòng môi giới', 'lượng giao dịch', 'kiểm tra quy hoạch', 'tình trạng pháp lý']),
    );
    expect(h['tone.criticism'] ?? []).not.toContain('trái phép');
    expect(h['not.tone.criticism']).toContain('trái phép');
    const en = hits('Plots on sale', 'Plots in Tuyen Quang are advertised at higher prices, brokers say.');
    expect(en['tone.routine']).toEqual(expect.arrayContaining(['advertised at', 'brokers say']));
    // Illegal subdivision reported as a fact stays criticism.
    const fact = hits('Phân lô', 'Một công ty phân lô trái phép đất nông nghiệp ở tỉnh Tuyên Quang.');
    expect(fact['tone.criticism']).toContain('trái phép');
  });

  it('an English traveller’s mild complaint about building on a landscape reads as criticism', () => {
    const h = hits(
      'The hills of Tuyen Quang',
      'The valley in Tuyen Quang has changed, and not for the better: a half-finished hotel blocks the view, spoiling the terraces. The place deserves better.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['not for the better', 'half finished', 'blocks the view', 'spoiling', 'deserves better']),
    );
    const works = hits('Works on the road', 'Works on the Tuyen Quang expressway are well advanced.');
    expect(works['tone.praise']).toContain('well advanced');
    expect(works['tone.criticism'] ?? []).toEqual([]);
  });

  it('a “hot spot” is no rumour’s “NÓNG”, and a list of petition kinds is no complaint', () => {
    const h = hits(
      'Tiếp công dân',
      'Tỉnh Tuyên Quang tiếp nhận đơn khiếu nại, kiến nghị, phản ánh của người dân; không phát sinh điểm nóng.',
    );
    expect(h['flag.false-information'] ?? []).not.toContain('nóng');
    expect(h['tone.criticism'] ?? []).not.toContain('phản ánh');
    const rumour = hits('NÓNG: tin đồn', 'Tin nóng về tỉnh Tuyên Quang lan truyền trên mạng.');
    expect(rumour['flag.false-information']).toEqual(expect.arrayContaining(['tin nóng']));
  });
});
