/**
 * One renderer for every administrative document the system issues (plans, reports, reminder
 * letters): content in, DOCX bytes out, laid out per NĐ 30/2020/NĐ-CP Phụ lục I.
 */

import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { bodyBlocks, CELL_SIZES, cellStyleId, STYLE } from './body-blocks.js';
import { closingBlock } from './closing-block.js';
import { headerBlock } from './header-block.js';
import { BODY_LINE, FIRST_LINE_INDENT, FONT, PAGE, PARAGRAPH_AFTER, pt, SIZE } from './layout.js';
import { OfficialDocument, type OfficialDocumentData } from './official-document.js';

/** Renders an official document to DOCX; throws a ZodError on malformed input. */
export async function renderOfficialDocx(input: OfficialDocument): Promise<Buffer> {
  const doc = OfficialDocument.parse(input);
  return Packer.toBuffer(buildDocument(doc));
}

/** The docx object model of a validated document (exposed for callers that pack it themselves). */
export function buildDocument(doc: OfficialDocumentData): Document {
  return new Document({
    creator: doc.issuer.nameLines.join(' '),
    title: doc.form === 'typed' ? `${doc.typeName} ${doc.subject}` : `V/v ${doc.subject}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body * 2 },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: [
        {
          id: STYLE.body,
          name: 'Đoạn văn bản',
          basedOn: 'Normal',
          run: { font: FONT, size: SIZE.body * 2 },
          paragraph: {
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: FIRST_LINE_INDENT },
            spacing: { before: 0, after: PARAGRAPH_AFTER, line: BODY_LINE, lineRule: LineRuleType.AUTO },
          },
        },
        {
          id: STYLE.flush,
          name: 'Đoạn không thụt dòng',
          basedOn: STYLE.body,
          paragraph: { indent: { firstLine: 0 } },
        },
        ...CELL_SIZES.map((size) => ({
          id: cellStyleId(size),
          name: `Chữ trong bảng ${size}`,
          basedOn: 'Normal',
          run: { font: FONT, size: size * 2 },
          paragraph: { spacing: { before: pt(2), after: pt(2), line: 240, lineRule: LineRuleType.AUTO } },
        })),
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        headers: {
          // NĐ 30: page numbers centred in the top margin, not shown on the first page.
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.pageNumber * 2 })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [...headerBlock(doc), ...bodyBlocks(doc.body), ...closingBlock(doc)],
      },
    ],
  });
}
