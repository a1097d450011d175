import { DOCX_TYPE, XLSX_TYPE } from '../../../common/contracts/endpoint.js';
import type { RequestContext } from '../../context.js';
import { buildConsolidation } from './build-consolidation.js';
import {
  renderConsolidationDocx,
  renderConsolidationXlsx,
  renderInternalNoteDocx,
  reportFileName,
} from './render-consolidation.js';

/**
 * The period's consolidated report as a download: the official DOCX, the XLSX tables, or the
 * internal note on who reported when (kept out of the report that goes to the ministry).
 */
export async function exportConsolidation(ctx: RequestContext, periodId: number, format: 'docx' | 'xlsx' | 'note') {
  const c = await buildConsolidation(ctx, periodId);
  if (format === 'note') {
    return {
      bytes: await renderInternalNoteDocx(c),
      filename: `Ghi chú nội bộ ${reportFileName(c, 'docx').replace(/^Báo cáo /u, '')}`,
      contentType: DOCX_TYPE,
    };
  }
  return {
    bytes: format === 'docx' ? await renderConsolidationDocx(c) : await renderConsolidationXlsx(c),
    filename: reportFileName(c, format),
    contentType: format === 'docx' ? DOCX_TYPE : XLSX_TYPE,
  };
}
