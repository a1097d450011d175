/**
 * The end of the document: "Nơi nhận" on the left and the signature block on the right, side by
 * side in a borderless table as in NĐ 30/2020 Mẫu 1.4/1.5.
 */

import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { centredLine, mm, pt, run, SINGLE, SIZE, spacer, TEXT_WIDTH } from './layout.js';
import type { OfficialDocumentData } from './official-document.js';

const LEFT = mm(75);
const RIGHT = TEXT_WIDTH - LEFT;
/** Room for the handwritten signature and the seal. */
const SIGNATURE_SPACE_PT = 72;

/** "- Sở A;" lines, the last being "- Lưu: VT, …." as NĐ 30 prescribes. */
export function recipientLines(recipients: readonly string[], archive: string): string[] {
  const clean = (s: string) =>
    s
      .trim()
      .replace(/^[-–]\s*/, '')
      .replace(/[;.,]+$/, '');
  return [...recipients.map((r) => `- ${clean(r)};`), `- Lưu: ${clean(archive)}.`];
}

/** Signature and recipients table, preceded by a little space after the body. */
export function closingBlock(doc: OfficialDocumentData): (Paragraph | Table)[] {
  const recipients = [
    new Paragraph({
      spacing: { before: 0, after: 0, ...SINGLE },
      children: [run('Nơi nhận:', SIZE.recipientsLabel, { bold: true, italics: true })],
    }),
    ...recipientLines(doc.recipients, doc.archive).map(
      (line) => new Paragraph({ spacing: { before: 0, after: 0, ...SINGLE }, children: [run(line, SIZE.recipients)] }),
    ),
  ];
  const sig = doc.signature;
  const signature = [
    ...sig.authority.map((line) => centredLine(line, SIZE.signature, { bold: true })),
    centredLine(sig.title, SIZE.signature, { bold: true }),
    spacer(SIGNATURE_SPACE_PT),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, ...SINGLE },
      children: [run(sig.name ?? '', SIZE.signature, { bold: true })],
    }),
  ];
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.TOP,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
    });
  return [
    new Paragraph({ spacing: { before: 0, after: pt(6) }, keepNext: true, children: [] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [LEFT, RIGHT],
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      rows: [new TableRow({ cantSplit: true, children: [cell(recipients, LEFT), cell(signature, RIGHT)] })],
    }),
  ];
}
