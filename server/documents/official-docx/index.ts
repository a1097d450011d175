/** Official documents (NĐ 30/2020 layout) and plan exports: DOCX and XLSX. */

export * from './official-document.js';
export { renderOfficialDocx, buildDocument } from './render-official-docx.js';
export { formatNumberLine, formatPlaceDate, NATIONAL_MOTTO, NATIONAL_TITLE } from './header-block.js';
export {
  planToOfficialDocument,
  renderPlanDocx,
  citeLegalBasis,
  formatCitationDate,
  type PlanDocxOptions,
} from './plan-to-official.js';
export {
  renderPlanXlsx,
  planAssignmentRows,
  PLAN_SHEET_NAME,
  ROLE_LABELS,
  type PlanAssignmentRow,
} from './plan-xlsx.js';
