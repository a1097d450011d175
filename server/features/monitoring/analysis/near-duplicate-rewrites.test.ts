import { describe, expect, it } from 'vitest';
import { clusterOf as cluster } from './near-duplicates.test-support.js';
import type { ArticleInput } from './types.js';

// Copies that regional outlets rewrite (same facts and figures, new sentences) or retitle freely,
// against template stories whose small numbers happen to coincide.

const original: ArticleInput = {
  id: 'orig',
  url: 'https://dantri.com.vn/lu-quet-xin-man-1.htm',
  publishedAt: '2026-05-10T07:00:00+07:00',
  title: 'Lũ quét cuốn trôi 4 nhà dân ở Xín Mần',
  body: [
    'Mưa lớn đêm 9/5 gây lũ quét tại thôn Nàn Ma, xã Xín Mần, cuốn trôi hoàn toàn 4 ngôi nhà và làm hư hỏng 13 nhà khác. Các hộ đã kịp sơ tán nên không có thiệt hại về người.',
    'Xã đã huy động 120 người giúp 17 hộ di chuyển tài sản, bố trí ở tạm tại trường tiểu học. Đường liên thôn sạt lở khoảng 2.500 m3 đất đá.',
    'Tỉnh hỗ trợ mỗi hộ có nhà bị cuốn trôi 40 triệu đồng.',
  ].join('\n\n'),
};

describe('near-duplicates: rewrites and free retitling', () => {
  it('a regional rewrite with the same facts and figures in new sentences joins the original', () => {
    const rewrite: ArticleInput = {
      id: 'rewrite',
      url: 'https://baotuyenquang.com.vn/lu-quet-nan-ma-2.html',
      publishedAt: '2026-05-10T15:00:00+07:00',
      title: 'Xín Mần: Khắc phục hậu quả lũ quét ở thôn Nàn Ma',
      body: [
        'Đêm 9/5, lũ quét xảy ra tại thôn Nàn Ma, xã Xín Mần khiến 4 ngôi nhà bị cuốn trôi hoàn toàn, 13 nhà khác hư hỏng. Nhờ sơ tán kịp thời, không có người thương vong.',
        'Chính quyền xã huy động 120 người hỗ trợ 17 hộ chuyển đồ đạc, ở tạm tại trường tiểu học. Khoảng 2.500 m3 đất đá sạt xuống đường liên thôn. Mỗi hộ mất nhà được tỉnh hỗ trợ 40 triệu đồng.',
      ].join('\n\n'),
    };
    expect(cluster([original, rewrite]).get('rewrite')).toBe('orig');
  });

  it('a copy under a title that names other places than the original’s still joins it', () => {
    // Neither title's name ("Hà Giang", "Tuyên Quang") occurs in the other article.
    const first = { ...original, title: 'Lũ quét cuốn trôi 4 nhà dân ở vùng cao Hà Giang' };
    const retitled = {
      ...original,
      id: 'retitled',
      url: 'https://baomoi.com/x.epi',
      title: 'Tuyên Quang: 17 hộ phải sơ tán',
    };
    expect(cluster([first, retitled]).get('retitled')).toBe('orig');
  });

  it('a rewrite in wholly new words joins the original when every figure and most names recur', () => {
    const hail: ArticleInput = {
      id: 'hail',
      url: 'https://danviet.vn/mua-da-1.htm',
      publishedAt: '2026-06-11T10:00:00+07:00',
      title: 'Mưa đá làm hư hỏng hơn 400 ngôi nhà ở vùng cao',
      body: [
        'Chiều 10/6, mưa đá kèm dông lốc xảy ra tại các xã Yên Minh, Mậu Duệ, Đường Thượng. Theo thống kê ban đầu, 412 ngôi nhà bị tốc mái, hơn 150 ha ngô bị dập nát.',
        'Không có thiệt hại về người. Các xã đang huy động lực lượng giúp dân lợp lại mái nhà.',
      ].join('\n\n'),
    };
    const rewrite: ArticleInput = {
      id: 'hail-rewrite',
      url: 'https://baotuyenquang.com.vn/khac-phuc-mua-da-2.html',
      publishedAt: '2026-06-11T15:00:00+07:00',
      title: 'Ba xã vùng cao khắc phục hậu quả mưa đá',
      body: [
        'Trận mưa đá, lốc xoáy chiều 10/6 đã làm 412 căn nhà ở Yên Minh, Mậu Duệ và Đường Thượng hư mái, vỡ ngói; khoảng 150 ha ngô trổ cờ gãy đổ. Rất may không ai bị thương.',
        'Chính quyền ba xã đã điều dân quân, đoàn viên giúp các gia đình sửa lại mái.',
      ].join('\n\n'),
    };
    expect(cluster([hail, rewrite]).get('hail-rewrite')).toBe('hail');
    // The same communes with other figures (the next storm) stay apart.
    const next = {
      ...rewrite,
      id: 'next',
      body: rewrite.body!.replace('10/6', '18/6').replace('412', '96').replace('150 ha', '40 ha'),
    };
    expect(cluster([hail, next]).get('next')).toBe('next');
  });

  it('the same place a week later with other figures is another story', () => {
    const later: ArticleInput = {
      id: 'later',
      url: 'https://dantri.com.vn/lu-quet-xin-man-2.htm',
      publishedAt: '2026-05-17T07:00:00+07:00',
      title: 'Lại lũ quét ở Xín Mần, 2 nhà bị cuốn trôi',
      body: 'Mưa lớn đêm 16/5 gây lũ quét tại thôn Nàn Ma, xã Xín Mần, cuốn trôi 2 ngôi nhà, làm hư hỏng 6 nhà khác. Xã huy động 80 người giúp 8 hộ di chuyển tài sản; đường liên thôn sạt lở khoảng 900 m3 đất đá.',
    };
    expect(cluster([original, later]).get('later')).toBe('later');
  });

  it('daily accident roundups stay apart even when their small numbers coincide', () => {
    const roundup = (day: number, n: number, dead: number, hurt: number, road: number): ArticleInput => ({
      id: `acc-${day}`,
      url: `https://congan.tuyenquang.gov.vn/atgt/ngay-${day}-6-2026.html`,
      publishedAt: `2026-06-${String(day + 1).padStart(2, '0')}T07:00:00+07:00`,
      title: `Tuyên Quang: ${n} vụ tai nạn giao thông trong ngày, ${dead} người tử vong`,
      body: `Theo Phòng Cảnh sát giao thông Công an tỉnh, trong ngày ${day}/6 trên địa bàn tỉnh xảy ra ${n} vụ tai nạn giao thông, làm ${dead} người chết và ${hurt} người bị thương. Vụ nghiêm trọng nhất xảy ra trên quốc lộ ${road}.\n\nLực lượng chức năng đã xử lý ${150 + day} trường hợp vi phạm.`,
    });
    const clusters = cluster([roundup(2, 2, 1, 3, 37), roundup(3, 3, 2, 1, 37)]);
    expect(clusters.get('acc-3')).toBe('acc-3');
  });

  it('template notices of institutions with long names (shared designators, the province everywhere) stay apart', () => {
    const notice = (id: string, school: string, quota: number, middle: string): ArticleInput => ({
      id,
      url: `https://baotuyenquang.com.vn/tuyen-sinh-${id}.html`,
      publishedAt: '2026-03-02T09:00:00+07:00',
      title: `Trường THCS ${school} thông báo chỉ tiêu tuyển sinh lớp 6 năm học 2026–2027`,
      body: [
        `Trường THCS ${school} (tỉnh Tuyên Quang) vừa thông báo kế hoạch tuyển sinh lớp 6 năm học 2026–2027 với ${quota} chỉ tiêu.`,
        middle,
        'Phụ huynh nộp hồ sơ trực tuyến trên cổng tuyển sinh của Sở Giáo dục và Đào tạo từ ngày 10/5/2026. Thời gian, hồ sơ và cách xét tuyển thực hiện theo hướng dẫn chung của Sở.',
      ].join('\n\n'),
    });
    const clusters = cluster([
      notice(
        'a',
        'Nguyễn Trãi Tuyên Quang',
        280,
        'Trường xét tuyển theo kết quả học tập ở tiểu học, ưu tiên học sinh trong phường.',
      ),
      notice(
        'b',
        'Dân tộc Nội trú Bắc Quang',
        140,
        'Năm nay trường dành chỉ tiêu cho học sinh người dân tộc thiểu số ở các xã vùng cao.',
      ),
    ]);
    expect(clusters.get('b')).toBe('b');
  });

  it('an investigation retold in new words, each version quoting other people, joins it by its many figures', () => {
    const report: ArticleInput = {
      id: 'report',
      url: 'https://tuoitre.vn/lung-cu-het-gia-1.htm',
      publishedAt: '2026-10-12T07:00:00+07:00',
      title: 'Mùa hoa, du khách than bị "hét giá" ở Lũng Cú',
      body: [
        'Phóng viên ghi nhận xe ôm chở khách từ bãi đỗ lên cổng soát vé, quãng đường chưa đầy 2 km, thu 150.000 đồng mỗi lượt, gấp ba giá niêm yết của hợp tác xã vận tải.',
        'Phòng đôi homestay thường ngày 400.000 đồng được chào 1,2 triệu đồng vào tối thứ bảy. Chị Lê Minh Thư, du khách Hà Nội, phải trả 90.000 đồng cho một bát thắng cố.',
        'Trao đổi với Tuổi Trẻ, Phó Chủ tịch UBND xã Vàng Văn Sính thừa nhận có hộ tự ý nâng giá.',
      ].join('\n\n'),
    };
    const retold: ArticleInput = {
      id: 'retold',
      url: 'https://baomoi.example/lung-cu-xe-om-2.html',
      publishedAt: '2026-10-12T16:00:00+07:00',
      title: '150.000 đồng cho 2 km xe ôm lên cột cờ Lũng Cú',
      body: [
        'Khách lên cột cờ mùa này gặp cảnh mỗi chuyến xe ôm từ bãi đỗ lên cổng soát vé, chưa đầy 2 km, có giá 150.000 đồng, gấp ba bảng giá của hợp tác xã vận tải, không ai báo trước.',
        'Ở homestay, phòng đôi 400.000 đồng bị đẩy lên 1,2 triệu đồng cuối tuần; bát thắng cố không ghi giá bị tính 90.000 đồng.',
        'Lãnh đạo xã xác nhận có hộ kinh doanh tự nâng giá.',
      ].join('\n\n'),
    };
    expect(cluster([report, retold]).get('retold')).toBe('report');
  });
});

describe('near-duplicates: a rewrite that quotes the same post', () => {
  it('a national outlet’s rewrite, sharing the quoted post and most figures, joins the original', () => {
    const fine: ArticleInput = {
      id: 'fine',
      url: 'https://baotuyenquang.com.vn/phat-dang-tin-sai.html',
      publishedAt: '2026-10-02T13:30:00+07:00',
      title: 'Phạt 7,5 triệu đồng chủ tài khoản Facebook đăng tin sai về lũ quét ở Bắc Mê',
      body: [
        'Công an tỉnh Tuyên Quang vừa ra quyết định xử phạt vi phạm hành chính 7,5 triệu đồng đối với một người trú xã Minh Ngọc về hành vi cung cấp, chia sẻ thông tin giả mạo, sai sự thật trên mạng xã hội.',
        'Ngày 27/9, người này đăng trên trang cá nhân video cũ kèm nội dung "lũ quét cuốn trôi cả bản ở Bắc Mê, hàng chục người mất tích", thu hút hơn 3.000 lượt chia sẻ, gây hoang mang. Thực tế, đợt mưa lớn ngày 26/9 tại khu vực chỉ làm ngập cục bộ một số ruộng lúa, không có thiệt hại về người.',
        'Hành vi này vi phạm điểm a khoản 1 Điều 101 Nghị định 15/2020/NĐ-CP. Người đăng đã gỡ bài và xin lỗi trên trang cá nhân.',
      ].join('\n\n'),
    };
    const rewrite: ArticleInput = {
      id: 'rewrite',
      url: 'https://vnexpress.net/dang-video-cu-bi-phat.html',
      publishedAt: '2026-10-03T07:15:00+07:00',
      title: 'Đăng video cũ, bịa chuyện lũ cuốn trôi cả bản, thanh niên bị phạt 7,5 triệu',
      body: [
        'Một thanh niên 29 tuổi ở xã Minh Ngọc, tỉnh Tuyên Quang bị công an phạt 7,5 triệu đồng vì đăng video cũ kèm lời khẳng định "lũ quét cuốn trôi cả bản ở Bắc Mê, hàng chục người mất tích".',
        'Bài đăng ngày 27/9 được chia sẻ hơn 3.000 lần. Theo công an, trận mưa ngày 26/9 chỉ gây ngập cục bộ ruộng lúa, không ai thương vong. Người này đã xóa bài và đăng lời xin lỗi.',
      ].join('\n\n'),
    };
    const ids = cluster([fine, rewrite]);
    expect(ids.get('rewrite')).toBe(ids.get('fine'));
  });
});

describe('near-duplicates: titles that round the same figure differently (set AE’s kind)', () => {
  const first: ArticleInput = {
    id: 'first',
    url: 'https://baotuyenquang.com.vn/ho-ngheo-cho-tien-dien.html',
    publishedAt: '2026-10-20T08:00:00+07:00',
    title: 'Tuyên Quang: hơn 2.000 hộ nghèo chưa nhận tiền hỗ trợ điện',
    body: [
      'Đến ngày 15/10, tỉnh Tuyên Quang còn 2.064 hộ nghèo ở 18 xã chưa nhận tiền hỗ trợ tiền điện quý III, tổng số tiền khoảng 1,3 tỷ đồng.',
      'Tại xã Hoàng Su Phì có 420 hộ chưa được chi trả vì danh sách chuyển từ huyện cũ về xã còn thiếu số tài khoản. Sở Công Thương cho biết sẽ chi trả xong trước ngày 30/10.',
    ].join('\n\n'),
  };

  it('a rewrite whose title rounds the body’s figure another way still joins the original', () => {
    const rewrite: ArticleInput = {
      id: 'rewrite',
      url: 'https://vnexpress.net/gan-2-100-ho-ngheo-cho-tien-dien.html',
      publishedAt: '2026-10-20T15:00:00+07:00',
      title: 'Gần 2.100 hộ nghèo ở Tuyên Quang vẫn chờ tiền điện',
      body: [
        'Theo Sở Công Thương Tuyên Quang, 2.064 hộ nghèo thuộc 18 xã vẫn chưa được nhận khoản hỗ trợ tiền điện quý III, khoảng 1,3 tỷ đồng, tính đến 15/10.',
        'Riêng Hoàng Su Phì có 420 hộ chờ tiền do danh sách bàn giao từ huyện cũ thiếu số tài khoản. Sở hứa trả hết trước 30/10.',
      ].join('\n\n'),
    };
    const ids = cluster([first, rewrite]);
    expect(ids.get('rewrite')).toBe(ids.get('first'));
  });

  it('two stories of one template whose rounded titles and body figures differ stay apart', () => {
    const other: ArticleInput = {
      id: 'other',
      url: 'https://baotuyenquang.com.vn/ho-ngheo-cho-tien-dien-quy-iv.html',
      publishedAt: '2027-01-20T08:00:00+07:00',
      title: 'Tuyên Quang: hơn 1.500 hộ nghèo chưa nhận tiền hỗ trợ điện',
      body: [
        'Đến ngày 15/1, tỉnh Tuyên Quang còn 1.532 hộ nghèo ở 11 xã chưa nhận tiền hỗ trợ tiền điện quý IV, tổng số tiền khoảng 0,9 tỷ đồng.',
        'Tại xã Hoàng Su Phì có 210 hộ chưa được chi trả vì danh sách chuyển từ huyện cũ về xã còn thiếu số tài khoản. Sở Công Thương cho biết sẽ chi trả xong trước ngày 30/1.',
      ].join('\n\n'),
    };
    const ids = cluster([first, other]);
    expect(ids.get('other')).not.toBe(ids.get('first'));
  });
});

describe('near-duplicates: a festival night retold in another outlet’s words', () => {
  const night: ArticleInput = {
    id: 'night',
    url: 'https://dantri.com.vn/dem-hoi-den-1.htm',
    publishedAt: '2026-09-20T22:00:00+07:00',
    title: 'Đêm hội đèn Thành Tuyên 2026: 48 mô hình, ba điểm đỗ xe miễn phí',
    body: [
      'Tối 19/9, đêm hội đèn Thành Tuyên 2026 khai mạc với 48 mô hình đèn, trong đó 9 mô hình của phường Hà Giang 1 và Hà Giang 2.',
      'Ban tổ chức mở 3 điểm đỗ xe miễn phí ở phường Minh Xuân và phường Nông Tiến; đoàn rước đi từ đường 17/8 qua Quảng trường Nguyễn Tất Thành. Toàn bộ mô hình đã qua kiểm định trước ngày 15/9.',
      'Lễ hội kéo dài đến 24/9, dự kiến đón 900.000 lượt khách.',
    ].join('\n\n'),
  };

  it('a rewrite sharing no wording, with many figures (ten in eleven recurring) and most names, joins the original', () => {
    const retold: ArticleInput = {
      id: 'retold',
      url: 'https://thanhnien.vn/thanh-tuyen-2026-ruoc-den-2.htm',
      publishedAt: '2026-09-21T07:00:00+07:00',
      title: 'Thành Tuyên 2026 rực sáng, người xem không còn chen chân',
      body: [
        'Phố thị ven sông Lô đêm 19/9 lại lung linh sắc đèn. Năm nay, 48 mô hình khổng lồ được rước qua đường 17/8, riêng Hà Giang 1, Hà Giang 2 góp 9 mô hình.',
        'Người đi xem gửi xe không mất tiền ở 3 bãi tại Minh Xuân, Nông Tiến. Các mô hình được kiểm tra an toàn xong từ 15/9; hội đèn sẽ khép lại ngày 24/9. Chị Lò Thu Trang ở Thái Nguyên kể năm ngoái chị mất 2 giờ mới ra khỏi dòng người, năm nay chỉ 30 phút.',
      ].join('\n\n'),
    };
    expect(cluster([night, retold]).get('retold')).toBe('night');
  });

  it('another festival with the same year and a few small figures stays its own story', () => {
    const other: ArticleInput = {
      id: 'other',
      url: 'https://vov.vn/le-hoi-hoa-2026.htm',
      publishedAt: '2026-09-21T09:00:00+07:00',
      title: 'Lễ hội hoa tam giác mạch 2026 sẽ có 3 điểm check-in mới',
      body: [
        'Lễ hội hoa tam giác mạch 2026 ở phố cổ Đồng Văn dự kiến khai mạc ngày 12/11, với 3 điểm check-in mới và 9 gian hàng đặc sản.',
        'Các nhóm nghệ nhân ở Lũng Cú, Sà Phìn sẽ trình diễn khèn Mông.',
      ].join('\n\n'),
    };
    expect(cluster([night, other]).get('other')).toBe('other');
  });
});
