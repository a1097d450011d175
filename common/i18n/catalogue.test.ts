import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode, type ErrorParams } from '../errors.js';
import { en } from './en/index.js';
import { errorMessage, type MessageKey, translate } from './translate.js';
import { vi } from './vi/index.js';

/** One example of every error's parameters; the type makes a new code without an example a compile error. */
const EXAMPLES: { [C in ErrorCode]: ErrorParams[C] } = {
  VALIDATION_FAILED: {},
  MALFORMED_JSON: {},
  INVALID_DATE: { value: '31/02/2025' },
  DATE_RANGE_INVERTED: {},
  NOT_BASE64: {},
  NON_STORABLE_TEXT: {},
  MISSING_ARGUMENT: { argument: '--year YYYY' },
  PAYLOAD_TOO_LARGE: {},
  UNSUPPORTED_MEDIA_TYPE: {},
  ROUTE_NOT_FOUND: {},
  UNAUTHENTICATED: {},
  INVALID_CREDENTIALS: {},
  SESSION_EXPIRED: {},
  SESSION_IDLE: { minutes: 30 },
  UPLOAD_TOO_LARGE: { filename: 'bao-cao.pdf', maxMb: 10 },
  UPLOAD_WITHOUT_FILE: {},
  WRONG_CURRENT_PASSWORD: {},
  CSRF_INVALID: {},
  UPWARD_TOKEN_INVALID: {},
  CALENDAR_FEED_INVALID: {},
  GUIDANCE_NO_RECIPIENTS: {},
  GUIDANCE_NOT_ADDRESSED: {},
  ACCOUNT_LOCKED: { minutes: 15 },
  RATE_LIMITED: { seconds: 42 },
  PASSWORD_TOO_WEAK: {},
  FORBIDDEN: {},
  NOT_OWN_AGENCY: {},
  ACCOUNT_WITHOUT_AGENCY: {},
  ONLY_AGENCY_STAFF: {},
  ONLY_USERS: {},
  NOT_FOUND: { resource: 'evidenceFile', id: '#12' },
  AGENCY_NAME_UNKNOWN: { name: 'Sở TT', suggestions: 'Sở Tư pháp; Sở Tài chính' },
  NO_PLAN_FOR_YEAR: { year: 2027 },
  NO_PERIOD_OF_KIND: { year: 2025, kind: 'agencyPlan' },
  PLAN_HAS_NO_SOURCE: {},
  NO_OBLIGATION: {},
  TASK_NOT_IN_PERIOD: {},
  NO_PLAN_NOTICE: {},
  FILE_NOT_FOUND: { file: 'ke-hoach.docx' },
  VERSION_CONFLICT: { currentVersion: 4 },
  DUPLICATE_NAME: { name: 'Sở Y tế' },
  DUPLICATE_ALIAS: { alias: 'Sở TT&TT' },
  USERNAME_TAKEN: { username: 'dieuphoi' },
  SUCCESSION_CYCLE: {},
  SELF_SUCCESSION: {},
  PLAN_NOT_DRAFT: { status: 'issued' },
  PLAN_NOT_ISSUED: {},
  GROUP_NOT_OPEN: {},
  PERIOD_LOCKED: { locksOn: '2025-05-21' },
  ILLEGAL_TRANSITION: { action: 'submit', status: 'accepted' },
  ALL_SUBMITTED: {},
  DEMO_ON_REAL_DATA: {},
  CONSOLIDATION_NOT_READY: {},
  REPORT_EMPTY: {},
  TASKS_NOT_OWED: { codes: '2.1, 7.4' },
  TASK_NOT_IN_REPORT: { taskId: 9 },
  RETURN_NEEDS_REASON: {},
  INDICATOR_INVALID: { count: 2, names: '“Tin, bài”, “Sự kiện”' },
  ACTIVITY_IMPORT_INVALID: { count: 2, cells: 'D5, K7' },
  PLAN_INVALID: {},
  PLAN_YEAR_UNKNOWN: {},
  PLAN_HAS_NO_DEADLINES: {},
  WRONG_PERIOD_KIND: {},
  CLOSED_GROUP_NEEDS_RULE: {},
  AGENCY_REQUIRED_FOR_ROLE: {},
  MINISTRY_ROLE_OUTSIDE_MINISTRY: {},
  PASSWORD_TOO_SHORT: { min: 10 },
  SUCCESSION_SHAPE: { kind: 'transfer' },
  AGENCY_NOT_EXISTING_ON_DATE: { name: 'UBND huyện Lâm Bình', date: '2025-07-01' },
  EXTENSION_BEFORE_LOCK: { locksOn: '2025-05-21' },
  NEW_DUE_NOT_AFTER_TODAY: {},
  START_BEFORE_CURRENT_HOLDER: { validFrom: '2025-03-01' },
  RESPONSE_TRANSITION_REFUSED: { record: 'case', action: 'close', status: 'open' },
  CASE_LAST_COORDINATOR: {},
  BUDGET_TRANSITION_REFUSED: { action: 'partial', status: 'submitted' },
  BUDGET_DECISION_AMOUNT_INVALID: { decision: 'partial' },
  BUDGET_OVERSPENT: { remaining: 1250000 },
  CASE_CLOSE_NEEDS_OUTCOME: {},
  VISIT_NEEDS_MOFA_APPROVAL: {},
  EVIDENCE_URL_INVALID: { url: 'ftp://a' },
  EVIDENCE_URL_PRIVATE: { url: 'http://10.0.0.1/' },
  FILE_EMPTY: { filename: 'a / b.pdf' },
  TOO_MANY_FILES: { max: 5 },
  FILE_TOO_LARGE: { filename: 'ảnh.png', sizeMb: 12.4, maxMb: 10 },
  FILE_TYPE_NOT_ALLOWED: { filename: 'a.exe', allowed: 'PDF, DOCX' },
  FILE_CONTENT_MISMATCH: { filename: 'a.pdf', extension: 'pdf' },
  DOCUMENT_EMPTY: {},
  DOCUMENT_TOO_LARGE: { maxMb: 20 },
  DOCUMENT_FORMAT_UNSUPPORTED: {},
  DOCUMENT_BINARY: {},
  DOCUMENT_DAMAGED: { format: 'PDF', detail: 'bad xref' },
  DOCUMENT_TOO_EXPANDED: {},
  DOCUMENT_TIMEOUT: { format: 'PDF', seconds: 60 },
  DOCUMENT_NOT_A_PLAN: {},
  OCR_FAILED: { detail: 'timeout' },
  OCR_TIMEOUT: {},
  MONITOR_PROFILE_INVALID: { detail: 'parts[0].id' },
  MONITOR_MODEL_INVALID: { detail: 'kind' },
  MONITOR_INPUT_INVALID: { detail: 'dòng 3' },
  MONITOR_FETCH_FAILED: { url: 'https://baotuyenquang.com.vn/rss', reason: 'HTTP 503' },
  MONITOR_FEED_INVALID: { url: 'https://baotuyenquang.com.vn/rss', detail: 'Invalid feed format' },
  MONITOR_ROBOTS_DISALLOWED: { url: 'https://example.vn/bai-viet' },
  MONITOR_CSV_INVALID: { line: 4, detail: 'thiếu cột “text”' },
  OCR_CANCELLED: {},
  PAGES_NOT_IMAGES: {},
  INVALID_PARTS: {},
  OCR_UNAVAILABLE: { packages: 'tesseract-ocr, tesseract-ocr-vie' },
  DATA_DIR_LOCKED: { dir: './data', pid: 4242 },
  UPWARD_SEND_FAILED: { url: 'https://bo.example/api', detail: 'HTTP 500' },
  DOCUMENT_TOO_DEMANDING: { mb: 256 },
  BACKUP_INVALID: { file: 'ttdn.ttdn.gz', reason: 'truncated' },
  BACKUP_SCHEMA_MISMATCH: { backup: '0003_indicator_english', database: '0004_audit_chain' },
  RESTORE_TARGET_NOT_EMPTY: { rows: 12 },
  INTERNAL: {},
};

type AstNode = { type: number; value?: string; options?: Record<string, { value: AstNode[] }>; children?: AstNode[] };

/** Example values for every argument a parsed message uses: numbers for number/plural, text otherwise. */
function argumentsOf(ast: AstNode[], out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const node of ast) {
    // 2 = number, 6 = plural in @formatjs/icu-messageformat-parser's TYPE enum.
    if (node.value !== undefined && node.type !== 0 && node.type !== 7)
      out[node.value] = [2, 6].includes(node.type) ? 2 : 'x';
    for (const option of Object.values(node.options ?? {})) argumentsOf(option.value, out);
    if (node.children) argumentsOf(node.children, out);
  }
  return out;
}

describe('the message catalogue', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('compiles every message in both languages (ICU syntax) with parameters filled in', () => {
    for (const key of Object.keys(vi) as MessageKey[]) {
      for (const language of ['vi', 'en'] as const) {
        const template = (language === 'vi' ? vi : en)[key];
        const params = argumentsOf(new IntlMessageFormat(template, language).getAst());
        const text = translate(language, key, params);
        expect(text, `${language} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('gives every error code a distinct message in each language, with no placeholder left', () => {
    for (const language of ['vi', 'en'] as const) {
      const seen = new Map<string, ErrorCode>();
      for (const code of ERROR_CODES) {
        const text = errorMessage(language, code, EXAMPLES[code] as never);
        expect(text, `${language} ${code}`).not.toBe(code);
        expect(text, `${language} ${code}`).not.toMatch(/[{}]/);
        expect(seen.get(text), `${language}: ${code} says the same as ${seen.get(text)}`).toBeUndefined();
        seen.set(text, code);
      }
    }
  });

  it('shows dates as dd/mm/yyyy and picks plural and select forms', () => {
    expect(errorMessage('vi', 'PERIOD_LOCKED', { locksOn: '2025-05-21' })).toContain('21/05/2025');
    expect(errorMessage('en', 'INDICATOR_INVALID', { count: 1, names: 'A' })).toBe('1 indicator is not valid: A.');
    expect(errorMessage('en', 'NOT_FOUND', { resource: 'plan', id: '#3' })).toBe('Plan #3 not found.');
    expect(errorMessage('vi', 'NOT_FOUND', { resource: 'period', id: '#3' })).toBe('Không tìm thấy kỳ báo cáo #3.');
  });

  it('writes Vietnamese in NFC', () => {
    for (const text of Object.values(vi)) expect(text).toBe(text.normalize('NFC'));
  });
});
