/** The plan-document importer: text → contract plan JSON, file → plan JSON, and its scorer. */
export { parsePlanText, type ParseOptions } from './parse.js';
export { parsePlanFile, assertLooksLikePlan, type ParseFileOptions } from './file.js';
export {
  evaluatePlanDir,
  formatEvalReport,
  scorePlan,
  planFacts,
  listEvalDocuments,
  type EvalReport,
  type DocScore,
} from './evaluate.js';
export { splitAgencies, cleanAgency } from './agencies.js';
export { parseTimeframe, parseDate } from './timeframe.js';
export { extractLegalBases } from './legal-bases.js';
export { extractReportingDeadlines, type ReportingDeadline } from './reporting.js';
