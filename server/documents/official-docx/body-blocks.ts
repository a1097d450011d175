/**
 * Body blocks → docx paragraphs and tables. Body paragraphs use the named styles declared in
 * render-official-docx.ts, so a 7,000-row document does not repeat the same properties per run.
 */

import {
  AlignmentType,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  BorderStyle,
} from 'docx';
import { pt, run, TEXT_WIDTH } from './layout.js';
import type { BodyBlock, InlineContent } from './official-document.js';

/** Style ids declared in the document's styles part. */
export const STYLE = { body: 'TtdnBody', flush: 'TtdnFlush', cell: 'TtdnCell12' } as const;

/** Table text sizes that have a paragraph style of their own (half-point sizes would need more). */
export const CELL_SIZES = [10, 11, 12, 13, 14] as const;

/** Style id of table text at a size in points (nearest declared size). */
export function cellStyleId(sizePt: number): string {
  const nearest = CELL_SIZES.reduce((a, b) => (Math.abs(b - sizePt) < Math.abs(a - sizePt) ? b : a));
  return `TtdnCell${nearest}`;
}

type BlockOut = Paragraph | Table;

/**
 * Renders body blocks in order. The last paragraph is kept with what follows, so the signature
 * never stands alone on the last page (NĐ 30 practice).
 */
export function bodyBlocks(blocks: readonly BodyBlock[]): BlockOut[] {
  return blocks.flatMap((b, i) => renderBlock(b, i === blocks.length - 1));
}

function renderBlock(block: BodyBlock, keepWithClosing: boolean): BlockOut[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          style: STYLE.body,
          keepNext: true,
          children: [new TextRun({ text: block.text, bold: true, italics: block.level === 3 })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          style: block.indent === false ? STYLE.flush : STYLE.body,
          keepNext: keepWithClosing || undefined,
          children: runs(block.content),
        }),
      ];
    case 'bullets': {
      const marker = block.marker ?? '-';
      return block.items.map(
        (item) => new Paragraph({ style: STYLE.body, children: runs(prefix(`${marker} `, item)) }),
      );
    }
    case 'table':
      return tableBlock(block);
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Text or emphasised runs, in the style's font and size. */
export function runs(content: InlineContent): TextRun[] {
  if (typeof content === 'string') return [new TextRun(content)];
  return content.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic }));
}

function prefix(p: string, content: InlineContent): InlineContent {
  return typeof content === 'string' ? p + content : [{ text: p }, ...content];
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const ALIGN = { left: undefined, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function tableBlock(block: Extract<BodyBlock, { type: 'table' }>): BlockOut[] {
  const weights = block.columns.map((c) => c.weight ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  // Integer rounding must not make the table narrower than the text block.
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  const aligns = block.columns.map((c) => ALIGN[c.align ?? 'left']);

  // Body cells carry as few properties as possible: a 7,500-row table spends most of its render
  // time building and serialising per-cell property objects.
  const style = cellStyleId(block.fontSize ?? 12);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: header ? { size: widths[i]!, type: WidthType.DXA } : undefined,
      verticalAlign: header ? VerticalAlignTable.CENTER : undefined,
      children: [
        new Paragraph({
          style,
          alignment: header ? AlignmentType.CENTER : aligns[i],
          children: [header ? new TextRun({ text, bold: true }) : new TextRun(text)],
        }),
      ],
    });

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cell(c.header, i, true)),
  });
  const rows = block.rows.map(
    (r) => new TableRow({ cantSplit: true, children: block.columns.map((_, i) => cell(r[i] ?? '', i, false)) }),
  );
  const out: BlockOut[] = [];
  if (block.title) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: pt(6), after: pt(6) },
        children: [run(block.title, 14, { bold: true })],
      }),
    );
  }
  out.push(
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: CELL_BORDER,
        bottom: CELL_BORDER,
        left: CELL_BORDER,
        right: CELL_BORDER,
        insideHorizontal: CELL_BORDER,
        insideVertical: CELL_BORDER,
      },
      margins: { left: 80, right: 80, top: 0, bottom: 0 },
      rows: [header, ...rows],
    }),
    // Word merges two adjacent tables; an empty paragraph keeps the next block apart.
    new Paragraph({ style: STYLE.cell, children: [] }),
  );
  return out;
}
