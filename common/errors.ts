/**
 * Every error the system can answer with: one code per meaning, its HTTP status, and the parameters
 * its message needs. The messages themselves live in the catalogue (`common/i18n`, key `error.<CODE>`),
 * so the web app, the CLI, documents and e-mails all say the same thing in Vietnamese and English.
 */
export const ERROR_STATUS = {
  // The request itself
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  INVALID_DATE: 400,
  DATE_RANGE_INVERTED: 400,
  NOT_BASE64: 400,
  NON_STORABLE_TEXT: 400,
  MISSING_ARGUMENT: 400,
  PAYLOAD_TOO_LARGE: 413,
  UPLOAD_TOO_LARGE: 413,
  UPLOAD_WITHOUT_FILE: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ROUTE_NOT_FOUND: 404,
  // Who you are
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  SESSION_EXPIRED: 401,
  SESSION_IDLE: 401,
  WRONG_CURRENT_PASSWORD: 401,
  CSRF_INVALID: 403,
  UPWARD_TOKEN_INVALID: 401,
  CALENDAR_FEED_INVALID: 401,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  // What you may do
  FORBIDDEN: 403,
  NOT_OWN_AGENCY: 403,
  ACCOUNT_WITHOUT_AGENCY: 403,
  ONLY_AGENCY_STAFF: 403,
  ONLY_USERS: 403,
  // What is not there
  NOT_FOUND: 404,
  AGENCY_NAME_UNKNOWN: 404,
  NO_PLAN_FOR_YEAR: 404,
  NO_PERIOD_OF_KIND: 404,
  PLAN_HAS_NO_SOURCE: 404,
  NO_OBLIGATION: 404,
  TASK_NOT_IN_PERIOD: 404,
  NO_PLAN_NOTICE: 404,
  FILE_NOT_FOUND: 404,
  // Conflicts with what is stored
  VERSION_CONFLICT: 409,
  DUPLICATE_NAME: 409,
  DUPLICATE_ALIAS: 409,
  USERNAME_TAKEN: 409,
  SUCCESSION_CYCLE: 409,
  SELF_SUCCESSION: 409,
  PLAN_NOT_DRAFT: 409,
  PLAN_NOT_ISSUED: 409,
  GROUP_NOT_OPEN: 409,
  PERIOD_LOCKED: 409,
  ILLEGAL_TRANSITION: 409,
  ALL_SUBMITTED: 409,
  DEMO_ON_REAL_DATA: 409,
  CONSOLIDATION_NOT_READY: 409,
  // Rules of the domain
  REPORT_EMPTY: 422,
  TASKS_NOT_OWED: 422,
  TASK_NOT_IN_REPORT: 422,
  RETURN_NEEDS_REASON: 422,
  INDICATOR_INVALID: 422,
  ACTIVITY_IMPORT_INVALID: 422,
  PLAN_INVALID: 422,
  PLAN_YEAR_UNKNOWN: 422,
  PLAN_HAS_NO_DEADLINES: 422,
  WRONG_PERIOD_KIND: 422,
  CLOSED_GROUP_NEEDS_RULE: 422,
  AGENCY_REQUIRED_FOR_ROLE: 422,
  MINISTRY_ROLE_OUTSIDE_MINISTRY: 422,
  PASSWORD_TOO_SHORT: 422,
  PASSWORD_TOO_WEAK: 422,
  SUCCESSION_SHAPE: 422,
  AGENCY_NOT_EXISTING_ON_DATE: 422,
  EXTENSION_BEFORE_LOCK: 422,
  NEW_DUE_NOT_AFTER_TODAY: 422,
  START_BEFORE_CURRENT_HOLDER: 422,
  RESPONSE_TRANSITION_REFUSED: 409,
  CASE_LAST_COORDINATOR: 409,
  CASE_CLOSE_NEEDS_OUTCOME: 422,
  GUIDANCE_NO_RECIPIENTS: 422,
  GUIDANCE_NOT_ADDRESSED: 403,
  VISIT_NEEDS_MOFA_APPROVAL: 422,
  EVIDENCE_URL_INVALID: 422,
  EVIDENCE_URL_PRIVATE: 422,
  BUDGET_TRANSITION_REFUSED: 409,
  BUDGET_DECISION_AMOUNT_INVALID: 422,
  BUDGET_OVERSPENT: 422,
  // Files and documents
  FILE_EMPTY: 422,
  TOO_MANY_FILES: 409,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  FILE_CONTENT_MISMATCH: 415,
  DOCUMENT_EMPTY: 422,
  DOCUMENT_TOO_LARGE: 413,
  DOCUMENT_FORMAT_UNSUPPORTED: 415,
  DOCUMENT_BINARY: 422,
  DOCUMENT_DAMAGED: 422,
  DOCUMENT_TOO_EXPANDED: 413,
  DOCUMENT_TOO_DEMANDING: 422,
  DOCUMENT_TIMEOUT: 422,
  DOCUMENT_NOT_A_PLAN: 422,
  OCR_FAILED: 422,
  OCR_TIMEOUT: 422,
  MONITOR_PROFILE_INVALID: 422,
  MONITOR_MODEL_INVALID: 422,
  MONITOR_INPUT_INVALID: 400,
  MONITOR_FETCH_FAILED: 502,
  MONITOR_FEED_INVALID: 422,
  MONITOR_ROBOTS_DISALLOWED: 422,
  MONITOR_CSV_INVALID: 400,
  OCR_CANCELLED: 422,
  PAGES_NOT_IMAGES: 415,
  INVALID_PARTS: 400,
  OCR_UNAVAILABLE: 422,
  // The system
  DATA_DIR_LOCKED: 503,
  UPWARD_SEND_FAILED: 502,
  BACKUP_INVALID: 422,
  BACKUP_SCHEMA_MISMATCH: 409,
  RESTORE_TARGET_NOT_EMPTY: 409,
  INTERNAL: 500,
} as const;

/** A stable error code; the UI and the CLI turn it into words through the catalogue. */
export type ErrorCode = keyof typeof ERROR_STATUS;

/** Every error code, for tests and documentation. */
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** The kinds of record a NOT_FOUND can be about (camelCase: ICU select keys cannot hold hyphens). */
export type ResourceKind =
  | 'agency'
  | 'group'
  | 'plan'
  | 'task'
  | 'taskRole'
  | 'period'
  | 'submission'
  | 'evidenceFile'
  | 'notification'
  | 'calendarEntry'
  | 'user'
  | 'province'
  | 'upwardReport'
  | 'upwardToken'
  | 'activity'
  | 'monitorSource'
  | 'monitorArticle'
  | 'monitorAlert'
  | 'monitorDigest'
  | 'responseCase'
  | 'pressConference'
  | 'foreignVisit'
  | 'referral'
  | 'responseAction'
  | 'session'
  | 'guidance'
  | 'budgetAllocation'
  | 'budgetRequest'
  | 'publication'
  | 'contest'
  | 'festival'
  | 'campaign'
  | 'calendarFeed';

type None = Record<string, never>;

/** The parameters each error's message is written with (dates as yyyy-mm-dd; shown as dd/mm/yyyy). */
export interface ErrorParams {
  VALIDATION_FAILED: None;
  MALFORMED_JSON: None;
  INVALID_DATE: { value: string };
  DATE_RANGE_INVERTED: None;
  NOT_BASE64: None;
  NON_STORABLE_TEXT: None;
  MISSING_ARGUMENT: { argument: string };
  PAYLOAD_TOO_LARGE: None;
  UPLOAD_TOO_LARGE: { filename: string; maxMb: number };
  UPLOAD_WITHOUT_FILE: None;
  UNSUPPORTED_MEDIA_TYPE: None;
  ROUTE_NOT_FOUND: None;
  UNAUTHENTICATED: None;
  INVALID_CREDENTIALS: None;
  SESSION_EXPIRED: None;
  SESSION_IDLE: { minutes: number };
  WRONG_CURRENT_PASSWORD: None;
  CSRF_INVALID: None;
  UPWARD_TOKEN_INVALID: None;
  CALENDAR_FEED_INVALID: None;
  ACCOUNT_LOCKED: { minutes: number };
  RATE_LIMITED: { seconds: number };
  FORBIDDEN: None;
  NOT_OWN_AGENCY: None;
  ACCOUNT_WITHOUT_AGENCY: None;
  ONLY_AGENCY_STAFF: None;
  ONLY_USERS: None;
  NOT_FOUND: { resource: ResourceKind; id: string };
  AGENCY_NAME_UNKNOWN: { name: string; suggestions: string };
  NO_PLAN_FOR_YEAR: { year: number };
  NO_PERIOD_OF_KIND: { year: number; kind: 'agencyPlan' | 'semiannual' | 'annual' | 'adHoc' };
  PLAN_HAS_NO_SOURCE: None;
  NO_OBLIGATION: None;
  TASK_NOT_IN_PERIOD: None;
  NO_PLAN_NOTICE: None;
  FILE_NOT_FOUND: { file: string };
  VERSION_CONFLICT: { currentVersion: number };
  DUPLICATE_NAME: { name: string };
  DUPLICATE_ALIAS: { alias: string };
  USERNAME_TAKEN: { username: string };
  SUCCESSION_CYCLE: None;
  SELF_SUCCESSION: None;
  PLAN_NOT_DRAFT: { status: string };
  PLAN_NOT_ISSUED: None;
  GROUP_NOT_OPEN: None;
  PERIOD_LOCKED: { locksOn: string };
  ILLEGAL_TRANSITION: { action: string; status: string };
  ALL_SUBMITTED: None;
  DEMO_ON_REAL_DATA: None;
  CONSOLIDATION_NOT_READY: None;
  REPORT_EMPTY: None;
  TASKS_NOT_OWED: { codes: string };
  TASK_NOT_IN_REPORT: { taskId: number };
  RETURN_NEEDS_REASON: None;
  INDICATOR_INVALID: { count: number; names: string };
  /** Cells of an activity workbook that cannot be read (details: row, column, problem of each). */
  ACTIVITY_IMPORT_INVALID: { count: number; cells: string };
  PLAN_INVALID: None;
  PLAN_YEAR_UNKNOWN: None;
  PLAN_HAS_NO_DEADLINES: None;
  WRONG_PERIOD_KIND: None;
  CLOSED_GROUP_NEEDS_RULE: None;
  AGENCY_REQUIRED_FOR_ROLE: None;
  MINISTRY_ROLE_OUTSIDE_MINISTRY: None;
  PASSWORD_TOO_SHORT: { min: number };
  PASSWORD_TOO_WEAK: None;
  SUCCESSION_SHAPE: { kind: 'rename' | 'merge' | 'split' | 'transfer' | 'dissolve' };
  AGENCY_NOT_EXISTING_ON_DATE: { name: string; date: string };
  EXTENSION_BEFORE_LOCK: { locksOn: string };
  NEW_DUE_NOT_AFTER_TODAY: None;
  START_BEFORE_CURRENT_HOLDER: { validFrom: string };
  RESPONSE_TRANSITION_REFUSED: { record: 'case' | 'visit' | 'conference' | 'action'; action: string; status: string };
  CASE_LAST_COORDINATOR: None;
  BUDGET_TRANSITION_REFUSED: { action: string; status: string };
  BUDGET_DECISION_AMOUNT_INVALID: { decision: string };
  BUDGET_OVERSPENT: { remaining: number };
  CASE_CLOSE_NEEDS_OUTCOME: None;
  GUIDANCE_NO_RECIPIENTS: None;
  GUIDANCE_NOT_ADDRESSED: None;
  VISIT_NEEDS_MOFA_APPROVAL: None;
  EVIDENCE_URL_INVALID: { url: string };
  EVIDENCE_URL_PRIVATE: { url: string };
  FILE_EMPTY: { filename: string };
  TOO_MANY_FILES: { max: number };
  FILE_TOO_LARGE: { filename: string; sizeMb: number; maxMb: number };
  FILE_TYPE_NOT_ALLOWED: { filename: string; allowed: string };
  FILE_CONTENT_MISMATCH: { filename: string; extension: string };
  DOCUMENT_EMPTY: None;
  DOCUMENT_TOO_LARGE: { maxMb: number };
  DOCUMENT_FORMAT_UNSUPPORTED: None;
  DOCUMENT_BINARY: None;
  DOCUMENT_DAMAGED: { format: string; detail: string };
  DOCUMENT_TOO_EXPANDED: None;
  DOCUMENT_TIMEOUT: { format: string; seconds: number };
  DOCUMENT_TOO_DEMANDING: { mb: number };
  DOCUMENT_NOT_A_PLAN: None;
  OCR_FAILED: { detail: string };
  OCR_TIMEOUT: None;
  MONITOR_PROFILE_INVALID: { detail: string };
  MONITOR_MODEL_INVALID: { detail: string };
  MONITOR_INPUT_INVALID: { detail: string };
  MONITOR_FETCH_FAILED: { url: string; reason: string };
  MONITOR_FEED_INVALID: { url: string; detail: string };
  MONITOR_ROBOTS_DISALLOWED: { url: string };
  MONITOR_CSV_INVALID: { line: number; detail: string };
  OCR_CANCELLED: None;
  PAGES_NOT_IMAGES: None;
  INVALID_PARTS: None;
  OCR_UNAVAILABLE: { packages: string };
  DATA_DIR_LOCKED: { dir: string; pid: number };
  UPWARD_SEND_FAILED: { url: string; detail: string };
  BACKUP_INVALID: { file: string; reason: string };
  BACKUP_SCHEMA_MISMATCH: { backup: string; database: string };
  RESTORE_TARGET_NOT_EMPTY: { rows: number };
  INTERNAL: None;
}

/** The codes whose message needs no parameters. */
export type PlainErrorCode = { [C in ErrorCode]: ErrorParams[C] extends None ? C : never }[ErrorCode];

type ParamArgs<C extends ErrorCode> = ErrorParams[C] extends None ? [params?: None] : [params: ErrorParams[C]];

/** The JSON body of every error answer. `message` is the catalogue's text in the request's language. */
export type ErrorBody = {
  error: { code: ErrorCode; params: Record<string, unknown>; message: string; details?: unknown; requestId?: string };
};

/**
 * A failure the caller can understand: a stable code and the parameters of its message, plus
 * optional machine-readable details (e.g. the indicators that failed, the fields that are wrong).
 * It belongs to no framework: commands, documents, the database layer and the CLI all throw it.
 */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly params: ErrorParams[C];
  details?: unknown;

  constructor(
    readonly code: C,
    ...[params]: ParamArgs<C>
  ) {
    super(code);
    this.name = 'AppError';
    this.params = (params ?? {}) as ErrorParams[C];
  }

  /** Attaches machine-readable details (kept out of the message). */
  with(details: unknown): this {
    this.details = details;
    return this;
  }

  /** The HTTP status this code answers with. */
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Is this value an AppError (also across module copies)? */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError || (value instanceof Error && value.name === 'AppError' && 'code' in value);
}
