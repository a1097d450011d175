/**
 * The top of page 1 (NĐ 30/2020 Phụ lục I, Mẫu 1.4 and 1.5): the borderless two-column header
 * table (issuer and number on the left, national title, motto and place-date on the right), then the
 * type name and trích yếu of a typed document, or "Kính gửi" of a công văn.
 */

import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { isoParts } from '../../../common/calendar/iso-date.js';
import {
  centredLine,
  centredRule,
  FONT,
  HEADER_COLUMNS,
  mm,
  pt,
  run,
  SINGLE,
  SIZE,
  TEXT_WIDTH,
  textWidthMm,
} from './layout.js';
import type { OfficialDocumentData } from './official-document.js';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** Blank left for a date or number to be filled in by hand after signing. */
const HAND_BLANK = '      ';

/** "Số: 05/KH-UBND"; numbers below 10 get a leading zero, a missing number leaves a blank. */
export function formatNumberLine(num: number | string | null, symbol: string): string {
  const n = num === null ? `${HAND_BLANK}  ` : typeof num === 'string' ? num : String(num).padStart(2, '0');
  return `Số: ${n}/${symbol}`;
}

/**
 * "Tuyên Quang, ngày 05 tháng 01 năm 2026". NĐ 30 pads days below 10 and months 1 and 2 only
 * (so "tháng 1" cannot be turned into "tháng 11"); other months print bare: "tháng 3".
 */
export function formatPlaceDate(place: string, date: string | null, year: number): string {
  if (date === null) return `${place}, ngày${HAND_BLANK}tháng${HAND_BLANK}năm ${year}`;
  const { year: y, month, day } = isoParts(date);
  const mm2 = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${String(day).padStart(2, '0')} tháng ${mm2} năm ${y}`;
}

/** The header table and the title/addressee block that follows it. */
export function headerBlock(doc: OfficialDocumentData): (Paragraph | Table)[] {
  return [headerTable(doc), ...(doc.form === 'typed' ? typeTitle(doc) : addressees(doc))];
}

function headerTable(doc: OfficialDocumentData): Table {
  const [leftWidth, rightWidth] = HEADER_COLUMNS;
  const nameWidth = Math.max(...doc.issuer.nameLines.map((l) => textWidthMm(l, SIZE.agency, true)));
  const issuer: Paragraph[] = [
    ...(doc.issuer.parent ? [centredLine(doc.issuer.parent, SIZE.agency)] : []),
    ...doc.issuer.nameLines.map((line) => centredLine(line, SIZE.agency, { bold: true })),
    centredRule(clamp(nameWidth * 0.4, 15, 35), leftWidth),
  ];
  const national: Paragraph[] = [
    centredLine(NATIONAL_TITLE, SIZE.nationalTitle, { bold: true }),
    centredLine(NATIONAL_MOTTO, SIZE.motto, { bold: true }),
    centredRule(textWidthMm(NATIONAL_MOTTO, SIZE.motto, true), rightWidth),
  ];
  const numberCell: Paragraph[] = [centredLine(formatNumberLine(doc.number, doc.symbol), SIZE.number)];
  if (doc.form === 'cong-van') {
    numberCell.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: pt(3), after: 0, ...SINGLE },
        children: [run(`V/v ${doc.subject}`, SIZE.congVanSubject)],
      }),
    );
  }
  const dateCell = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, ...SINGLE },
      children: [run(formatPlaceDate(doc.place, doc.date, doc.year), SIZE.placeDate, { italics: true })],
    }),
  ];
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.TOP,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(issuer, leftWidth), cell(national, rightWidth)] }),
      new TableRow({ children: [cell(numberCell, leftWidth), cell(dateCell, rightWidth)] }),
    ],
  });
}

function typeTitle(doc: OfficialDocumentData): Paragraph[] {
  const subjectWidth = Math.min(textWidthMm(doc.subject, SIZE.subject, true), 150);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: pt(24), after: 0, ...SINGLE },
      keepNext: true,
      children: [run(doc.typeName ?? '', SIZE.typeName, { bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, ...SINGLE },
      keepNext: true,
      children: [run(doc.subject, SIZE.subject, { bold: true })],
    }),
    centredRule(clamp(subjectWidth / 3, 20, 50), TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: pt(6) }, children: [] }),
  ];
}

function addressees(doc: OfficialDocumentData): Paragraph[] {
  const list = doc.addressees;
  const top = new Paragraph({ spacing: { before: pt(12), after: 0 }, children: [] });
  if (list.length === 0) return [top];
  if (list.length === 1) {
    return [
      top,
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: pt(12) },
        children: [run(`Kính gửi: ${list[0]}.`, SIZE.body)],
      }),
    ];
  }
  // Several addressees: "Kính gửi:" hangs left of the first "- …;" line, the others align under it.
  const left = mm(55);
  const hanging = mm(25);
  return [
    top,
    ...list.map((name, i) => {
      const last = i === list.length - 1;
      const text = `- ${name}${last ? '.' : ';'}`;
      return new Paragraph({
        indent: i === 0 ? { left, hanging } : { left },
        spacing: { before: 0, after: last ? pt(12) : 0, ...SINGLE },
        children: [
          new TextRun({ font: FONT, size: SIZE.body * 2, children: i === 0 ? ['Kính gửi:', new Tab(), text] : [text] }),
        ],
      });
    }),
  ];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
