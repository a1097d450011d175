/**
 * The national consolidated report of a period (NĐ 30/2020, Mẫu 1.4, through the shared renderer):
 * issued by the ministry, it tells which provinces reported (and on time), the indicators summed
 * nationally with a table by province, and the provinces' proposals. The XLSX holds the same tables.
 */
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { DOCX_TYPE, XLSX_TYPE } from '../../../common/contracts/endpoint.js';
import type { MinistryOverview, UpwardFigures, UpwardPeriodKind } from '../../../common/contracts/upward.js';
import { isoParts } from '../../../common/calendar/iso-date.js';
import type { RequestContext } from '../../context.js';
import type { BodyBlock, OfficialDocument } from '../../documents/official-docx/index.js';
import { renderOfficialDocx } from '../../documents/official-docx/index.js';
import { provinces } from '../../db/schema/tenancy.js';
import { upwardReports } from '../../db/schema/upward.js';
import { getMinistryOverview } from './ministry.queries.js';

const STATUS_TEXT = {
  submitted: 'Đã gửi, chờ tiếp nhận',
  returned: 'Bộ trả lại',
  accepted: 'Bộ đã tiếp nhận',
} as const;

/** "6 tháng đầu năm 2025" / "năm 2025". */
export function nationalPeriodPhrase(kind: UpwardPeriodKind, year: number): string {
  return kind === 'annual' ? `năm ${year}` : `6 tháng đầu năm ${year}`;
}

const number = (value: number) => new Intl.NumberFormat('vi-VN').format(value);
const dmy = (iso: string) => {
  const { year, month, day } = isoParts(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
};

/** The national report as an official document of the ministry. */
export function nationalReportDocument(o: NationalData, ministryName: string): OfficialDocument {
  const phrase = nationalPeriodPhrase(o.kind, o.year);
  const received = o.provinces.filter((p) => p.upward);
  const missing = o.provinces.filter((p) => !p.upward);
  const body: BodyBlock[] = [
    {
      type: 'paragraph',
      content: `Thực hiện chế độ báo cáo định kỳ về công tác thông tin đối ngoại, ${ministryName} tổng hợp kết quả công tác thông tin đối ngoại ${phrase} của các tỉnh, thành phố trực thuộc Trung ương như sau:`,
    },
    { type: 'heading', level: 1, text: 'I. TÌNH HÌNH GỬI BÁO CÁO' },
    {
      type: 'paragraph',
      content: `Đã nhận báo cáo của ${o.totals.received}/${o.totals.provinces} tỉnh, thành phố (${o.totals.onTime} gửi đúng hạn); Bộ đã tiếp nhận ${o.totals.accepted} báo cáo.${missing.length > 0 ? ` Chưa gửi báo cáo: ${missing.map((p) => p.name).join(', ')}.` : ''}`,
    },
    {
      type: 'table',
      title: 'Bảng 1. Tình hình báo cáo của các tỉnh, thành phố',
      columns: [
        { header: 'TT', weight: 0.5, align: 'center' },
        { header: 'Tỉnh, thành phố', weight: 2.2 },
        { header: 'Cơ quan gửi báo cáo / phải gửi', weight: 1.4, align: 'center' },
        { header: 'Tỉ lệ đúng hạn (%)', weight: 1.1, align: 'right' },
        { header: 'Gửi Bộ', weight: 1.8 },
      ],
      rows: o.provinces.map((p, i) => [
        String(i + 1),
        p.mergedNames.length > 0 ? `${p.name} (gồm ${p.mergedNames.join(', ')})` : p.name,
        `${p.submitted}/${p.expected}`,
        p.onTimeRate === null ? '—' : String(p.onTimeRate).replace('.', ','),
        p.upward ? `${STATUS_TEXT[p.upward.status]}${p.upward.onTime ? '' : ' (muộn)'}` : 'Chưa gửi',
      ]),
    },
    { type: 'heading', level: 1, text: 'II. KẾT QUẢ CHỦ YẾU' },
  ];
  if (o.indicators.length === 0) {
    body.push({ type: 'paragraph', content: 'Chưa có số liệu chỉ tiêu của các tỉnh, thành phố trong kỳ.' });
  } else {
    body.push({
      type: 'bullets',
      items: o.indicators.map(
        (i) => `${i.name}: ${number(i.total)} ${i.unit} (${i.byProvince.length} tỉnh, thành phố báo cáo).`,
      ),
    });
    body.push({
      type: 'table',
      title: 'Bảng 2. Chỉ tiêu theo tỉnh, thành phố',
      columns: [
        { header: 'Chỉ tiêu', weight: 2.6 },
        ...received.map((p) => ({ header: p.name, weight: 1, align: 'right' as const })),
        { header: 'Toàn quốc', weight: 1, align: 'right' },
      ],
      rows: o.indicators.map((i) => [
        `${i.name} (${i.unit})`,
        ...received.map((p) => {
          const v = i.byProvince.find((b) => b.provinceId === p.provinceId);
          return v ? number(v.value) : '—';
        }),
        number(i.total),
      ]),
      fontSize: received.length > 4 ? 10 : 12,
    });
  }
  body.push({ type: 'heading', level: 1, text: 'III. ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC ĐỊA PHƯƠNG' });
  const withProposals = o.provinces.filter((p) => p.upward && p.proposals.trim() !== '');
  if (withProposals.length === 0) body.push({ type: 'paragraph', content: 'Các địa phương không có kiến nghị.' });
  for (const p of withProposals) body.push({ type: 'paragraph', content: `${p.name}: ${p.proposals.trim()}` });
  return {
    form: 'typed',
    issuer: { parent: null, nameLines: [ministryName.toUpperCase()] },
    number: null,
    symbol: 'BC-BVHTTDL',
    place: 'Hà Nội',
    date: null,
    year: o.year,
    typeName: 'BÁO CÁO',
    subject: `Tổng hợp kết quả công tác thông tin đối ngoại ${phrase} của các địa phương`,
    body,
    signature: { authority: ['KT. BỘ TRƯỞNG'], title: 'THỨ TRƯỞNG', name: null },
    recipients: ['Thủ tướng Chính phủ (để báo cáo)', 'Văn phòng Chính phủ', 'UBND các tỉnh, thành phố', 'Lãnh đạo Bộ'],
    archive: 'VT, TTCS',
  };
}

/** The overview plus each province's proposals, as the national report prints them. */
export type NationalData = Omit<MinistryOverview, 'abilities' | 'provinces'> & {
  provinces: Array<MinistryOverview['provinces'][number] & { proposals: string }>;
};

/** Renders the national report's tables as a workbook: provinces, then indicators by province. */
export async function renderNationalXlsx(o: NationalData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.title = `Tổng hợp toàn quốc ${nationalPeriodPhrase(o.kind, o.year)}`;
  const provincesSheet = wb.addWorksheet('Các tỉnh, thành phố');
  provincesSheet.columns = [
    { header: 'Tỉnh, thành phố', width: 30 },
    { header: 'Kế hoạch', width: 50 },
    { header: 'Cơ quan phải gửi', width: 16 },
    { header: 'Đã gửi', width: 10 },
    { header: 'Đúng hạn', width: 10 },
    { header: 'Tỉ lệ gửi (%)', width: 12 },
    { header: 'Tỉ lệ đúng hạn (%)', width: 16 },
    { header: 'Gửi Bộ', width: 24 },
    { header: 'Ngày gửi Bộ', width: 14 },
    { header: 'Hạn của Bộ', width: 14 },
  ];
  for (const p of o.provinces) {
    provincesSheet.addRow([
      p.name,
      p.planTitles.join('; '),
      p.expected,
      p.submitted,
      p.onTime,
      p.submittedRate,
      p.onTimeRate,
      p.upward ? STATUS_TEXT[p.upward.status] : 'Chưa gửi',
      p.upward ? dmy(new Date(p.upward.submittedAt).toISOString().slice(0, 10)) : null,
      p.upward ? dmy(p.upward.ministryDueOn) : null,
    ]);
  }
  const indicatorSheet = wb.addWorksheet('Chỉ tiêu theo tỉnh');
  const received = o.provinces.filter((p) => p.upward);
  indicatorSheet.columns = [
    { header: 'Mã', width: 14 },
    { header: 'Chỉ tiêu', width: 50 },
    { header: 'Đơn vị', width: 12 },
    ...received.map((p) => ({ header: p.name, width: 14 })),
    { header: 'Toàn quốc', width: 14 },
  ];
  for (const i of o.indicators) {
    indicatorSheet.addRow([
      i.code,
      i.name,
      i.unit,
      ...received.map((p) => i.byProvince.find((b) => b.provinceId === p.provinceId)?.value ?? null),
      i.total,
    ]);
  }
  for (const ws of [provincesSheet, indicatorSheet]) ws.getRow(1).font = { bold: true };
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The national report of a period as DOCX or XLSX (ministry only). */
export async function exportNationalReport(
  ctx: RequestContext,
  year: number,
  kind: UpwardPeriodKind,
  format: 'docx' | 'xlsx',
) {
  const overview = await getMinistryOverview(ctx, year, kind);
  const data = await withProposals(ctx, overview);
  const ministry = await ministryName(ctx);
  const name = `Báo cáo tổng hợp toàn quốc ${nationalPeriodPhrase(kind, year)}`;
  return format === 'docx'
    ? {
        bytes: await renderOfficialDocx(nationalReportDocument(data, ministry)),
        filename: `${name}.docx`,
        contentType: DOCX_TYPE,
      }
    : { bytes: await renderNationalXlsx(data), filename: `${name}.xlsx`, contentType: XLSX_TYPE };
}

async function withProposals(ctx: RequestContext, o: Omit<MinistryOverview, 'abilities'>): Promise<NationalData> {
  const ids = o.provinces.flatMap((p) => (p.upward ? [p.upward.id] : []));
  const rows =
    ids.length === 0
      ? []
      : await ctx.db
          .select({ id: upwardReports.id, figures: upwardReports.figures })
          .from(upwardReports)
          .where(sql`${upwardReports.id} in ${ids}`);
  const proposals = new Map(rows.map((r) => [r.id, (r.figures as UpwardFigures).proposals]));
  return {
    ...o,
    provinces: o.provinces.map((p) => ({ ...p, proposals: p.upward ? (proposals.get(p.upward.id) ?? '') : '' })),
  };
}

/** The name of the ministry tenant the actor works in ("Bộ Văn hóa, Thể thao và Du lịch"). */
async function ministryName(ctx: RequestContext): Promise<string> {
  const [row] = await ctx.db
    .select({ name: provinces.name })
    .from(provinces)
    .where(sql`${provinces.id} = ttdn_province() and ${eq(provinces.kind, 'ministry')}`);
  return row?.name ?? 'Bộ Văn hóa, Thể thao và Du lịch';
}
