/**
 * What each demo agency writes against each task it owes, as a real agency would: specific to its
 * remit and places, its figures quoted from its own indicators, short or "không phát sinh" on
 * tasks outside its work. A few lines are wrong on purpose, for the coordinator's checks: a place
 * outside the province in the first half of 2025, work outside an agency's remit, a figure typed
 * differently in the text and in the indicators.
 */

import type { AgencyKind } from '../db/schema/organisations.js';
import type { LineStatus } from '../db/schema/reporting.js';
import { type DemoFigure, type DemoPeriod, figureOf, pick } from './demo-figures.js';

/** One line of a demo submission. */
export type DemoLine = { status: LineStatus; doneText: string; resultsText: string };

type Ctx = {
  agency: string;
  kind: AgencyKind;
  /** "huyện Na Hang", "xã Tân Trào" for local governments. */
  place: string;
  /** A figure as printed in a report: "02", "1.160". */
  n: (code: string, key?: string) => string;
  year: number;
  annual: boolean;
  /** The period's great anniversaries and political events. */
  events: string;
  salt: (s: string) => number;
};
type Template = (x: Ctx) => Partial<DemoLine> & { doneText: string };

const NUMBER = new Intl.NumberFormat('vi-VN');
/** Reports write small counts on two digits ("02 cuộc"). */
function printed(value: number): string {
  return value < 10 ? String(value).padStart(2, '0') : NUMBER.format(value);
}

function eventsOf(period: DemoPeriod): string {
  if (period.year === 2025)
    return period.kind === 'annual'
      ? 'kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước, 80 năm Cách mạng tháng Tám và Quốc khánh 2/9'
      : 'kỷ niệm 95 năm Ngày thành lập Đảng, 50 năm Ngày giải phóng miền Nam, thống nhất đất nước và 135 năm Ngày sinh Chủ tịch Hồ Chí Minh';
  if (period.year >= 2026)
    return 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu Hội đồng nhân dân các cấp';
  return 'các ngày lễ lớn của đất nước';
}

/** Local sights and products the districts of the demo promote. */
const LOCAL: Record<string, { sight: string; product: string; festival: string }> = {
  'thành phố Tuyên Quang': {
    sight: 'Quảng trường Nguyễn Tất Thành, di tích Thành nhà Mạc',
    product: 'sản phẩm OCOP của thành phố',
    festival: 'Lễ hội Đền Hạ, Đền Thượng, Đền Ỷ La',
  },
  'huyện Na Hang': {
    sight: 'Khu du lịch sinh thái Na Hang, thác Pác Ban',
    product: 'chè Shan tuyết Khau Mút',
    festival: 'Lễ hội Lồng tông',
  },
  'huyện Chiêm Hóa': {
    sight: 'Khu di tích Kim Bình',
    product: 'cam, quýt Chiêm Hóa',
    festival: 'Lễ hội Lồng tông các xã vùng cao',
  },
  'huyện Hàm Yên': {
    sight: 'vùng cam sành Hàm Yên',
    product: 'cam sành Hàm Yên',
    festival: 'Ngày hội cam sành Hàm Yên',
  },
  'huyện Yên Sơn': {
    sight: 'Khu du lịch suối khoáng Mỹ Lâm',
    product: 'chè Mỹ Bằng',
    festival: 'các lễ hội truyền thống của đồng bào Tày, Dao',
  },
  'huyện Sơn Dương': {
    sight: 'Khu di tích quốc gia đặc biệt Tân Trào, Lán Nà Nưa, Đình Tân Trào',
    product: 'chè, gạo đặc sản Sơn Dương',
    festival: 'Lễ hội Tân Trào',
  },
  'huyện Lâm Bình': {
    sight: 'hồ Na Hang - Lâm Bình',
    product: 'sản phẩm thổ cẩm',
    festival: 'Lễ hội Lồng tông Thượng Lâm',
  },
};
const local = (x: Ctx) =>
  LOCAL[x.place] ?? {
    sight: `danh thắng của ${x.place}`,
    product: `sản phẩm OCOP của ${x.place}`,
    festival: 'các lễ hội truyền thống của đồng bào các dân tộc',
  };

/** Lines of named agencies, by task code. */
const BY_AGENCY: Record<string, Record<string, Template>> = {
  'Sở Văn hóa, Thể thao và Du lịch': {
    '1': (x) => ({
      doneText: `${x.year === 2025 ? 'Tiếp nhận chức năng tham mưu quản lý nhà nước về thông tin đối ngoại từ Sở Thông tin và Truyền thông từ ngày 01/3/2025; ' : ''}Ban hành ${x.n('DIR_DOCS')} văn bản chỉ đạo, hướng dẫn, trong đó có Hướng dẫn tuyên truyền ${x.events}`,
    }),
    '2.1': (x) => ({
      doneText: `Tổ chức hội nghị tập huấn nghiệp vụ thông tin đối ngoại cho ${x.n('TRAINING_PARTICIPANTS')} lượt cán bộ các sở, ngành, huyện, thành phố`,
    }),
    '2.3.1': () => ({
      doneText:
        'Chuẩn bị nội dung, tài liệu cung cấp cho báo chí về kết quả phát triển du lịch, thu hút khách quốc tế tại các cuộc họp báo định kỳ của tỉnh',
    }),
    '2.3.2': () => ({
      doneText:
        'Phối hợp với Sở Ngoại vụ cung cấp thông tin, tư liệu về văn hóa, du lịch cho phóng viên nước ngoài đến tác nghiệp',
    }),
    '2.3.3': (x) => ({
      doneText:
        // The half-year of 2025 types 04 where the indicator says 1: the coordinator's check catches it.
        `Phối hợp với Công an tỉnh, Quản lý thị trường kiểm tra 26 cơ sở in, phát hành xuất bản phẩm; phát hiện, xử lý ${x.year === 2025 && !x.annual ? '04' : x.n('SOVEREIGNTY_CASES')} vụ việc sản phẩm in, bản đồ thể hiện sai chủ quyền`,
      resultsText: 'Thực hiện điểm tin báo chí hằng ngày, hằng tuần về Tuyên Quang, trình lãnh đạo tỉnh',
    }),
    '3': () => ({
      doneText:
        'Tổ chức Triển lãm ảnh “Đồng bào các dân tộc Tuyên Quang trong hành trình phát triển”, giới thiệu thành tựu bảo đảm quyền văn hóa của đồng bào dân tộc thiểu số',
    }),
    '4': (x) => ({
      doneText: `Sản xuất, phát hành 02 video clip quảng bá du lịch Tuyên Quang bằng tiếng Anh trên YouTube, Facebook; đăng ${x.n('NEWS_BY_CHANNEL')} tin, bài trên Cổng thông tin du lịch và fanpage “Du lịch Tuyên Quang”`,
      resultsText:
        'Lần đầu tiên tổ chức đoàn famtrip cho 12 hãng lữ hành Hàn Quốc khảo sát tuyến du lịch Tân Trào - Na Hang - Lâm Bình',
    }),
    '5.1': () => ({ doneText: 'Hướng dẫn các cơ quan báo chí duy trì chuyên mục tuyên truyền về biển, đảo Việt Nam' }),
    '5.3': (x) => ({ doneText: `Ban hành hướng dẫn tuyên truyền, trang trí cổ động trực quan ${x.events}` }),
    '7.1': (x) => ({
      status: x.annual ? 'done' : 'in-progress',
      doneText: `Biên soạn, phát hành ${x.n('PUBLICATIONS')} ấn phẩm giới thiệu văn hóa, du lịch Tuyên Quang bằng tiếng Việt, tiếng Anh (${x.n('PUBLICATION_COPIES')} bản); nâng cấp Cổng thông tin điện tử du lịch`,
    }),
    '7.5': (x) => ({
      status: x.annual ? 'done' : 'in-progress',
      doneText:
        x.year === 2025 && !x.annual
          ? 'Phối hợp tổ chức Tuần Văn hóa - Du lịch “Sắc màu vùng cao” tại thị trấn Đồng Văn, giới thiệu nghệ thuật múa Then, hát Sli của Tuyên Quang'
          : 'Tổ chức Lễ hội Thành Tuyên với sự tham gia của đoàn nghệ thuật các tỉnh và khách quốc tế; tham gia Ngày hội văn hóa các dân tộc vùng Đông Bắc',
    }),
  },
  'Văn phòng Ủy ban nhân dân tỉnh': {
    '1': (x) => ({
      doneText: `Tham mưu Ủy ban nhân dân tỉnh ban hành ${x.n('DIR_DOCS')} văn bản chỉ đạo về thông tin đối ngoại`,
    }),
    '2.3.1': (x) => ({
      doneText: `Tham mưu tổ chức ${x.n('PRESS_CONFERENCES', 'periodic')} cuộc họp báo định kỳ và ${x.n('PRESS_CONFERENCES', 'ad-hoc')} cuộc họp báo đột xuất về công tác phòng, chống cháy rừng; phát hành ${x.n('PRESS_RELEASES')} thông cáo báo chí`,
      resultsText:
        'Thông tin kịp thời về tình hình kinh tế - xã hội, thu hút đầu tư của tỉnh cho các cơ quan báo chí trung ương và địa phương',
    }),
    '2.3.3': () => ({ doneText: 'Phối hợp tổng hợp điểm tin báo chí hằng tuần trình lãnh đạo Ủy ban nhân dân tỉnh' }),
    '4': () => ({
      doneText:
        'Cung cấp thông tin về hoạt động đối ngoại của lãnh đạo tỉnh cho Cổng Thông tin điện tử tỉnh và các cơ quan báo chí',
    }),
  },
  'Sở Ngoại vụ': {
    '2.3.2': (x) => ({
      doneText: `Thẩm định hồ sơ, cấp phép và bố trí cán bộ hướng dẫn ${x.n('FOREIGN_REPORTERS')} lượt phóng viên nước ngoài (06 đoàn) đến tác nghiệp tại tỉnh, trong đó có phóng viên Đài NHK (Nhật Bản) và Tân Hoa xã (Trung Quốc) đưa tin về Khu di tích quốc gia đặc biệt Tân Trào`,
      resultsText: 'Không để xảy ra vụ việc phức tạp',
    }),
    '7.4': (x) => ({
      doneText: `Tham mưu đón tiếp ${x.n('FOREIGN_DELEGATIONS')} đoàn khách nước ngoài đến thăm, làm việc, trong đó có đoàn Đại sứ quán Nhật Bản và đoàn doanh nghiệp Hàn Quốc tìm hiểu cơ hội đầu tư`,
      resultsText: 'Lồng ghép giới thiệu tiềm năng, chính sách ưu đãi đầu tư của tỉnh tại các buổi làm việc',
    }),
    '4': () => ({
      doneText: 'Cập nhật thông tin đối ngoại bằng tiếng Anh, tiếng Trung trên Trang thông tin điện tử của Sở',
    }),
  },
  'Sở Công Thương': {
    '7.3': () => ({
      status: 'in-progress',
      doneText: 'Giới thiệu sản phẩm OCOP, chè Shan tuyết, cam sành Hàm Yên tại các hội chợ, triển lãm trong nước',
    }),
    '7.4': () => ({ doneText: 'Hỗ trợ doanh nghiệp tham gia Hội chợ Thương mại quốc tế Việt - Trung (Lào Cai)' }),
  },
  'Trung tâm Xúc tiến đầu tư': {
    '7.2': (x) => ({
      status: x.annual ? 'done' : 'done',
      doneText: `Xuất bản ${x.n('PUBLICATIONS')} ấn phẩm song ngữ Việt - Anh “Tuyên Quang - Điểm đến đầu tư” (${x.n('PUBLICATION_COPIES')} bản), phát hành tại Hội nghị xúc tiến đầu tư vào tỉnh Tuyên Quang tại Hà Nội`,
      resultsText: 'Lần đầu tiên xây dựng bộ dữ liệu số về dự án kêu gọi đầu tư bằng tiếng Anh, tiếng Hàn',
    }),
  },
  'Sở Dân tộc và Tôn giáo': {
    '6': (x) => ({
      doneText: `Chủ trì tuyên truyền kết quả thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; tổ chức ${x.n('EVENTS')} hội nghị đối thoại, tuyên truyền tại các xã vùng đặc biệt khó khăn`,
      resultsText:
        'Phối hợp với Đài Phát thanh và Truyền hình tỉnh duy trì chuyên mục “Dân tộc và phát triển” bằng tiếng Tày, Dao, Mông',
    }),
    '3': () => ({
      doneText: 'Cung cấp thông tin về bảo đảm quyền tự do tín ngưỡng, tôn giáo trên địa bàn cho các cơ quan báo chí',
    }),
  },
  'Sở Khoa học và Công nghệ': {
    '6': () => ({
      doneText:
        'Hướng dẫn bảo đảm an toàn thông tin trên môi trường mạng cho các cổng, trang thông tin điện tử của tỉnh',
    }),
  },
  'Sở Tư pháp': {
    '2.1': (x) => ({
      doneText: `Lồng ghép phổ biến pháp luật về thông tin đối ngoại, biên giới quốc gia tại ${x.n('EVENTS')} hội nghị cho ${x.n('TRAINING_PARTICIPANTS')} lượt cán bộ, báo cáo viên pháp luật`,
    }),
    '3': () => ({
      doneText: 'Thực hiện trợ giúp pháp lý miễn phí cho người dân tộc thiểu số, người nghèo tại các xã vùng sâu',
    }),
  },
  'Sở Giáo dục và Đào tạo': {
    '3': () => ({
      doneText:
        'Tuyên truyền kết quả bảo đảm quyền học tập của học sinh dân tộc thiểu số tại các trường phổ thông dân tộc nội trú',
    }),
    '5.2': () => ({
      doneText: 'Lồng ghép giáo dục chủ quyền biển, đảo, biên giới quốc gia trong hoạt động ngoại khóa của học sinh',
    }),
  },
  'Sở Y tế': {
    '3': () => ({
      doneText:
        'Thông tin về kết quả bảo đảm quyền được chăm sóc sức khỏe của người dân vùng đồng bào dân tộc thiểu số',
    }),
  },
  'Sở Nội vụ': {
    '2.1': () => ({
      doneText: 'Hướng dẫn các cơ quan, đơn vị rà soát, phân công cán bộ làm đầu mối thông tin đối ngoại',
    }),
  },
  'Sở Tài chính': {
    '1': () => ({
      doneText: 'Tham mưu bố trí kinh phí thực hiện Kế hoạch thông tin đối ngoại năm 2025 cho các cơ quan, đơn vị',
    }),
    '4': () => ({
      doneText: 'Cung cấp thông tin về môi trường đầu tư, danh mục dự án kêu gọi đầu tư cho các cơ quan báo chí',
    }),
  },
  'Công an tỉnh': {
    '2.3.2': () => ({
      doneText:
        'Phối hợp với Sở Ngoại vụ nắm tình hình, bảo đảm an ninh cho hoạt động của phóng viên nước ngoài tại tỉnh',
    }),
    '3': () => ({
      doneText:
        'Đấu tranh, xử lý các tài khoản mạng xã hội đăng tải thông tin xuyên tạc về tình hình nhân quyền, tôn giáo',
    }),
  },
  'Bộ Chỉ huy Quân sự tỉnh': {
    '5.2': (x) => ({
      doneText: `Tổ chức ${x.n('EVENTS')} buổi tuyên truyền về chủ quyền, biên giới quốc gia cho ${x.n('TRAINING_PARTICIPANTS')} lượt cán bộ, chiến sĩ và dân quân`,
      resultsText: 'Phối hợp với Báo Tuyên Quang thực hiện chuyên mục “Quốc phòng toàn dân”',
    }),
  },
  'Ban Tuyên giáo và Dân vận Tỉnh ủy': {
    '2.1': (x) => ({
      doneText: `Tổ chức hội nghị báo cáo viên, quán triệt Kết luận số 57-KL/TW cho ${x.n('TRAINING_PARTICIPANTS')} lượt cán bộ chủ chốt`,
    }),
    '2.3.1': () => ({ doneText: 'Định hướng nội dung thông tin cho báo chí tại các cuộc họp báo định kỳ của tỉnh' }),
    '5.1': () => ({ doneText: 'Định hướng các cơ quan báo chí tuyên truyền về biển, đảo và chủ quyền quốc gia' }),
    '5.3': (x) => ({ doneText: `Ban hành hướng dẫn tuyên truyền ${x.events}` }),
  },
  'Thường trực Tỉnh ủy': {
    '2.1': () => ({
      doneText:
        'Chỉ đạo các cấp ủy quán triệt Kết luận số 57-KL/TW của Bộ Chính trị gắn với học tập nghị quyết của Đảng',
    }),
  },
  'Báo và Phát thanh, Truyền hình Tuyên Quang': {
    '4': (x) => ({
      doneText: `Đăng, phát ${x.n('NEWS_BY_CHANNEL')} tin, bài thông tin đối ngoại trên báo in, báo điện tử; duy trì trang tiếng Anh, tiếng Trung trên Báo điện tử Tuyên Quang`,
      resultsText: 'Nhiều bài viết về du lịch Tuyên Quang được Báo Nhân Dân, Vietnam News đăng lại',
    }),
    '5.1': () => ({ doneText: 'Duy trì chuyên mục “Biển, đảo Việt Nam” trên báo in và báo điện tử' }),
    '5.3': (x) => ({ doneText: `Thực hiện các số báo đặc biệt ${x.events}` }),
    '3': () => ({ doneText: 'Thực hiện loạt bài “Quyền con người ở vùng cao Tuyên Quang” trên báo in và báo điện tử' }),
  },
  'Đài Phát thanh và Truyền hình tỉnh': {
    '6': (x) => ({
      doneText: `Sản xuất, phát sóng ${x.n('BROADCAST_PROGRAMMES')} chương trình phát thanh, truyền hình tiếng Tày, Dao, Mông`,
    }),
    '5.1': () => ({ doneText: 'Phát sóng chuyên mục “Vì biển, đảo quê hương” hằng tháng trên sóng truyền hình' }),
    '5.3': (x) => ({ doneText: `Sản xuất chương trình truyền hình trực tiếp ${x.events}` }),
    '4': () => ({ doneText: 'Sản xuất phóng sự “Tuyên Quang - miền đất hội tụ” giới thiệu trên VTV4' }),
  },
  'Tạp chí Văn nghệ Tuyên Quang': {
    '5.3': (x) => ({ doneText: `Xuất bản số tạp chí chuyên đề ${x.events}` }),
    '4': () => ({
      doneText:
        'Giới thiệu tác phẩm văn học, nhiếp ảnh về thiên nhiên, con người Tuyên Quang trên tạp chí in và điện tử',
    }),
  },
  'Cổng Thông tin điện tử tỉnh': {
    '4': (x) => ({
      doneText: `Đăng ${x.n('NEWS_BY_CHANNEL')} tin, bài thông tin đối ngoại, trong đó ${x.n('NEWS_BY_LANGUAGE', 'en')} tin, bài tiếng Anh và ${x.n('NEWS_BY_LANGUAGE', 'zh')} tin, bài tiếng Trung`,
    }),
    '5.1': () => ({ doneText: 'Duy trì chuyên mục “Biển, đảo Việt Nam” trên Cổng Thông tin điện tử tỉnh' }),
  },
  'Hội Liên hiệp Phụ nữ tỉnh': {
    '3': (x) => ({
      doneText:
        x.year === 2025 && !x.annual
          ? 'Đón tiếp, hướng dẫn phóng viên Đài truyền hình KBS (Hàn Quốc) ghi hình phóng sự về mô hình phụ nữ dân tộc Dao khởi nghiệp tại huyện Na Hang'
          : 'Tuyên truyền về bình đẳng giới, quyền của phụ nữ và trẻ em dân tộc thiểu số trong các buổi sinh hoạt chi hội',
    }),
  },
  'Tỉnh đoàn': {
    '2.1': (x) => ({
      doneText: `Tổ chức 05 lớp tập huấn kỹ năng thông tin đối ngoại trên không gian mạng cho ${x.n('TRAINING_PARTICIPANTS')} lượt đoàn viên, thanh niên`,
    }),
  },
};

/** Lines by kind of agency, by task code. */
const BY_KIND: Partial<Record<AgencyKind, Record<string, Template>>> = {
  'district-committee': {
    '1': (x) => ({
      doneText: `Ban hành ${x.n('DIR_DOCS')} văn bản triển khai Kế hoạch thông tin đối ngoại năm ${x.year} trên địa bàn`,
    }),
    '2.1': (x) => ({
      doneText: `Tổ chức quán triệt Kết luận số 57-KL/TW cho ${x.n('TRAINING_PARTICIPANTS')} lượt cán bộ, đảng viên ${x.place}`,
    }),
    '4': (x) => ({
      doneText: `Đăng ${x.n('NEWS_BY_CHANNEL')} tin, bài quảng bá ${local(x).sight} trên Trang thông tin điện tử và trang Zalo, Facebook của huyện`,
      resultsText: `Giới thiệu ${local(x).festival}, ${local(x).product} đến du khách trong và ngoài nước`,
    }),
    '6': () => ({
      doneText: 'Tuyên truyền chính sách dân tộc qua hệ thống loa truyền thanh cơ sở bằng tiếng Việt và tiếng dân tộc',
    }),
    '7.3': (x) => ({ doneText: `Giới thiệu ${local(x).product} tại các hội chợ của tỉnh` }),
    '7.5': (x) => ({
      doneText: `Tổ chức ${local(x).festival}`,
      resultsText: [
        'Thu hút đông đảo du khách trong và ngoài tỉnh',
        'Nhiều đoàn khách quốc tế đến tham quan, trải nghiệm',
        'Được các cơ quan báo chí trung ương đưa tin',
      ][Math.floor(x.salt('r') * 3)]!,
    }),
  },
  'commune-committee': {
    '1': (x) => ({ doneText: `Ban hành kế hoạch thông tin đối ngoại năm ${x.year} của ${x.place}` }),
    '2.1': () => ({
      doneText: 'Tuyên truyền các nội dung thông tin đối ngoại qua hệ thống loa truyền thanh và trang Zalo của xã',
    }),
    '4': (x) => ({
      doneText: `Đăng ${x.n('NEWS_BY_CHANNEL')} tin, bài giới thiệu danh thắng, sản phẩm du lịch cộng đồng của ${x.place}`,
    }),
  },
  'mass-organisation': {
    '2.1': (x) => ({
      doneText: `Quán triệt Kết luận số 57-KL/TW cho ${x.n('TRAINING_PARTICIPANTS')} lượt hội viên, đoàn viên nòng cốt`,
    }),
    '3': () => ({
      doneText: 'Lồng ghép tuyên truyền về thành tựu bảo đảm quyền con người trong sinh hoạt của các chi hội',
    }),
  },
  'press-agency': {
    '2.1': () => ({ doneText: 'Quán triệt Kết luận số 57-KL/TW cho phóng viên, biên tập viên của cơ quan' }),
  },
};

/** What most agencies write on the broad tasks, in a few wordings. */
const GENERIC: Record<string, Template[]> = {
  '1': [
    (x) => ({
      doneText: `Ban hành ${x.n('DIR_DOCS')} văn bản triển khai Kế hoạch thông tin đối ngoại năm ${x.year} của cơ quan`,
    }),
  ],
  '2.1': [
    () => ({
      doneText: 'Quán triệt Kết luận số 57-KL/TW và Nghị quyết số 47/NQ-CP tại hội nghị cán bộ, công chức của cơ quan',
    }),
    () => ({ doneText: 'Quán triệt Kết luận số 57-KL/TW và Nghị quyết số 47/NQ-CP trong sinh hoạt chi bộ, cơ quan' }),
  ],
  '2.4': [() => ({ doneText: 'Lồng ghép nội dung thông tin đối ngoại vào hoạt động chuyên môn của cơ quan' })],
  '3': [() => ({ doneText: 'Lồng ghép tuyên truyền về quyền con người trong hoạt động chuyên môn' })],
};

/** What an agency writes on a task outside its work. */
const NOTHING = ['Không phát sinh trong kỳ.', 'Phối hợp thực hiện khi có đề nghị của cơ quan chủ trì.', ''];

/** Tasks with a deadline in the year (the plan's "Trong năm 2025"): not routine. */
const WITHIN_YEAR = new Set(['7.1', '7.2', '7.3', '7.5']);

/** The line an agency writes on a task in a period. */
export function demoLine(
  agency: { name: string; kind: AgencyKind },
  taskCode: string,
  period: DemoPeriod,
  figures: readonly DemoFigure[],
): DemoLine {
  const key = `${agency.name}|${taskCode}|${period.year}|${period.kind}`;
  const ctx: Ctx = {
    agency: agency.name,
    kind: agency.kind,
    place: agency.name.replace(/^Ủy ban nhân dân\s+/u, ''),
    n: (code, k) => printed(figureOf(figures, code, k)),
    year: period.year,
    annual: period.kind === 'annual',
    events: eventsOf(period),
    salt: (s) => pick(key + s),
  };
  const generic = GENERIC[taskCode];
  const template =
    BY_AGENCY[agency.name]?.[taskCode] ??
    BY_KIND[agency.kind]?.[taskCode] ??
    (generic ? generic[Math.floor(pick(key) * generic.length)] : undefined);
  const routine = WITHIN_YEAR.has(taskCode) ? 'in-progress' : 'continuing';
  if (!template)
    return { status: 'continuing', doneText: NOTHING[Math.floor(pick(`${key}x`) * NOTHING.length)]!, resultsText: '' };
  const line = template(ctx);
  return {
    status: line.status ?? routine,
    doneText: `${line.doneText}.`,
    resultsText: line.resultsText ? `${line.resultsText}.` : '',
  };
}
