/**
 * Consolidation → DOCX and XLSX bytes. The DOCX goes through the shared NĐ 30 renderer; the
 * appendices are appended after its closing, because NĐ 30 places an appendix after the signature
 * and "Nơi nhận", each on its own page, while the renderer's body ends at the closing.
 */

import { AlignmentType, Packer, Paragraph } from 'docx';
import { bodyBlocks } from '../../documents/official-docx/body-blocks.js';
import { buildDocument, OfficialDocument, renderOfficialDocx } from '../../documents/official-docx/index.js';
import { centredLine, pt, run, SINGLE } from '../../documents/official-docx/layout.js';
import type { ConsolidationWithNarrative } from './build-consolidation.js';
import { appendixBlocks, consolidationToOfficialDocument, reportSubject } from './consolidation-docx.js';
import { internalNoteDocument } from './internal-note.js';

export { renderConsolidationXlsx } from './consolidation-xlsx.js';

/** Renders the consolidated report (narrative, indicator table, closing, appendices) as DOCX. */
export async function renderConsolidationDocx(
  c: ConsolidationWithNarrative,
  options: { issueYear?: number } = {},
): Promise<Buffer> {
  const doc = OfficialDocument.parse(consolidationToOfficialDocument(c, options));
  const document = buildDocument(doc);
  const body = document.Document.View;
  for (const appendix of appendixBlocks(c, c.narrative.options)) {
    body.add(
      new Paragraph({
        pageBreakBefore: true,
        keepNext: true,
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0, ...SINGLE },
        children: [run(appendix.title, 14, { bold: true })],
      }),
    );
    body.add(centredLine(appendix.subtitle, 14, { bold: true }));
    body.add(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: pt(12), ...SINGLE },
        children: [
          run(
            `(Kèm theo Báo cáo số:      /BC-UBND ngày      tháng      năm ${doc.year} của Ủy ban nhân dân tỉnh ${c.plan.province})`,
            14,
            { italics: true },
          ),
        ],
      }),
    );
    for (const block of bodyBlocks(appendix.blocks)) body.add(block);
  }
  return Packer.toBuffer(document);
}

/** Renders the internal note on who reported when (kept out of the report to the ministry) as DOCX. */
export async function renderInternalNoteDocx(c: ConsolidationWithNarrative): Promise<Buffer> {
  return renderOfficialDocx(internalNoteDocument(c));
}

/** "Bao-cao-..." is what a browser would show without RFC 5987; the Vietnamese name is the real one. */
export function reportFileName(c: ConsolidationWithNarrative, extension: 'docx' | 'xlsx'): string {
  return `${extension === 'docx' ? 'Báo cáo' : 'Số liệu'} ${reportSubject(c).replace(/^Kết quả/u, 'kết quả')}.${extension}`;
}
