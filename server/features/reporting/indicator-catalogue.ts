import { asc, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { indicators } from '../../db/schema/reporting.js';
import { AppError } from '../../http/app-error.js';

const LANGUAGES = ['vi', 'en', 'zh', 'tay', 'dao', 'hmn'];
const CHANNELS = ['print', 'online', 'radio', 'tv', 'portal', 'social'];

/** Labels of breakdown keys, for forms and the consolidated table. */
export const BREAKDOWN_LABELS: Record<string, string> = {
  '': 'Tổng số', vi: 'Tiếng Việt', en: 'Tiếng Anh', zh: 'Tiếng Trung', tay: 'Tiếng Tày', dao: 'Tiếng Dao', hmn: 'Tiếng Mông',
  print: 'Báo in', online: 'Báo điện tử', radio: 'Phát thanh', tv: 'Truyền hình', portal: 'Cổng/Trang thông tin điện tử', social: 'Mạng xã hội',
  periodic: 'Định kỳ', 'ad-hoc': 'Đột xuất',
};

type CatalogueEntry = Omit<typeof indicators.$inferInsert, 'id' | 'position'>;

/**
 * Default foreign-information indicators (domain-facts §7.3: synthesised, so configurable data, not
 * law). Maxima are "no agency of a province reports more in a year" bounds that catch typing slips.
 */
export const INDICATOR_CATALOGUE: CatalogueEntry[] = [
  { code: 'DIR_DOCS', name: 'Văn bản chỉ đạo, hướng dẫn về thông tin đối ngoại ban hành', unit: 'văn bản', groupName: 'I. Chỉ đạo, điều hành', maxValue: 500 },
  { code: 'NEWS_BY_CHANNEL', name: 'Tin, bài thông tin đối ngoại đăng, phát theo loại hình', unit: 'tin, bài', groupName: 'II. Báo chí, truyền thông', breakdown: { dimension: 'channel', keys: CHANNELS }, maxValue: 50_000 },
  { code: 'NEWS_BY_LANGUAGE', name: 'Tin, bài thông tin đối ngoại theo ngôn ngữ', unit: 'tin, bài', groupName: 'II. Báo chí, truyền thông', breakdown: { dimension: 'language', keys: LANGUAGES }, maxValue: 50_000 },
  { code: 'BROADCAST_PROGRAMMES', name: 'Chương trình phát thanh, truyền hình thông tin đối ngoại (kể cả tiếng dân tộc)', unit: 'chương trình', groupName: 'II. Báo chí, truyền thông', breakdown: { dimension: 'language', keys: LANGUAGES }, maxValue: 10_000 },
  { code: 'COLUMNS', name: 'Chuyên trang, chuyên mục thông tin đối ngoại duy trì', unit: 'chuyên mục', groupName: 'II. Báo chí, truyền thông', maxValue: 200 },
  { code: 'PRESS_CONFERENCES', name: 'Họp báo, cung cấp thông tin cho báo chí', unit: 'cuộc', groupName: 'III. Quan hệ báo chí', breakdown: { dimension: 'kind', keys: ['periodic', 'ad-hoc'] }, maxValue: 200 },
  { code: 'PRESS_RELEASES', name: 'Thông cáo báo chí phát hành', unit: 'thông cáo', groupName: 'III. Quan hệ báo chí', maxValue: 1_000 },
  { code: 'FOREIGN_REPORTERS', name: 'Phóng viên nước ngoài được đón tiếp, hướng dẫn hoạt động', unit: 'lượt người', groupName: 'III. Quan hệ báo chí', maxValue: 2_000 },
  { code: 'FOREIGN_DELEGATIONS', name: 'Đoàn khách nước ngoài được đón tiếp', unit: 'đoàn', groupName: 'IV. Đối ngoại', maxValue: 1_000 },
  { code: 'PUBLICATIONS', name: 'Ấn phẩm thông tin đối ngoại xuất bản', unit: 'ấn phẩm', groupName: 'V. Ấn phẩm, sự kiện', breakdown: { dimension: 'language', keys: LANGUAGES }, maxValue: 1_000 },
  { code: 'PUBLICATION_COPIES', name: 'Số bản ấn phẩm thông tin đối ngoại', unit: 'bản', groupName: 'V. Ấn phẩm, sự kiện', breakdown: { dimension: 'language', keys: LANGUAGES }, maxValue: 5_000_000 },
  { code: 'EVENTS', name: 'Sự kiện, hoạt động có nội dung thông tin đối ngoại', unit: 'sự kiện', groupName: 'V. Ấn phẩm, sự kiện', maxValue: 1_000 },
  { code: 'TRAINING_PARTICIPANTS', name: 'Lượt người được bồi dưỡng, tập huấn về thông tin đối ngoại', unit: 'lượt người', groupName: 'V. Ấn phẩm, sự kiện', maxValue: 100_000 },
  { code: 'CONTEST_ENTRIES', name: 'Tác phẩm dự thi (Happy Vietnam, Giải thưởng toàn quốc về TTĐN)', unit: 'tác phẩm', groupName: 'V. Ấn phẩm, sự kiện', maxValue: 5_000 },
  { code: 'FALSE_INFO_REBUTTED', name: 'Tin, bài đấu tranh, phản bác thông tin sai trái, xuyên tạc', unit: 'tin, bài', groupName: 'VI. Đấu tranh phản bác', maxValue: 20_000 },
  { code: 'SOVEREIGNTY_CASES', name: 'Vụ việc sản phẩm thể hiện sai chủ quyền, biên giới được phát hiện, xử lý', unit: 'vụ', groupName: 'VI. Đấu tranh phản bác', maxValue: 1_000 },
  { code: 'BUDGET_SPENT', name: 'Kinh phí thực hiện công tác thông tin đối ngoại', unit: 'triệu đồng', groupName: 'VII. Kinh phí', isInteger: false, maxValue: 100_000 },
];

/** Every catalogue code, the default indicator set of a result-report regime. */
export const DEFAULT_INDICATOR_CODES = INDICATOR_CATALOGUE.map((i) => i.code);

/** Inserts the catalogue entries that are missing; existing rows (maybe edited by an admin) are kept. */
export async function seedIndicators(tx: Tx | Db): Promise<void> {
  await tx
    .insert(indicators)
    .values(INDICATOR_CATALOGUE.map((entry, position) => ({ ...entry, position })))
    .onConflictDoNothing({ target: indicators.code });
}

/** The catalogue rows for some codes (all when omitted), in display order. */
export async function loadIndicators(tx: Tx | Db, codes?: string[]) {
  return tx.select().from(indicators).where(codes ? inArray(indicators.code, codes.length ? codes : ['']) : undefined).orderBy(asc(indicators.position));
}

export type IndicatorRow = typeof indicators.$inferSelect;
/** One figure as an agency enters it. */
export type IndicatorValueInput = { code: string; breakdownKey?: string; value: number };

/**
 * Checks each figure against its indicator (allowed in this regime, known breakdown key, a finite
 * number, not negative, whole where countable, under the sane maximum) and throws VALIDATION_FAILED
 * naming every bad one, in Vietnamese and English.
 */
export function validateIndicatorValues(rows: IndicatorRow[], allowedCodes: string[], values: IndicatorValueInput[]): Array<{ indicatorId: number; breakdownKey: string; value: number }> {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const problems: Array<{ code: string; breakdownKey: string; message: string }> = [];
  const seen = new Set<string>();
  const result: Array<{ indicatorId: number; breakdownKey: string; value: number }> = [];
  for (const v of values) {
    const key = v.breakdownKey ?? '';
    const row = byCode.get(v.code);
    const fail = (message: string) => problems.push({ code: v.code, breakdownKey: key, message });
    if (!row || !allowedCodes.includes(v.code)) { fail(`Chỉ tiêu “${v.code}” không thuộc kỳ báo cáo này / Indicator ${v.code} is not part of this report`); continue; }
    const label = `“${row.name}”${key ? ` (${BREAKDOWN_LABELS[key] ?? key})` : ''}`;
    if (key !== '' && !(row.breakdown?.keys ?? []).includes(key)) { fail(`${label}: phân tổ “${key}” không hợp lệ / unknown breakdown ${key}`); continue; }
    if (seen.has(`${v.code}|${key}`)) { fail(`${label}: nhập trùng / entered twice`); continue; }
    seen.add(`${v.code}|${key}`);
    if (typeof v.value !== 'number' || !Number.isFinite(v.value)) fail(`${label}: phải là một số / must be a number`);
    else if (v.value < row.minValue) fail(`${label}: không được âm (${v.value}) / must not be negative`);
    else if (row.isInteger && !Number.isInteger(v.value)) fail(`${label}: phải là số nguyên (${row.unit}) / must be a whole number of ${row.unit}`);
    else if (row.maxValue !== null && v.value > row.maxValue) fail(`${label}: ${v.value} ${row.unit} vượt mức hợp lý ${row.maxValue} / ${v.value} exceeds the plausible maximum ${row.maxValue}`);
    else result.push({ indicatorId: row.id, breakdownKey: key, value: v.value });
  }
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', problems.map((p) => p.message).join('; '), { indicators: problems });
  }
  return result;
}
