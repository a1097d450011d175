import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// The cues the tuning on sets Q and R added to the seed lexicon (classifier-cues.test.ts holds the
// earlier sets'), one test per kind of wording, and the cues of the merge of the two.

describe('tone cues of the seed lexicon (set R’s kinds: sector press in its genres)', () => {
  it('a shortcoming that something new replaces or clears is the past, not criticism', () => {
    const h = hits(
      'Nhà văn hóa thôn mới ở xã Yên Minh',
      'Thôn Nà Pinh, xã Yên Minh, tỉnh Tuyên Quang có nhà văn hóa mới, thay cho căn nhà gỗ cũ đã xuống cấp. Xã đang xóa nhà tạm, nhà dột nát cho 40 hộ.',
    );
    expect(h['not.tone.criticism']).toEqual(expect.arrayContaining(['xuống cấp', 'dột nát']));
    expect(h['tone.criticism'] ?? []).not.toContain('xuống cấp');
    // Replacement turns criticism only; a contrast ends its reach.
    const c = hits(
      'Thay thế cầu treo ở xã Bạch Đích',
      'Tỉnh Tuyên Quang thay thế cầu treo Bản Phố, nhưng cầu tạm bên cạnh vẫn xuống cấp.',
    );
    expect(c['tone.criticism']).toEqual(expect.arrayContaining(['xuống cấp']));
  });

  it('hot water, an allowance named “thu hút”, and a stable price or patient are not cues', () => {
    const h = hits(
      'Giáo viên chờ phụ cấp thu hút',
      'Trường ở xã Khâu Vai, tỉnh Tuyên Quang có nhà tắm nước nóng, bình nóng lạnh. Giáo viên chưa được chi trả phụ cấp thu hút. Giá lợn ổn định so với tuần trước; 12 bệnh nhân đã ổn định.',
    );
    expect(h['flag.false-information'] ?? []).not.toContain('nóng');
    expect(h['tone.praise'] ?? []).not.toContain('thu hút');
    expect(h['tone.praise'] ?? []).not.toContain('ổn định');
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['chưa được chi trả']));
  });

  it('a hazard reported long ago and left unfixed, and a damaged heritage site, hit criticism cues', () => {
    const h = hits(
      'Cầu tràn thiếu lan can, người dân lo',
      'Lan can cầu tràn ở xã Bắc Quang, tỉnh Tuyên Quang bị lũ cuốn từ năm ngoái nhưng chưa được khắc phục, chưa được thay mới. Người dân đã báo lên xã nhiều lần. Đáng nói, việc tu bổ đình làng gần đó bị cho là lệch chuẩn, làm mất đi vẻ cổ kính; cánh rừng đầu nguồn bị phá trắng chỉ được phát hiện khi người dân gửi ảnh.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'chưa được khắc phục',
        'chưa được thay mới',
        'lệch chuẩn',
        'làm mất đi',
        'phá trắng',
        'chỉ được phát hiện khi',
      ]),
    );
    expect(h['tone.criticism-soft']).toEqual(expect.arrayContaining(['báo lên xã', 'đáng nói']));
  });

  it('a rebuttal’s wording (“quy chụp”, “suy diễn”, “là không đúng”) hits denial cues', () => {
    const h = hits(
      'Sự thật về dự án thủy lợi ở Tuyên Quang',
      'Một số trang mạng quy chụp chính quyền tỉnh Tuyên Quang, suy diễn từ một vài vướng mắc. Người dân nói như vậy là không đúng.',
    );
    expect(h['tone.denial']).toEqual(expect.arrayContaining(['quy chụp', 'suy diễn', 'là không đúng']));
  });

  it('finishing ahead of schedule is praise, and its “kế hoạch” is no routine plan', () => {
    const h = hits(
      'Khánh thành cầu Hàm Yên sớm hơn kế hoạch',
      'Cầu mới ở xã Hàm Yên, tỉnh Tuyên Quang khánh thành sớm hơn kế hoạch ba tháng.',
    );
    expect(h['tone.praise']).toEqual(expect.arrayContaining(['sớm hơn kế hoạch']));
    expect(h['tone.routine'] ?? []).not.toContain('kế hoạch');
  });

  it('a livestock market report and an English explainer for travellers are routine', () => {
    const h = hits(
      'Giá trâu tại chợ phiên Đồng Văn',
      'Chợ phiên Đồng Văn, tỉnh Tuyên Quang: giá trâu 40 triệu đồng/con, giá bò ổn định so với tuần trước.',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['giá trâu', 'giá bò']));
    const e = hits(
      'Visiting Dong Van after the merger',
      'Dong Van has been part of Tuyen Quang province since July. Little changes for visitors, who should now contact the commune; signs are being updated.',
    );
    expect(e['tone.routine']).toEqual(
      expect.arrayContaining(['has been part of', 'little changes', 'should now contact']),
    );
  });
});

describe('tone cues of the seed lexicon (set Q’s kinds)', () => {
  it('a reader’s question answered and voters’ requests at a routine meeting are routine, not complaints', () => {
    const h = hits(
      'Bạn đọc hỏi: Đất vườn bị thu hồi có được bồi thường?',
      'Bà Lò Thị H. (xã Yên Sơn, tỉnh Tuyên Quang) hỏi về mức bồi thường. Trả lời bạn đọc, UBND xã cho biết thửa đất không đủ điều kiện bồi thường; bà có quyền khiếu nại lên Chủ tịch UBND xã.',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['bạn đọc hỏi', 'trả lời bạn đọc']));
    expect(h['tone.criticism'] ?? []).not.toContain('không đủ');
    expect(h['tone.criticism'] ?? []).not.toContain('khiếu nại');
    const m = hits(
      'Đại biểu HĐND tỉnh tiếp xúc cử tri xã Lâm Bình',
      'Tại buổi tiếp xúc cử tri, cử tri phản ánh hồ treo ở thôn Nà Thẳm bị thấm; cử tri kiến nghị làm đường vào bản. Các kiến nghị thuộc thẩm quyền của tỉnh sẽ được trả lời trực tiếp.',
    );
    expect(m['tone.routine']).toEqual(
      expect.arrayContaining(['tiếp xúc cử tri', 'cử tri kiến nghị', 'thuộc thẩm quyền']),
    );
    expect(m['tone.criticism'] ?? []).not.toContain('phản ánh');
    expect(m['tone.criticism'] ?? []).not.toContain('treo');
  });

  it('aid paid to households that did not qualify is wrongdoing, not a crime suspect (“đối tượng”)', () => {
    const h = hits(
      'Thu hồi tiền hỗ trợ chi sai đối tượng ở xã Minh Ngọc',
      'Ủy ban Kiểm tra yêu cầu thu hồi 300 triệu đồng hỗ trợ sai đối tượng cho 9 hộ không đủ điều kiện.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['sai đối tượng']));
    expect(h['tone.crime'] ?? []).not.toContain('đối tượng');
  });
  it('an official charged for legalising land and a procuracy’s findings in school meals hit criticism cues', () => {
    const h = hits(
      'Khởi tố nguyên chủ tịch xã vì sai phạm giao đất',
      'Công an tỉnh Tuyên Quang cho biết các bị can đã ký xác nhận không đúng thực tế, hợp thức hóa 2 ha đất rừng thành đất ở, vi phạm quy định về quản lý đất đai, gây thiệt hại cho ngân sách nhà nước 3 tỷ đồng.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['không đúng thực tế', 'hợp thức hóa', 'gây thiệt hại cho ngân sách']),
    );
    expect(h['tone.disaster'] ?? []).not.toContain('thiệt hại');
    const k = hits(
      'Viện KSND kiến nghị khắc phục vi phạm ở bếp ăn bán trú',
      'Qua kiểm sát, Viện KSND tỉnh Tuyên Quang phát hiện một số đơn vị mua thực phẩm không đảm bảo an toàn thực phẩm; việc chi tiền ăn cho học sinh còn chậm.',
    );
    expect(k['tone.criticism']).toEqual(
      expect.arrayContaining(['kiến nghị khắc phục', 'phát hiện một số đơn vị', 'còn chậm']),
    );
  });
  it('a plan’s milestones, a harvest that loses its price and routine notices are routine, not achievements', () => {
    const h = hits(
      'Tuyên Quang chấp thuận chủ trương đầu tư khu nghỉ dưỡng ở Lâm Bình',
      'UBND tỉnh Tuyên Quang chấp thuận chủ trương đầu tư dự án. Nhà đầu tư sẽ hoàn thành thủ tục đất đai năm 2026, dự kiến khởi công trong quý II/2027.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['chấp thuận chủ trương đầu tư', 'hoàn thành thủ tục', 'dự kiến khởi công']),
    );
    expect(h['tone.praise'] ?? []).not.toContain('hoàn thành');
    expect(h['tone.praise'] ?? []).not.toContain('khởi công');
    const p = hits(
      'Bưởi Chiêm Hóa được mùa mất giá',
      'Nông dân xã Chiêm Hóa, tỉnh Tuyên Quang than năm nay được mùa mất giá, bưởi bán tại vườn chỉ 8.000 đồng/quả.',
    );
    expect(p['tone.routine']).toEqual(expect.arrayContaining(['được mùa mất giá']));
    expect(p['tone.praise'] ?? []).not.toContain('được mùa');
    const n = hits(
      'Trường THPT Yên Sơn công bố chỉ tiêu tuyển sinh lớp 10',
      'Trường THPT Yên Sơn (tỉnh Tuyên Quang) công bố kế hoạch tuyển sinh; thí sinh đăng ký dự tuyển trực tuyến, lịch thi theo hướng dẫn của Sở. Chỉ số giá tiêu dùng tháng 9 của tỉnh giảm 0,1% so với tháng trước.',
    );
    expect(n['tone.routine']).toEqual(
      expect.arrayContaining(['chỉ tiêu tuyển sinh', 'đăng ký dự tuyển', 'chỉ số giá tiêu dùng', 'so với tháng trước']),
    );
  });
  it('litter and oil at a landmark, buses and vendors on a pass hit criticism cues; the Happiness Road is a name', () => {
    const h = hits(
      'Rác và dầu thải ở bến thuyền Lâm Bình',
      'Ghi nhận của Tuổi Trẻ tại bến thuyền xã Lâm Bình, tỉnh Tuyên Quang: dầu thải loang trên mặt hồ, rác do khách để lại không có người thu gom.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['dầu thải', 'rác do khách', 'không có người thu gom']));
    expect(h['tone.praise-soft'] ?? []).not.toContain('ghi nhận');
    const c = hits(
      'Đừng để con đường Hạnh Phúc thành bãi đỗ xe',
      'Trên đèo Mã Pí Lèng, tỉnh Tuyên Quang, xe khách đỗ chắn mặt đường, người bán hàng rong dựng ô ngay mép vực, mỏm đá vẫn không có rào chắn và chưa có bãi đỗ ở chân đèo.',
    );
    expect(c['tone.criticism']).toEqual(expect.arrayContaining(['đỗ chắn', 'không có rào chắn', 'chưa có bãi đỗ']));
    expect(c['tone.criticism-soft']).toEqual(expect.arrayContaining(['bán hàng rong']));
    expect(c['tone.praise'] ?? []).not.toContain('hạnh phúc');
  });
  it('a campaign’s results and a holiday’s arrivals hit praise cues alongside their crime or shortcoming words', () => {
    const h = hits(
      'Đợt cao điểm trấn áp tội phạm đạt nhiều kết quả nổi bật',
      'Công an tỉnh Tuyên Quang đã triệt xóa 12 băng nhóm, vận động ra đầu thú 9 đối tượng truy nã; nhiều cá nhân có thành tích xuất sắc được khen thưởng, góp phần tạo môi trường an toàn cho người dân.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining([
        'nhiều kết quả',
        'kết quả nổi bật',
        'triệt xóa',
        'thành tích xuất sắc',
        'tạo môi trường an toàn',
      ]),
    );
    const t = hits(
      'Tuyên Quang đón 200.000 lượt khách dịp nghỉ lễ',
      'Các điểm đến của tỉnh Tuyên Quang đông khách, công suất phòng đạt 90%, tổng thu từ du lịch ước đạt 700 tỷ đồng; tuy vậy quốc lộ 2 còn ùn tắc cục bộ.',
    );
    expect(t['tone.praise']).toEqual(expect.arrayContaining(['đông khách', 'công suất phòng', 'tổng thu từ du lịch']));
  });
  it('a hostile site’s claim of forced assimilation hits hostile cues', () => {
    const h = hits(
      'Trường bán trú hay trại đồng hóa?',
      'Truyền thông nhà nước ca ngợi các trường bán trú ở tỉnh Tuyên Quang. Theo nguồn tin mà chúng tôi có được, đây là chính sách đồng hóa có hệ thống, tước đi ngôn ngữ của các dân tộc bản địa. Cộng đồng quốc tế cần lên tiếng.',
    );
    expect(h['tone.hostile']).toEqual(
      expect.arrayContaining([
        'truyền thông nhà nước ca ngợi',
        'nguồn tin mà chúng tôi',
        'đồng hóa có hệ thống',
        'tước đi ngôn ngữ',
        'dân tộc bản địa',
        'cộng đồng quốc tế cần lên tiếng',
      ]),
    );
  });
});

describe('tone cues of the seed lexicon (a traveller’s complaint, after merging the Q and R tuning)', () => {
  it('false advertising, a mismatch between the photos and the place, and quality that lags hit criticism cues', () => {
    const h = hits(
      'Nhà nghỉ ở Mèo Vạc: ảnh một đằng, thực tế một nẻo',
      'Phòng đặt qua mạng nhưng đến nơi thì khác hẳn, quảng cáo sai hoàn toàn. Khách đến Mèo Vạc ngày càng đông nhưng dịch vụ không theo kịp.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['quảng cáo sai', 'thực tế một nẻo']));
    expect(h['tone.criticism-soft']).toEqual(expect.arrayContaining(['không theo kịp']));
  });
});
