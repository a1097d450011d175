/**
 * Page geometry, sizes and small paragraph builders shared by the parts of an NĐ 30/2020 document.
 * Sizes are in points unless a name says otherwise; docx wants half-points for fonts and twips
 * (1/20 pt) for lengths.
 */

import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, type IRunOptions } from 'docx';

/** Millimetres to twips, rounded (docx's convertMillimetersToTwip truncates: 210 mm → 11905). */
export function mm(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4);
}

/** Points to twips. */
export function pt(points: number): number {
  return Math.round(points * 20);
}

export const FONT = 'Times New Roman';

/** A4 portrait with the NĐ 30 margins chosen for the province (top/bottom 20, left 30, right 15 mm). */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  marginTop: mm(20),
  marginBottom: mm(20),
  marginLeft: mm(30),
  marginRight: mm(15),
  /** Distance of the page-number header from the top edge: inside the top margin. */
  header: mm(10),
  footer: mm(10),
} as const;

/** Width available for text: 165 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

/** Header table columns: issuer block left, national motto right (65 + 100 mm = text width). */
export const HEADER_COLUMNS = [mm(65), TEXT_WIDTH - mm(65)] as const;

/** Font sizes in points, per NĐ 30/2020 Phụ lục I (domain-facts §3.2). */
export const SIZE = {
  body: 14,
  agency: 13,
  number: 13,
  nationalTitle: 12,
  motto: 13,
  placeDate: 14,
  typeName: 14,
  subject: 14,
  congVanSubject: 12,
  signature: 14,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 13,
} as const;

/** First-line indent of body paragraphs: 1.27 cm. */
export const FIRST_LINE_INDENT = mm(12.7);
/** Space after body paragraphs (NĐ 30: at least 6 pt). */
export const PARAGRAPH_AFTER = pt(6);
/** Body line spacing as a multiple of single (240 = single). */
export const BODY_LINE = 264;

/** Single line spacing, stated with its rule: LibreOffice reads a bare w:line="240" as exactly 12 pt. */
export const SINGLE = { line: 240, lineRule: LineRuleType.AUTO } as const;

/** A text run in the document font at a size in points. */
export function run(text: string, sizePt: number, options: Omit<IRunOptions, 'text' | 'size'> = {}): TextRun {
  return new TextRun({ text, size: Math.round(sizePt * 2), font: FONT, ...options });
}

/** A centred single-line paragraph with no spacing, as used in the header and signature blocks. */
export function centredLine(
  text: string,
  sizePt: number,
  style: { bold?: boolean; italics?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, ...SINGLE },
    children: [run(text, sizePt, style)],
  });
}

/**
 * A short solid rule centred under a line of text: an empty paragraph whose top border spans the
 * width left between symmetric indents. Word has no "line as long as the text", so the caller
 * passes the length; NĐ 30 wants 1/3–1/2 of the agency name and the full motto width.
 */
export function centredRule(lengthMm: number, columnWidthTwips: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidthTwips - mm(lengthMm)) / 2));
  return new Paragraph({
    spacing: { before: pt(1), after: pt(4), ...SINGLE },
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', 4)],
  });
}

/** An empty paragraph of a given height in points, for vertical space (signature room). */
export function spacer(heightPt: number): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: pt(heightPt), lineRule: LineRuleType.EXACT },
    children: [run('', 2)],
  });
}

/**
 * Approximate printed width of Times New Roman text in mm, used to size rules under headers.
 * Average advance ≈ 0.5 em lower-case, 0.68 em capitals, bold +6 %.
 */
export function textWidthMm(text: string, sizePt: number, bold: boolean): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    if (ch === ' ') em += 0.25;
    else if (ch.toUpperCase() === ch && ch.toLowerCase() !== ch) em += 0.68;
    else em += 0.48;
  }
  return em * sizePt * (bold ? 1.06 : 1) * (25.4 / 72);
}
