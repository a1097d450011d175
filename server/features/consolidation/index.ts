/** Consolidation of a reporting period: figures, task synthesis, narrative, DOCX and XLSX. */

export {
  buildConsolidation,
  findPeriodId,
  loadConsolidationInput,
  type ConsolidationWithNarrative,
} from './build-consolidation.js';
export {
  consolidate,
  isLate,
  COUNTED_STATUSES,
  type Consolidation,
  type ConsolidationInput,
  type AgencyReportStatus,
  type IndicatorTotal,
  type TaskSynthesis,
} from './consolidate.js';
export {
  draftNarrative,
  synthesise,
  mergeNarrative,
  SECTION_KEYS,
  SECTION_TITLES,
  type NarrativeSections,
  type SectionKey,
} from './narrative.js';
export { saveConsolidationNarrative, SaveNarrativeInput } from './save-consolidation-narrative.js';
export { consolidationToOfficialDocument, appendixBlocks, reportSubject } from './consolidation-docx.js';
export {
  renderConsolidationDocx,
  renderConsolidationXlsx,
  renderInternalNoteDocx,
  reportFileName,
} from './render-consolidation.js';
export { runChecks, type ConsolidationCheck, type CheckKind } from './checks/plausibility-checks.js';
export { ReportOptions, Highlights } from './report-options.js';
export type { TaskParagraph } from './synthesis/task-synthesis.js';
export { XLSX_SHEETS } from './consolidation-xlsx.js';
export { registerConsolidationRoutes } from './consolidation.routes.js';
