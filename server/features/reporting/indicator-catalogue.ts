import { asc, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { indicators } from '../../db/schema/reporting.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { authorize } from '../../policies/policy.js';
import { type FigureProblem, type FigureRefusal, figureProblem } from '../../../common/reporting/figures.js';

const LANGUAGES = ['vi', 'en', 'zh', 'tay', 'dao', 'hmn'];
const CHANNELS = ['print', 'online', 'radio', 'tv', 'portal', 'social'];

/** Labels of breakdown keys, for forms and the consolidated table. */
export const BREAKDOWN_LABELS: Record<string, string> = {
  '': 'Tổng số',
  vi: 'Tiếng Việt',
  en: 'Tiếng Anh',
  zh: 'Tiếng Trung',
  tay: 'Tiếng Tày',
  dao: 'Tiếng Dao',
  hmn: 'Tiếng Mông',
  print: 'Báo in',
  online: 'Báo điện tử',
  radio: 'Phát thanh',
  tv: 'Truyền hình',
  portal: 'Cổng/Trang thông tin điện tử',
  social: 'Mạng xã hội',
  periodic: 'Định kỳ',
  'ad-hoc': 'Đột xuất',
};

type CatalogueEntry = Omit<typeof indicators.$inferInsert, 'id' | 'position'>;

/**
 * Default foreign-information indicators (domain-facts §7.3: synthesised, so configurable data, not
 * law). Maxima are "no agency of a province reports more in a year" bounds that catch typing slips.
 */
export const INDICATOR_CATALOGUE: CatalogueEntry[] = [
  {
    code: 'DIR_DOCS',
    name: 'Văn bản chỉ đạo, hướng dẫn về thông tin đối ngoại ban hành',
    unit: 'văn bản',
    groupName: 'I. Chỉ đạo, điều hành',
    nameEn: 'Directives and guidance on foreign information issued',
    unitEn: 'documents',
    groupNameEn: 'I. Direction and management',
    maxValue: 500,
  },
  {
    code: 'NEWS_BY_CHANNEL',
    name: 'Tin, bài thông tin đối ngoại đăng, phát theo loại hình',
    unit: 'tin, bài',
    groupName: 'II. Báo chí, truyền thông',
    nameEn: 'Foreign-information news items and articles published or broadcast, by medium',
    unitEn: 'items',
    groupNameEn: 'II. Press and media',
    breakdown: { dimension: 'channel', keys: CHANNELS },
    maxValue: 50_000,
  },
  {
    code: 'NEWS_BY_LANGUAGE',
    name: 'Tin, bài thông tin đối ngoại theo ngôn ngữ',
    unit: 'tin, bài',
    groupName: 'II. Báo chí, truyền thông',
    nameEn: 'Foreign-information news items and articles, by language',
    unitEn: 'items',
    groupNameEn: 'II. Press and media',
    breakdown: { dimension: 'language', keys: LANGUAGES },
    maxValue: 50_000,
  },
  {
    code: 'BROADCAST_PROGRAMMES',
    name: 'Chương trình phát thanh, truyền hình thông tin đối ngoại (kể cả tiếng dân tộc)',
    unit: 'chương trình',
    groupName: 'II. Báo chí, truyền thông',
    nameEn: 'Foreign-information radio and television programmes (ethnic languages included)',
    unitEn: 'programmes',
    groupNameEn: 'II. Press and media',
    breakdown: { dimension: 'language', keys: LANGUAGES },
    maxValue: 10_000,
  },
  {
    code: 'COLUMNS',
    name: 'Chuyên trang, chuyên mục thông tin đối ngoại duy trì',
    unit: 'chuyên mục',
    groupName: 'II. Báo chí, truyền thông',
    nameEn: 'Foreign-information pages and columns maintained',
    unitEn: 'columns',
    groupNameEn: 'II. Press and media',
    maxValue: 200,
  },
  {
    code: 'PRESS_CONFERENCES',
    name: 'Họp báo, cung cấp thông tin cho báo chí',
    unit: 'cuộc',
    groupName: 'III. Quan hệ báo chí',
    nameEn: 'Press conferences and briefings for the press',
    unitEn: 'events',
    groupNameEn: 'III. Press relations',
    breakdown: { dimension: 'kind', keys: ['periodic', 'ad-hoc'] },
    maxValue: 200,
  },
  {
    code: 'PRESS_RELEASES',
    name: 'Thông cáo báo chí phát hành',
    unit: 'thông cáo',
    groupName: 'III. Quan hệ báo chí',
    nameEn: 'Press releases issued',
    unitEn: 'releases',
    groupNameEn: 'III. Press relations',
    maxValue: 1_000,
  },
  {
    code: 'FOREIGN_REPORTERS',
    name: 'Phóng viên nước ngoài được đón tiếp, hướng dẫn hoạt động',
    unit: 'lượt người',
    groupName: 'III. Quan hệ báo chí',
    nameEn: 'Foreign reporters received and accompanied',
    unitEn: 'visits',
    groupNameEn: 'III. Press relations',
    maxValue: 2_000,
  },
  {
    code: 'FOREIGN_DELEGATIONS',
    name: 'Đoàn khách nước ngoài được đón tiếp',
    unit: 'đoàn',
    groupName: 'IV. Đối ngoại',
    nameEn: 'Foreign delegations received',
    unitEn: 'delegations',
    groupNameEn: 'IV. External relations',
    maxValue: 1_000,
  },
  {
    code: 'PUBLICATIONS',
    name: 'Ấn phẩm thông tin đối ngoại xuất bản',
    unit: 'ấn phẩm',
    groupName: 'V. Ấn phẩm, sự kiện',
    nameEn: 'Foreign-information publications produced',
    unitEn: 'titles',
    groupNameEn: 'V. Publications and events',
    breakdown: { dimension: 'language', keys: LANGUAGES },
    maxValue: 1_000,
  },
  {
    code: 'PUBLICATION_COPIES',
    name: 'Số bản ấn phẩm thông tin đối ngoại',
    unit: 'bản',
    groupName: 'V. Ấn phẩm, sự kiện',
    nameEn: 'Copies of foreign-information publications',
    unitEn: 'copies',
    groupNameEn: 'V. Publications and events',
    breakdown: { dimension: 'language', keys: LANGUAGES },
    maxValue: 5_000_000,
  },
  {
    code: 'EVENTS',
    name: 'Sự kiện, hoạt động có nội dung thông tin đối ngoại',
    unit: 'sự kiện',
    groupName: 'V. Ấn phẩm, sự kiện',
    nameEn: 'Events and activities with foreign-information content',
    unitEn: 'events',
    groupNameEn: 'V. Publications and events',
    maxValue: 1_000,
  },
  {
    code: 'TRAINING_PARTICIPANTS',
    name: 'Lượt người được bồi dưỡng, tập huấn về thông tin đối ngoại',
    unit: 'lượt người',
    groupName: 'V. Ấn phẩm, sự kiện',
    nameEn: 'Participants trained in foreign-information work',
    unitEn: 'participants',
    groupNameEn: 'V. Publications and events',
    maxValue: 100_000,
  },
  {
    code: 'CONTEST_ENTRIES',
    name: 'Tác phẩm dự thi (Happy Vietnam, Giải thưởng toàn quốc về TTĐN)',
    unit: 'tác phẩm',
    groupName: 'V. Ấn phẩm, sự kiện',
    nameEn: 'Contest entries (Happy Vietnam, National Award for Foreign Information)',
    unitEn: 'entries',
    groupNameEn: 'V. Publications and events',
    maxValue: 5_000,
  },
  {
    code: 'FALSE_INFO_REBUTTED',
    name: 'Tin, bài đấu tranh, phản bác thông tin sai trái, xuyên tạc',
    unit: 'tin, bài',
    groupName: 'VI. Đấu tranh phản bác',
    nameEn: 'News items and articles rebutting false or distorted information',
    unitEn: 'items',
    groupNameEn: 'VI. Countering false information',
    maxValue: 20_000,
  },
  {
    code: 'SOVEREIGNTY_CASES',
    name: 'Vụ việc sản phẩm thể hiện sai chủ quyền, biên giới được phát hiện, xử lý',
    unit: 'vụ',
    groupName: 'VI. Đấu tranh phản bác',
    nameEn: 'Products misrepresenting sovereignty or borders detected and handled',
    unitEn: 'cases',
    groupNameEn: 'VI. Countering false information',
    maxValue: 1_000,
  },
  {
    code: 'BUDGET_SPENT',
    name: 'Kinh phí thực hiện công tác thông tin đối ngoại',
    unit: 'triệu đồng',
    groupName: 'VII. Kinh phí',
    nameEn: 'Spending on foreign-information work',
    unitEn: 'million VND',
    groupNameEn: 'VII. Funding',
    isInteger: false,
    maxValue: 100_000,
  },
];

/** Every catalogue code, the default indicator set of a result-report regime. */
export const DEFAULT_INDICATOR_CODES = INDICATOR_CATALOGUE.map((i) => i.code);

/** Inserts the catalogue entries that are missing; existing rows (maybe edited by an admin) are kept. */
export async function seedIndicators(tx: Tx | Db): Promise<void> {
  await tx
    .insert(indicators)
    .values(INDICATOR_CATALOGUE.map((entry, position) => ({ ...entry, position })))
    .onConflictDoNothing({ target: [indicators.provinceId, indicators.code] });
}

/** The catalogue rows for some codes (all when omitted), in display order. */
export async function loadIndicators(tx: Tx | Db, codes?: string[]) {
  return tx
    .select()
    .from(indicators)
    .where(codes ? inArray(indicators.code, codes.length ? codes : ['']) : undefined)
    .orderBy(asc(indicators.position));
}

/** The whole catalogue, for any reader of reports. */
export async function listIndicatorCatalogue(ctx: RequestContext) {
  authorize(ctx.actor, 'report.read');
  return loadIndicators(ctx.db);
}

export type IndicatorRow = typeof indicators.$inferSelect;
/** One figure as an agency enters it. */
export type IndicatorValueInput = { code: string; breakdownKey?: string; value: number };

/**
 * Checks each figure against its indicator (allowed in this regime, known breakdown key, a finite
 * number, not negative, whole where countable, under the sane maximum) and throws INDICATOR_INVALID
 * naming every bad one (details: one FigureRefusal per figure).
 */
export function validateIndicatorValues(
  rows: IndicatorRow[],
  allowedCodes: string[],
  values: IndicatorValueInput[],
): Array<{ indicatorId: number; breakdownKey: string; value: number }> {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const refusals: FigureRefusal[] = [];
  const seen = new Set<string>();
  const result: Array<{ indicatorId: number; breakdownKey: string; value: number }> = [];
  for (const v of values) {
    const key = v.breakdownKey ?? '';
    const row = byCode.get(v.code);
    const refuse = (problem: FigureProblem) =>
      refusals.push({
        code: v.code,
        name: row?.name ?? v.code,
        breakdownKey: key,
        problem,
        unit: row?.unit ?? '',
        ...(problem === 'tooLarge' && row?.maxValue != null ? { max: row.maxValue } : {}),
      });
    if (!row || !allowedCodes.includes(v.code)) refuse('notInReport');
    else if (key !== '' && !(row.breakdown?.keys ?? []).includes(key)) refuse('unknownBreakdown');
    else if (seen.has(`${v.code}|${key}`)) refuse('duplicate');
    else {
      seen.add(`${v.code}|${key}`);
      const problem = figureProblem(v.value, row);
      if (problem) refuse(problem);
      else result.push({ indicatorId: row.id, breakdownKey: key, value: v.value });
    }
  }
  if (refusals.length) {
    const names = [...new Set(refusals.map((r) => `“${r.name}”`))].join(', ');
    throw new AppError('INDICATOR_INVALID', { count: refusals.length, names }).with({ indicators: refusals });
  }
  return result;
}
