/** The demo's response cases and press conferences of 2026, as data (loaded by response-demo.ts). */

import type { OpenCaseBody } from '../../common/contracts/response.js';
/** One step of a demo case, on its day. */
export type Step =
  | { on: string; do: 'verify' | 'respond' }
  | { on: string; do: 'close'; outcome: string }
  | { on: string; do: 'refer'; agency: string; request: string; days: number; answer?: { on: string; text: string } }
  | {
      on: string;
      do: 'action';
      kind: 'verification-note' | 'clarification' | 'rebuttal' | 'press-release' | 'takedown-request' | 'talking-point';
      title: string;
      owner: string;
      done?: { on: string; outcome: string; url?: string };
      conference?: string;
    }
  | { on: string; do: 'post'; url: string };

/** A demo case: opened on a day, then its steps. */
export type DemoCase = { on: string; body: OpenCaseBody; steps: Step[] };

export const SVH = 'Sở Văn hóa, Thể thao và Du lịch';
const CA = 'Công an tỉnh';
export const tq = (path: string) => `https://baotuyenquang.com.vn/${path}`;

/** Press conferences of 2026: Q1, Q3 and Q4 regular ones (none in Q2) and one ad hoc. */
export const CONFERENCES = [
  { key: 'q1', kind: 'regular', title: 'Họp báo định kỳ quý I năm 2026', heldOn: '2026-03-27', attendance: 34 },
  {
    key: 'landslide',
    kind: 'ad-hoc',
    title: 'Họp báo thông tin về sạt lở đất tại xã Mèo Vạc',
    heldOn: '2026-07-16',
    attendance: 41,
  },
  { key: 'q3', kind: 'regular', title: 'Họp báo định kỳ quý III năm 2026', heldOn: '2026-09-25', attendance: 37 },
  { key: 'q4', kind: 'regular', title: 'Họp báo định kỳ quý IV năm 2026', heldOn: '2026-10-30', attendance: 32 },
] as const;

/** Twelve cases of every kind and outcome. */
export const CASES: DemoCase[] = [
  {
    on: '2026-02-09',
    body: {
      kind: 'misinformation',
      title: 'Tin đồn tăng gấp đôi phí, lệ phí sau sáp nhập tỉnh',
      summary: 'Bài đăng trên mạng xã hội cho rằng các loại phí, lệ phí tại tỉnh mới tăng gấp đôi từ ngày 01/3/2026.',
      intake: 'url',
      sourceUrl: 'https://www.facebook.com/groups/tuyenquang24h/posts/1001',
      severity: 'medium',
    },
    steps: [
      { on: '2026-02-09', do: 'verify' },
      {
        on: '2026-02-10',
        do: 'action',
        kind: 'rebuttal',
        title: 'Bài phản bác trên Báo và PT-TH Tuyên Quang',
        owner: 'Báo và PT-TH Tuyên Quang',
        done: {
          on: '2026-02-11',
          outcome: 'Đăng bài “Không có việc tăng phí, lệ phí sau sáp nhập”',
          url: tq('khong-tang-phi-sau-sap-nhap.html'),
        },
      },
      { on: '2026-02-13', do: 'close', outcome: 'Đã cải chính; bài đăng gốc bị gỡ' },
    ],
  },
  {
    on: '2026-03-04',
    body: {
      kind: 'sovereignty-product',
      title: 'Quả địa cầu thể hiện “đường lưỡi bò” bày bán tại phường Minh Xuân',
      summary: 'Người dân phản ánh cửa hàng đồ dùng học tập bày bán quả địa cầu thể hiện sai chủ quyền biển, đảo.',
      intake: 'tip',
      severity: 'high',
      product: {
        what: 'Quả địa cầu đường kính 20 cm',
        productType: 'map',
        whereFound: 'Cửa hàng đồ dùng học tập, phường Minh Xuân',
        maker: 'Không rõ nhà sản xuất (hàng nhập khẩu)',
        seized: true,
      },
    },
    steps: [
      {
        on: '2026-03-04',
        do: 'refer',
        agency: CA,
        request: 'Đề nghị phối hợp kiểm tra, thu giữ sản phẩm và xác minh nguồn gốc.',
        days: 5,
        answer: { on: '2026-03-09', text: 'Đã kiểm tra, thu giữ 46 quả địa cầu; lập biên bản vi phạm hành chính.' },
      },
      { on: '2026-03-05', do: 'respond' },
      {
        on: '2026-03-06',
        do: 'action',
        kind: 'press-release',
        title: 'Thông tin cho báo chí về việc thu giữ sản phẩm',
        owner: SVH,
        done: { on: '2026-03-10', outcome: 'Thông cáo đăng trên Cổng TTĐT tỉnh' },
      },
      {
        on: '2026-03-06',
        do: 'action',
        kind: 'talking-point',
        title: 'Kết quả xử lý sản phẩm thể hiện sai chủ quyền',
        owner: 'Người phát ngôn UBND tỉnh',
        conference: 'q1',
        done: { on: '2026-03-27', outcome: 'Đã thông tin tại họp báo quý I' },
      },
      { on: '2026-03-30', do: 'close', outcome: 'Thu giữ 46 sản phẩm, xử phạt vi phạm hành chính cửa hàng' },
    ],
  },
  {
    on: '2026-04-14',
    body: {
      kind: 'misinformation',
      title: 'Trang giả mạo Ủy ban nhân dân tỉnh kêu gọi quyên góp',
      summary: 'Trang mạng xã hội sử dụng tên, biểu trưng của UBND tỉnh kêu gọi chuyển tiền ủng hộ.',
      intake: 'alert',
      severity: 'high',
      label: 'tin-gia',
    },
    steps: [
      { on: '2026-04-14', do: 'respond' },
      {
        on: '2026-04-14',
        do: 'action',
        kind: 'takedown-request',
        title: 'Đề nghị nền tảng gỡ trang giả mạo',
        owner: SVH,
        done: { on: '2026-04-17', outcome: 'Trang giả mạo đã bị gỡ' },
      },
      {
        on: '2026-04-15',
        do: 'action',
        kind: 'clarification',
        title: 'Cảnh báo người dân trên Cổng TTĐT tỉnh',
        owner: 'Cổng Thông tin điện tử tỉnh',
        done: { on: '2026-04-15', outcome: 'Đăng cảnh báo' },
      },
      { on: '2026-04-20', do: 'close', outcome: 'Trang giả mạo bị gỡ; đã cảnh báo người dân' },
    ],
  },
  {
    on: '2026-05-06',
    body: {
      kind: 'sensitive-coverage',
      title: 'Bài viết của một cơ quan báo chí nước ngoài về tự do tôn giáo vùng cao',
      summary: 'Bài viết nêu sai lệch tình hình tự do tín ngưỡng, tôn giáo tại một số xã vùng cao.',
      intake: 'url',
      sourceUrl: 'https://example-foreign-outlet.org/news/highlands-religion',
      severity: 'critical',
      isSensitive: true,
    },
    steps: [
      { on: '2026-05-07', do: 'verify' },
      {
        on: '2026-05-12',
        do: 'action',
        kind: 'verification-note',
        title: 'Báo cáo xác minh tình hình tại cơ sở',
        owner: 'Ban Chỉ đạo Nhân quyền tỉnh',
        done: { on: '2026-05-20', outcome: 'Đã có báo cáo xác minh' },
      },
      { on: '2026-05-21', do: 'respond' },
    ],
  },
  {
    on: '2026-05-25',
    body: {
      kind: 'misinformation',
      title: 'Tin đồn dịch tả tại một trường học ở xã Hàm Yên',
      summary: 'Tin nhắn lan truyền về ổ dịch tả khiến phụ huynh cho con nghỉ học.',
      intake: 'tip',
      severity: 'medium',
      label: 'tin-sai-su-that',
    },
    steps: [
      {
        on: '2026-05-25',
        do: 'action',
        kind: 'verification-note',
        title: 'Xác minh với ngành y tế',
        owner: 'Sở Y tế',
        done: { on: '2026-05-26', outcome: 'Không có ca bệnh tả; 03 học sinh rối loạn tiêu hóa đã khỏi' },
      },
      { on: '2026-05-26', do: 'respond' },
      {
        on: '2026-05-26',
        do: 'action',
        kind: 'rebuttal',
        title: 'Thông tin chính thức trên Đài PT-TH',
        owner: 'Báo và PT-TH Tuyên Quang',
        done: { on: '2026-05-27', outcome: 'Phát bản tin chính thức' },
      },
      { on: '2026-05-29', do: 'close', outcome: 'Đã thông tin chính thức; học sinh đi học trở lại' },
    ],
  },
  {
    on: '2026-06-03',
    body: {
      kind: 'sovereignty-product',
      title: 'Trò chơi điện tử hiển thị sai đường biên giới quốc gia',
      summary: 'Ứng dụng trò chơi có bản đồ hiển thị sai đường biên giới phía Bắc.',
      intake: 'referral',
      severity: 'high',
      product: {
        what: 'Ứng dụng trò chơi trên điện thoại',
        productType: 'app',
        whereFound: 'Kho ứng dụng; phản ánh của Tỉnh đoàn',
        maker: 'Nhà phát hành nước ngoài',
        seized: false,
      },
    },
    steps: [
      {
        on: '2026-06-03',
        do: 'refer',
        agency: CA,
        request: 'Đề nghị xác minh, phối hợp đề nghị gỡ ứng dụng.',
        days: 10,
      },
      { on: '2026-06-04', do: 'respond' },
    ],
  },
  {
    on: '2026-07-13',
    body: {
      kind: 'misinformation',
      title: 'Tin đồn sạt lở vùi lấp cả thôn tại xã Mèo Vạc',
      summary: 'Video lan truyền nhanh cho rằng sạt lở đất vùi lấp toàn bộ một thôn, nhiều người chết.',
      intake: 'url',
      sourceUrl: 'https://www.tiktok.com/@tintuc/video/7390001',
      severity: 'critical',
      label: 'tin-sai-su-that',
    },
    steps: [
      { on: '2026-07-13', do: 'post', url: 'https://www.facebook.com/share/v/meovac-satlo' },
      { on: '2026-07-13', do: 'verify' },
      {
        on: '2026-07-14',
        do: 'action',
        kind: 'verification-note',
        title: 'Xác minh tại hiện trường',
        owner: 'UBND xã Mèo Vạc',
        done: { on: '2026-07-14', outcome: 'Sạt lở taluy làm hư hỏng 02 nhà, không có thương vong' },
      },
      { on: '2026-07-14', do: 'respond' },
      {
        on: '2026-07-14',
        do: 'action',
        kind: 'rebuttal',
        title: 'Bài phản bác, thông tin chính xác về sạt lở',
        owner: 'Báo và PT-TH Tuyên Quang',
        done: {
          on: '2026-07-15',
          outcome: 'Đăng bài và phát sóng',
          url: tq('sat-lo-meo-vac-thong-tin-chinh-xac.html'),
        },
      },
      {
        on: '2026-07-14',
        do: 'action',
        kind: 'talking-point',
        title: 'Thông tin chính xác về sạt lở tại xã Mèo Vạc',
        owner: 'Người phát ngôn UBND tỉnh',
        conference: 'landslide',
        done: { on: '2026-07-16', outcome: 'Đã trả lời báo chí tại họp báo đột xuất' },
      },
      { on: '2026-07-20', do: 'close', outcome: 'Đã phản bác; các tài khoản đăng tin bị xử phạt' },
    ],
  },
  {
    on: '2026-08-18',
    body: {
      kind: 'misinformation',
      title: 'Video giả về sự cố vỡ đập thủy điện Na Hang',
      summary: 'Video cũ ở nơi khác bị cắt ghép, gắn tên thủy điện Na Hang.',
      intake: 'alert',
      severity: 'high',
      label: 'tin-gia',
    },
    steps: [
      { on: '2026-08-18', do: 'respond' },
      {
        on: '2026-08-18',
        do: 'action',
        kind: 'clarification',
        title: 'Đính chính của Công ty Thủy điện',
        owner: 'Công ty Thủy điện Tuyên Quang',
        done: { on: '2026-08-18', outcome: 'Đăng đính chính' },
      },
      { on: '2026-08-21', do: 'close', outcome: 'Đã đính chính; video bị gỡ' },
    ],
  },
  {
    on: '2026-09-08',
    body: {
      kind: 'sovereignty-product',
      title: 'Tài liệu tham khảo có bản đồ thiếu quần đảo Hoàng Sa, Trường Sa',
      summary: 'Sách tham khảo bày bán tại nhà sách thiếu hai quần đảo trên bản đồ.',
      intake: 'tip',
      severity: 'high',
      product: {
        what: 'Sách tham khảo Địa lý lớp 9',
        productType: 'textbook',
        whereFound: 'Nhà sách tại phường Phan Thiết',
        maker: 'Một công ty sách tư nhân',
        seized: true,
      },
    },
    steps: [
      {
        on: '2026-09-08',
        do: 'refer',
        agency: SVH,
        request: 'Đề nghị kiểm tra, thu hồi xuất bản phẩm.',
        days: 5,
        answer: { on: '2026-09-11', text: 'Đã thu hồi 120 cuốn; đề nghị Cục Xuất bản xử lý.' },
      },
      { on: '2026-09-09', do: 'respond' },
      {
        on: '2026-09-12',
        do: 'action',
        kind: 'talking-point',
        title: 'Thu hồi xuất bản phẩm thể hiện sai chủ quyền',
        owner: 'Người phát ngôn UBND tỉnh',
        conference: 'q3',
        done: { on: '2026-09-25', outcome: 'Đã thông tin tại họp báo quý III' },
      },
      { on: '2026-09-28', do: 'close', outcome: 'Thu hồi 120 cuốn; chuyển Cục Xuất bản xử lý' },
    ],
  },
  {
    on: '2026-10-12',
    body: {
      kind: 'misinformation',
      title: 'Thông tin sai về bồi thường giải phóng mặt bằng tại xã Hàm Yên',
      summary: 'Bài đăng cho rằng người dân không được bồi thường khi thu hồi đất làm đường.',
      intake: 'tip',
      severity: 'medium',
    },
    steps: [{ on: '2026-10-13', do: 'verify' }],
  },
  {
    on: '2026-10-20',
    body: {
      kind: 'misinformation',
      title: 'Phát biểu của lãnh đạo tỉnh về du lịch được chia sẻ lại',
      summary: 'Phản ánh phát biểu bị cắt ghép; xác minh cho thấy nội dung đúng với phát biểu gốc.',
      intake: 'manual',
      severity: 'low',
    },
    steps: [
      { on: '2026-10-21', do: 'verify' },
      { on: '2026-10-22', do: 'close', outcome: 'Nội dung đúng với phát biểu gốc, không cần xử lý' },
    ],
  },
  {
    on: '2026-11-16',
    body: {
      kind: 'sensitive-coverage',
      title: 'Bài viết trên trang du lịch nước ngoài về việc “đóng cửa” cao nguyên đá',
      summary: 'Bài viết cho rằng khu vực cao nguyên đá đóng cửa với khách quốc tế.',
      intake: 'url',
      sourceUrl: 'https://travel-blog.example.com/dong-van-closed',
      severity: 'medium',
    },
    steps: [
      { on: '2026-11-17', do: 'respond' },
      {
        on: '2026-11-17',
        do: 'action',
        kind: 'clarification',
        title: 'Thư cung cấp thông tin cho tác giả và thông tin tiếng Anh trên Cổng TTĐT',
        owner: 'Sở Ngoại vụ',
        done: { on: '2026-11-19', outcome: 'Tác giả đã sửa bài' },
      },
      { on: '2026-11-20', do: 'close', outcome: 'Bài viết đã được sửa' },
    ],
  },
];
