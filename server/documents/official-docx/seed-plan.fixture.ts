/**
 * A stored plan shaped like the seed (Tuyên Quang, Kế hoạch công tác TTĐN năm 2025), written by
 * hand as the importer should produce it, with the task variants the seed has (renumbered without gaps): parents without
 * fields, a content-only item, list-valued leads, guides + implementers, and dated timeframes.
 */

import type { PlanJson, PlanJsonTask } from '../../../common/contracts/plan-json.js';

const CONTINUOUS = { text: 'Thường xuyên', kind: 'continuous', due: null } as const;
const NO_TIMEFRAME = { text: null, kind: null, due: null };

function task(t: Partial<PlanJsonTask> & Pick<PlanJsonTask, 'code' | 'title'>): PlanJsonTask {
  const dot = t.code.lastIndexOf('.');
  return {
    parent: dot > 0 ? t.code.slice(0, dot) : null,
    content: '',
    lead: [],
    coordinators: [],
    implementers: [],
    guides: [],
    timeframe: NO_TIMEFRAME,
    ...t,
  };
}

/** The seed-like plan. */
export const seedLikePlan: PlanJson = {
  document: {
    kind: 'KH',
    number: '284/KH-UBND',
    title: 'Kế hoạch công tác thông tin đối ngoại năm 2025',
    year: 2025,
    issuer: 'Ủy ban nhân dân tỉnh Tuyên Quang',
    province: 'Tuyên Quang',
    issuedOn: '2025-01-06',
    signer: { name: 'Hoàng Việt Phương', position: 'Phó Chủ tịch', authority: 'KT. CHỦ TỊCH' },
  },
  legalBases: [
    { symbol: '57-KL/TW', kind: 'Kết luận', date: '2023-06-15', issuer: 'Bộ Chính trị' },
    { symbol: '72/2015/NĐ-CP', kind: 'Nghị định', date: '2015-09-07', issuer: 'Chính phủ' },
    {
      symbol: '22/2016/TT-BTTTT',
      kind: 'Thông tư',
      date: '2016-10-19',
      issuer: 'Bộ trưởng Bộ Thông tin và Truyền thông',
    },
    { symbol: '3837/BTTTT-TTĐN', kind: 'Văn bản', date: '2024-09-16', issuer: 'Bộ Thông tin và Truyền thông' },
    { symbol: '391-KH/TU', kind: 'Kế hoạch', date: '2023-09-18', issuer: 'Ban Thường vụ Tỉnh ủy' },
    { symbol: '254/KH-UBND', kind: 'Kế hoạch', date: '2023-11-27', issuer: 'Ủy ban nhân dân tỉnh' },
  ],
  tasks: [
    task({
      code: '1',
      title: 'Ban hành văn bản chỉ đạo, điều hành hoạt động thông tin đối ngoại',
      content:
        'Triển khai thực hiện các văn bản của Trung ương và của tỉnh về công tác thông tin đối ngoại; chỉ đạo, định hướng tuyên truyền, quảng bá về ASEAN và biên giới, biển đảo, nhân quyền.',
      lead: ['Sở Thông tin và Truyền thông'],
      coordinators: ['Các sở, ban, ngành', 'Ủy ban nhân dân các huyện, thành phố'],
      timeframe: CONTINUOUS,
    }),
    task({ code: '2', title: 'Triển khai thực hiện Nghị quyết số 47/NQ-CP ngày 15/4/2024 của Chính phủ' }),
    task({
      code: '2.1',
      title:
        'Quán triệt, phổ biến, tuyên truyền các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về công tác thông tin đối ngoại.',
      content:
        'Tiếp tục đổi mới, nâng cao chất lượng, hiệu quả công tác tuyên truyền trên mạng internet, các trang mạng xã hội và các kênh truyền thông khác.',
      implementers: ['các cơ quan, đơn vị, địa phương'],
      timeframe: CONTINUOUS,
    }),
    task({
      code: '2.2',
      title: 'Bố trí nhân sự phụ trách công tác thông tin đối ngoại',
      content:
        'Các sở, ban, ngành rà soát phân công 01 (một) lãnh đạo phụ trách và 01 (một) công chức thực hiện công tác thông tin đối ngoại của cơ quan, đơn vị, địa phương.',
    }),
    task({
      code: '2.3',
      title: 'Thường xuyên theo dõi, nắm bắt thông tin trên báo chí, mạng xã hội về tình hình của tỉnh',
    }),
    task({
      code: '2.3.1',
      title: 'Tham mưu Ủy ban nhân dân tỉnh tổ chức họp báo định kỳ, đột xuất cho báo chí.',
      lead: ['Văn phòng Ủy ban nhân dân tỉnh'],
      coordinators: [
        'Ban Tuyên giáo Tỉnh ủy',
        'Sở Thông tin và Truyền thông',
        'Ban Chỉ đạo Nhân quyền tỉnh',
        'các cơ quan có liên quan',
      ],
      timeframe: CONTINUOUS,
    }),
    task({
      code: '2.3.2',
      title: 'Quản lý và hướng dẫn phóng viên, báo chí nước ngoài đến hoạt động tại tỉnh.',
      lead: ['Sở Ngoại vụ'],
      coordinators: [
        'Ban Chỉ đạo Nhân quyền tỉnh',
        'Công an tỉnh',
        'Sở Thông tin và Truyền thông',
        'các cơ quan có liên quan',
      ],
      timeframe: CONTINUOUS,
    }),
    task({
      code: '2.4',
      title: 'Triển khai các nhiệm vụ tại Kế hoạch số 254/KH-UBND ngày 27/11/2023 của Ủy ban nhân dân tỉnh',
      lead: [
        'Các sở, ban, ngành',
        'Ủy ban nhân dân huyện, thành phố',
        'các cơ quan báo chí',
        'đơn vị lực lượng vũ trang',
      ],
      timeframe: CONTINUOUS,
    }),
    task({
      code: '3',
      title: 'Các hoạt động tuyên truyền bảo vệ chủ quyền, lãnh thổ, biển đảo, các ngày lễ lớn năm 2025',
    }),
    task({
      code: '3.1',
      title: 'Công tác tuyên truyền về biển, đảo',
      content:
        'Thông tin toàn diện các vấn đề liên quan đến biển, đảo, trong đó có Công ước của Liên hợp quốc về Luật Biển (UNCLOS 1982).',
      guides: ['Ban Tuyên giáo Tỉnh ủy', 'Sở Thông tin và Truyền thông', 'các cơ quan có liên quan'],
      implementers: [
        'Báo Tuyên Quang',
        'Đài Phát thanh và Truyền hình tỉnh',
        'Tạp chí Văn nghệ Tuyên Quang',
        'Cổng Thông tin điện tử tỉnh',
      ],
      timeframe: CONTINUOUS,
    }),
    task({
      code: '4',
      title:
        'Triển khai Chương trình phối hợp số 992/CTPH-BTTTT-UBDT ngày 04/6/2024 giữa Bộ Thông tin và Truyền thông và Ủy ban Dân tộc',
      content: 'Chuyển đổi số, an toàn thông tin trên môi trường mạng.',
      lead: ['Ban Dân tộc tỉnh'],
      coordinators: ['Sở Thông tin và Truyền thông', 'các sở, ban, ngành', 'Ủy ban nhân dân huyện, thành phố'],
      timeframe: { text: 'Hàng năm', kind: 'annual', due: null },
    }),
    task({ code: '5', title: 'Triển khai tuyên truyền, quảng bá hình ảnh của tỉnh bằng các hình thức khác nhau' }),
    task({
      code: '5.1',
      title: 'Xuất bản tài liệu, ấn phẩm giới thiệu, quảng bá về văn hóa, du lịch Tuyên Quang.',
      lead: ['Sở Văn hóa, Thể thao và Du lịch'],
      coordinators: ['Các sở, ban, ngành', 'Ủy ban nhân dân huyện, thành phố'],
      timeframe: { text: 'Trong năm 2025', kind: 'within-year', due: '2025-12-31' },
    }),
    task({
      code: '5.2',
      title:
        'Xuất bản các tài liệu/ấn phẩm song ngữ Việt - Anh nhằm giới thiệu, quảng bá tiềm năng, thế mạnh của tỉnh Tuyên Quang.',
      lead: ['Trung tâm Xúc tiến đầu tư'],
      coordinators: ['Các sở, ban, ngành'],
      timeframe: { text: 'Quý II/2025', kind: 'quarter', due: '2025-06-30' },
    }),
    task({
      code: '5.3',
      title: 'Xuất bản tài liệu, ấn phẩm xúc tiến thương mại, giới thiệu sản phẩm, hàng hóa, dịch vụ của địa phương',
      lead: ['Sở Công Thương'],
      timeframe: { text: 'Trước ngày 30/9/2025', kind: 'deadline', due: '2025-09-30' },
    }),
  ],
  reportingDeadlines: [
    { kind: 'agency-plan', due: '2025-03-31' },
    { kind: 'semiannual', due: '2025-05-15' },
    { kind: 'annual', due: '2025-11-15' },
  ],
  recipients: [
    'Bộ Thông tin và Truyền thông',
    'Thường trực Tỉnh ủy',
    'Chủ tịch UBND tỉnh',
    'Các PCT UBND tỉnh',
    'UB MTTQ và các tổ chức CT - XH tỉnh',
    'Các sở, ban, ngành',
    'UBND huyện, thành phố',
    'Báo Tuyên Quang',
    'Cổng TTĐT tỉnh',
  ],
  warnings: [],
};

/** Parts the seed has but PlanJson does not store, to rebuild the seed's I–IV layout. */
export const seedLikeOptions = {
  purpose: [
    '1. Mục đích',
    '- Tiếp tục nâng cao chất lượng công tác quản lý nhà nước về thông tin đối ngoại; triển khai hiệu quả các văn bản của Chính phủ, Bộ Thông tin và Truyền thông và của tỉnh về hoạt động thông tin đối ngoại.',
    '2. Yêu cầu',
    '- Cung cấp thông tin, tuyên truyền đối ngoại kịp thời, chính xác; tạo điều kiện để các cơ quan báo chí thông tin các thành tựu mọi mặt của tỉnh.',
  ],
  budget: [
    'Kinh phí thực hiện công tác thông tin đối ngoại được cân đối, bố trí trong dự toán chi ngân sách năm 2025 theo phân cấp hiện hành và các nguồn huy động hợp pháp khác.',
  ],
  archive: 'VT, THCBKS (T)',
};
