/**
 * The reporting cycle's public surface for other features (notifications, jobs, consolidation):
 * pure rules and unscoped loaders; commands and scoped queries are imported from their own files.
 */
export { classifyTimeliness, computeRates, type TimelinessClass, type Rates } from './timeliness.js';
export { nextStatus, isAllowed, TRANSITIONS, type SubmissionAction } from './submission-states.js';
export { computeObligations, type ComputedObligation } from './compute-obligations.js';
export {
  resolvePeriodDates,
  isEntryOpen,
  DEFAULT_DEADLINE_POLICY,
  type DeadlinePolicy,
  type PeriodDates,
} from './period-dates.js';
export {
  INDICATOR_CATALOGUE,
  DEFAULT_INDICATOR_CODES,
  BREAKDOWN_LABELS,
  validateIndicatorValues,
  seedIndicators,
  loadIndicators,
} from './indicator-catalogue.js';
export { loadObligationStatusesUnscoped, type ObligationStatus } from './obligation-status.data.js';
export {
  loadSubmissionFull,
  hasContent,
  submissionAbilities,
  type SubmissionFull,
  type SubmissionAbilities,
} from './submission.data.js';
export { RESULT_OUTLINE, AGENCY_PLAN_OUTLINE, createRegimesFromPlan } from './create-regimes-from-plan.js';
export { listObligations, listPeriods } from './reporting.queries.js';
export { getSubmissionView, buildSubmissionView } from './submission-view.js';
export { getTimelinessBoard, getTaskView } from './reporting-board.queries.js';
export { getComplianceBoard, listPublishedSpokespersons, findCurrentPlanId } from './contacts.queries.js';
export { linkOwnTasks, type OwnTaskLink } from './link-own-plan.js';
export { loadWorkingCalendar } from '../calendar/working-calendar.data.js';
