import type { AgencyKind, AliasKind, SuccessionKind } from '../db/schema/organisations.js';

/**
 * Tuyên Quang's organisation registry as the 2025 plan names it, the Hà Giang bodies that merged
 * into it and the 2025 reorganisation as dated events. Facts the research marks unverified are data
 * here (an admin edits them in the app), never rules in code. Its groups and demo accounts are in
 * tuyen-quang-groups-users.ts.
 */
export type DemoAgency = {
  key: string;
  name: string;
  kind: AgencyKind;
  province: string;
  validFrom?: string;
  validTo?: string;
  aliases?: Array<[string, AliasKind]>;
  note?: string;
};

const TQ = 'Tuyên Quang';
const HG = 'Hà Giang';
const CENTRAL = 'Trung ương';
const BEFORE_MERGER = '2025-06-30';
const REFORM_DAY = '2025-03-01';
const MERGER_DAY = '2025-07-01';

const departments: DemoAgency[] = [
  {
    key: 'vp-ubnd',
    name: 'Văn phòng Ủy ban nhân dân tỉnh',
    kind: 'department',
    province: TQ,
    aliases: [
      ['VP UBND tỉnh', 'abbreviation'],
      ['Văn phòng UBND tỉnh', 'abbreviation'],
    ],
  },
  {
    key: 'so-tttt',
    name: 'Sở Thông tin và Truyền thông',
    kind: 'department',
    province: TQ,
    validTo: '2025-02-28',
    aliases: [
      ['Sở TT&TT', 'abbreviation'],
      ['Sở TTTT', 'abbreviation'],
    ],
  },
  {
    key: 'so-vhttdl',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    kind: 'department',
    province: TQ,
    aliases: [
      ['Sở VHTTDL', 'abbreviation'],
      ['Sở VH,TT&DL', 'abbreviation'],
    ],
  },
  { key: 'so-ngoai-vu', name: 'Sở Ngoại vụ', kind: 'department', province: TQ },
  {
    key: 'so-khdt',
    name: 'Sở Kế hoạch và Đầu tư',
    kind: 'department',
    province: TQ,
    validTo: '2025-02-28',
    aliases: [['Sở KH&ĐT', 'abbreviation']],
  },
  { key: 'so-tai-chinh', name: 'Sở Tài chính', kind: 'department', province: TQ },
  { key: 'so-cong-thuong', name: 'Sở Công Thương', kind: 'department', province: TQ },
  {
    key: 'so-khcn',
    name: 'Sở Khoa học và Công nghệ',
    kind: 'department',
    province: TQ,
    aliases: [['Sở KH&CN', 'abbreviation']],
  },
  { key: 'so-noi-vu', name: 'Sở Nội vụ', kind: 'department', province: TQ },
  { key: 'so-tu-phap', name: 'Sở Tư pháp', kind: 'department', province: TQ },
  { key: 'so-gddt', name: 'Sở Giáo dục và Đào tạo', kind: 'department', province: TQ },
  { key: 'so-y-te', name: 'Sở Y tế', kind: 'department', province: TQ },
  {
    key: 'ban-dan-toc',
    name: 'Ban Dân tộc tỉnh',
    kind: 'department',
    province: TQ,
    note: 'Từ 01/3/2025 là Sở Dân tộc và Tôn giáo (chưa kiểm chứng riêng cho Tuyên Quang).',
  },
  {
    key: 'tt-xtdt',
    name: 'Trung tâm Xúc tiến đầu tư',
    kind: 'other',
    province: TQ,
    note: 'Tình trạng sau 2025 chưa rõ.',
  },
  { key: 'cong-an', name: 'Công an tỉnh', kind: 'armed-forces', province: TQ },
  {
    key: 'bchqs',
    name: 'Bộ Chỉ huy Quân sự tỉnh',
    kind: 'armed-forces',
    province: TQ,
    aliases: [['BCHQS tỉnh', 'abbreviation']],
  },
];

const partyAndMass: DemoAgency[] = [
  { key: 'tinh-uy', name: 'Thường trực Tỉnh ủy', kind: 'party-body', province: TQ },
  { key: 'ban-tuyen-giao', name: 'Ban Tuyên giáo Tỉnh ủy', kind: 'party-body', province: TQ, validTo: '2025-02-28' },
  { key: 'ban-dan-van', name: 'Ban Dân vận Tỉnh ủy', kind: 'party-body', province: TQ, validTo: '2025-02-28' },
  {
    key: 'ban-tgdv',
    name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    kind: 'party-body',
    province: TQ,
    validFrom: REFORM_DAY,
  },
  {
    key: 'mttq',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    kind: 'mass-organisation',
    province: TQ,
    aliases: [['UB MTTQ tỉnh', 'abbreviation']],
  },
  { key: 'tinh-doan', name: 'Tỉnh đoàn', kind: 'mass-organisation', province: TQ },
  { key: 'hoi-phu-nu', name: 'Hội Liên hiệp Phụ nữ tỉnh', kind: 'mass-organisation', province: TQ },
  { key: 'hoi-nong-dan', name: 'Hội Nông dân tỉnh', kind: 'mass-organisation', province: TQ },
  { key: 'hoi-ccb', name: 'Hội Cựu chiến binh tỉnh', kind: 'mass-organisation', province: TQ },
  { key: 'ldld', name: 'Liên đoàn Lao động tỉnh', kind: 'mass-organisation', province: TQ },
  { key: 'lien-hiep-huu-nghi', name: 'Liên hiệp các tổ chức hữu nghị tỉnh', kind: 'other', province: TQ },
];

const press: DemoAgency[] = [
  { key: 'bao-tq', name: 'Báo Tuyên Quang', kind: 'press-agency', province: TQ },
  {
    key: 'dai-ptth',
    name: 'Đài Phát thanh và Truyền hình tỉnh',
    kind: 'press-agency',
    province: TQ,
    validTo: BEFORE_MERGER,
    aliases: [
      ['Đài PTTH tỉnh', 'abbreviation'],
      ['Đài PT-TH tỉnh', 'abbreviation'],
      ['Đài Phát thanh và Truyền hình Tuyên Quang', 'spelling'],
    ],
  },
  { key: 'tap-chi-vn', name: 'Tạp chí Văn nghệ Tuyên Quang', kind: 'press-agency', province: TQ },
  {
    key: 'cong-ttdt',
    name: 'Cổng Thông tin điện tử tỉnh',
    kind: 'press-agency',
    province: TQ,
    aliases: [['Cổng TTĐT tỉnh', 'abbreviation']],
  },
  {
    key: 'tt-nhan-dan',
    name: 'Cơ quan thường trú Báo Nhân dân tại tỉnh',
    kind: 'central-office',
    province: TQ,
    aliases: [['CQ thường trú Báo Nhân dân tại tỉnh', 'abbreviation']],
  },
  {
    key: 'tt-ttxvn',
    name: 'Cơ quan thường trú Thông tấn xã Việt Nam tại tỉnh',
    kind: 'central-office',
    province: TQ,
    aliases: [['CQ thường trú Thông tấn xã VN tại tỉnh', 'abbreviation']],
  },
];

const provincial: DemoAgency[] = [
  {
    key: 'ubnd-tq',
    name: 'Ủy ban nhân dân tỉnh Tuyên Quang',
    kind: 'province-committee',
    province: TQ,
    aliases: [
      ['UBND tỉnh Tuyên Quang', 'abbreviation'],
      ['Ủy ban nhân dân tỉnh', 'abbreviation'],
      ['UBND tỉnh', 'abbreviation'],
    ],
  },
  {
    key: 'ubnd-hg',
    name: 'Ủy ban nhân dân tỉnh Hà Giang',
    kind: 'province-committee',
    province: HG,
    validTo: BEFORE_MERGER,
    aliases: [['UBND tỉnh Hà Giang', 'abbreviation']],
  },
  {
    key: 'so-vhttdl-hg',
    name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang',
    kind: 'department',
    province: HG,
    validTo: BEFORE_MERGER,
  },
  {
    key: 'so-ngoai-vu-hg',
    name: 'Sở Ngoại vụ tỉnh Hà Giang',
    kind: 'department',
    province: HG,
    validTo: BEFORE_MERGER,
  },
  { key: 'bao-hg', name: 'Báo Hà Giang', kind: 'press-agency', province: HG, validTo: BEFORE_MERGER },
  {
    key: 'dai-hg',
    name: 'Đài Phát thanh và Truyền hình tỉnh Hà Giang',
    kind: 'press-agency',
    province: HG,
    validTo: BEFORE_MERGER,
  },
  { key: 'bo-tttt', name: 'Bộ Thông tin và Truyền thông', kind: 'other', province: CENTRAL, validTo: '2025-02-28' },
  { key: 'bo-vhttdl', name: 'Bộ Văn hóa, Thể thao và Du lịch', kind: 'other', province: CENTRAL },
];

/** District-level committees: the tier ended on 01/07/2025. */
const districtNames = [
  'thành phố Tuyên Quang',
  'huyện Lâm Bình',
  'huyện Na Hang',
  'huyện Chiêm Hóa',
  'huyện Hàm Yên',
  'huyện Yên Sơn',
  'huyện Sơn Dương',
];
const districts: DemoAgency[] = districtNames.map((n, i) => ({
  key: `huyen-${i}`,
  name: `Ủy ban nhân dân ${n}`,
  kind: 'district-committee',
  province: TQ,
  validTo: BEFORE_MERGER,
  aliases: [[`UBND ${n}`, 'abbreviation']],
}));
const hgDistricts: DemoAgency[] = ['thành phố Hà Giang', 'huyện Đồng Văn', 'huyện Mèo Vạc'].map((n, i) => ({
  key: `huyen-hg-${i}`,
  name: `Ủy ban nhân dân ${n}`,
  kind: 'district-committee',
  province: HG,
  validTo: BEFORE_MERGER,
}));

/**
 * A representative subset of the 124 commune-level units (117 xã + 7 phường) of the merged
 * province; each entry names the former district whose duties it took over.
 */
export const DEMO_COMMUNES: Array<{ name: string; fromDistrict: string }> = [
  { name: 'phường Minh Xuân', fromDistrict: 'huyen-0' },
  { name: 'phường Nông Tiến', fromDistrict: 'huyen-0' },
  { name: 'phường An Tường', fromDistrict: 'huyen-0' },
  { name: 'phường Bình Thuận', fromDistrict: 'huyen-0' },
  { name: 'phường Mỹ Lâm', fromDistrict: 'huyen-0' },
  { name: 'phường Hà Giang 1', fromDistrict: 'huyen-hg-0' },
  { name: 'phường Hà Giang 2', fromDistrict: 'huyen-hg-0' },
  { name: 'xã Lâm Bình', fromDistrict: 'huyen-1' },
  { name: 'xã Thượng Lâm', fromDistrict: 'huyen-1' },
  { name: 'xã Na Hang', fromDistrict: 'huyen-2' },
  { name: 'xã Chiêm Hóa', fromDistrict: 'huyen-3' },
  { name: 'xã Kim Bình', fromDistrict: 'huyen-3' },
  { name: 'xã Hàm Yên', fromDistrict: 'huyen-4' },
  { name: 'xã Yên Sơn', fromDistrict: 'huyen-5' },
  { name: 'xã Sơn Dương', fromDistrict: 'huyen-6' },
  { name: 'xã Tân Trào', fromDistrict: 'huyen-6' },
  { name: 'xã Đồng Văn', fromDistrict: 'huyen-hg-1' },
  { name: 'xã Mèo Vạc', fromDistrict: 'huyen-hg-2' },
];
const communes: DemoAgency[] = DEMO_COMMUNES.map((c, i) => ({
  key: `xa-${i}`,
  name: `Ủy ban nhân dân ${c.name}`,
  kind: 'commune-committee',
  province: TQ,
  validFrom: MERGER_DAY,
  aliases: [[`UBND ${c.name}`, 'abbreviation']],
}));

export const DEMO_AGENCIES: DemoAgency[] = [
  ...provincial,
  ...departments,
  ...partyAndMass,
  ...press,
  ...districts,
  ...hgDistricts,
  ...communes,
];

export type DemoEvent = {
  kind: SuccessionKind;
  effectiveOn: string;
  legalBasis: string;
  note?: string;
  links: Array<{ from: string; to: string | null; functions?: string[] }>;
  newName?: string;
};

/** The 2025 reorganisation. Dates and names marked [B] in the research are editable data. */
export const DEMO_EVENTS: DemoEvent[] = [
  {
    kind: 'transfer',
    effectiveOn: REFORM_DAY,
    legalBasis: 'Nghị định 43/2025/NĐ-CP; sắp xếp sở theo Nghị định 45/2025/NĐ-CP',
    note: 'Chức năng thông tin đối ngoại, báo chí, xuất bản, thông tin cơ sở chuyển sang Sở VHTTDL',
    links: [
      {
        from: 'so-tttt',
        to: 'so-vhttdl',
        functions: ['foreign-information', 'press', 'publishing', 'grassroots-information'],
      },
    ],
  },
  {
    kind: 'merge',
    effectiveOn: REFORM_DAY,
    legalBasis: 'Nghị định 45/2025/NĐ-CP',
    note: 'Phần còn lại của Sở TT&TT hợp nhất với Sở KH&CN',
    links: [{ from: 'so-tttt', to: 'so-khcn' }],
  },
  {
    kind: 'merge',
    effectiveOn: REFORM_DAY,
    legalBasis: 'Nghị định 45/2025/NĐ-CP',
    links: [{ from: 'so-khdt', to: 'so-tai-chinh' }],
  },
  {
    kind: 'merge',
    effectiveOn: REFORM_DAY,
    legalBasis: 'Quyết định của Tỉnh ủy (chưa kiểm chứng)',
    links: [
      { from: 'ban-tuyen-giao', to: 'ban-tgdv' },
      { from: 'ban-dan-van', to: 'ban-tgdv' },
    ],
  },
  {
    kind: 'rename',
    effectiveOn: REFORM_DAY,
    legalBasis: 'Nghị định 45/2025/NĐ-CP (chưa kiểm chứng riêng cho Tuyên Quang)',
    newName: 'Sở Dân tộc và Tôn giáo',
    links: [{ from: 'ban-dan-toc', to: 'ban-dan-toc' }],
  },
  {
    kind: 'merge',
    effectiveOn: MERGER_DAY,
    legalBasis: 'Nghị quyết 202/2025/QH15',
    note: 'Hợp nhất tỉnh Hà Giang vào tỉnh Tuyên Quang',
    links: [{ from: 'ubnd-hg', to: 'ubnd-tq' }],
  },
  {
    kind: 'merge',
    effectiveOn: MERGER_DAY,
    legalBasis: 'Nghị quyết 202/2025/QH15',
    links: [{ from: 'so-vhttdl-hg', to: 'so-vhttdl' }],
  },
  {
    kind: 'merge',
    effectiveOn: MERGER_DAY,
    legalBasis: 'Nghị quyết 202/2025/QH15',
    links: [{ from: 'so-ngoai-vu-hg', to: 'so-ngoai-vu' }],
  },
  {
    kind: 'merge',
    effectiveOn: MERGER_DAY,
    legalBasis: 'Sắp xếp cơ quan báo chí 2025 (tên chính thức chưa kiểm chứng)',
    links: [
      { from: 'dai-ptth', to: 'bao-tq' },
      { from: 'bao-hg', to: 'bao-tq' },
      { from: 'dai-hg', to: 'bao-tq' },
    ],
  },
  {
    kind: 'rename',
    effectiveOn: MERGER_DAY,
    legalBasis: 'Sắp xếp cơ quan báo chí 2025 (chưa kiểm chứng)',
    newName: 'Báo và Phát thanh, Truyền hình Tuyên Quang',
    links: [{ from: 'bao-tq', to: 'bao-tq' }],
  },
  ...[...districts, ...hgDistricts].map(
    (d): DemoEvent => ({
      kind: 'dissolve',
      effectiveOn: MERGER_DAY,
      legalBasis: 'Nghị quyết 1684/NQ-UBTVQH15; Luật Tổ chức chính quyền địa phương 2025',
      note: 'Kết thúc cấp huyện; nhiệm vụ chuyển cho UBND các xã, phường',
      links: communes
        .filter((_, i) => DEMO_COMMUNES[i]!.fromDistrict === d.key)
        .map((c) => ({ from: d.key, to: c.key })),
    }),
  ),
];
