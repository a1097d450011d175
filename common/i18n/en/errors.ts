import type { viErrors } from '../vi/errors.js';

/** English messages of every error code; same keys and parameters as vi/errors.ts. */
export const enErrors: Record<keyof typeof viErrors, string> = {
  'error.title': 'Could not complete',
  'error.reference': 'Reference: {id}',
  'error.NETWORK': 'Cannot reach the server. Check the network and retry.',
  'error.UNKNOWN': 'Something went wrong. Please retry.',

  'error.VALIDATION_FAILED': 'Some input is invalid. Please check it.',
  'error.MALFORMED_JSON': 'The data sent is not valid JSON.',
  'error.INVALID_DATE': 'The date “{value}” is not valid.',
  'error.DATE_RANGE_INVERTED': 'The end date is before the start date.',
  'error.NOT_BASE64': 'The file content is not base64-encoded.',
  'error.NON_STORABLE_TEXT': 'The input contains characters that cannot be stored (control or NUL characters).',
  'error.MISSING_ARGUMENT': 'Missing argument: {argument}.',
  'error.PAYLOAD_TOO_LARGE': 'The data sent is too large.',
  'error.UPLOAD_TOO_LARGE':
    'The file “{filename}” is over the {maxMb} MB limit and was not stored. Compress or split it and send it again.',
  'error.UPLOAD_WITHOUT_FILE': 'No file was chosen to upload.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'This content type is not supported.',
  'error.ROUTE_NOT_FOUND': 'There is no such function.',

  'error.UNAUTHENTICATED': 'Please sign in.',
  'error.INVALID_CREDENTIALS': 'Wrong username or password.',
  'error.SESSION_EXPIRED': 'Your session has expired. Please sign in again.',
  'error.SESSION_IDLE': 'You were signed out after {minutes} minutes without activity. Please sign in again.',
  'error.WRONG_CURRENT_PASSWORD': 'The current password is wrong.',
  'error.CSRF_INVALID': 'The session token is invalid. Reload the page and retry.',
  'error.UPWARD_TOKEN_INVALID': 'The token for sending reports to the ministry is invalid or revoked.',
  'error.ACCOUNT_LOCKED': 'The account is locked after repeated failed sign-ins. Try again in {minutes} minutes.',
  'error.RATE_LIMITED': 'Too many attempts. Wait {seconds} seconds and try again.',

  'error.FORBIDDEN': 'You may not do this.',
  'error.NOT_OWN_AGENCY': "This belongs to another agency; you see and change only your own agency's data.",
  'error.ACCOUNT_WITHOUT_AGENCY': 'Your account is not linked to an agency. Contact the administrator.',
  'error.ONLY_AGENCY_STAFF': "Only the agency's officer or leader may do this.",
  'error.ONLY_USERS': 'Only a signed-in user may do this.',

  'error.NOT_FOUND':
    '{resource, select, agency {Agency} group {Agency group} plan {Plan} task {Task} taskRole {Task role} period {Reporting period} submission {Report} evidenceFile {Evidence file} notification {Notification} calendarEntry {Calendar change} user {Account} province {Province} upwardReport {Report to the ministry} upwardToken {Upward token} activity {Activity} monitorSource {Source} monitorArticle {Article} monitorAlert {Alert} monitorDigest {Digest} responseCase {Case} pressConference {Press conference} foreignVisit {Foreign press group} referral {Referral} responseAction {Action} session {Session} guidance {Guidance note} budgetAllocation {budget allocation} budgetRequest {request beyond the estimate} publication {publication} contest {contest} festival {festival} campaign {campaign} calendarFeed {calendar link} other {Record}} {id} not found.',
  'error.AGENCY_NAME_UNKNOWN': 'No agency named “{name}”. Did you mean: {suggestions}?',
  'error.NO_PLAN_FOR_YEAR': 'There is no plan for {year}.',
  'error.NO_PERIOD_OF_KIND':
    'The {year} plan has no {kind, select, agencyPlan {agency-plan} semiannual {six-month} annual {annual} other {such}} reporting period.',
  'error.PLAN_HAS_NO_SOURCE': 'This plan has no source document.',
  'error.NO_OBLIGATION': 'This agency owes no report in this period.',
  'error.TASK_NOT_IN_PERIOD': "The task is not part of this period's plan.",
  'error.NO_PLAN_NOTICE': 'Your agency has no notice of duties for this plan.',
  'error.FILE_NOT_FOUND': 'File not found: {file}.',

  'error.VERSION_CONFLICT': 'Someone else just changed this. Reload and continue; what you typed is kept.',
  'error.DUPLICATE_NAME': 'The name “{name}” already exists.',
  'error.DUPLICATE_ALIAS': 'The agency already has the alias “{alias}”.',
  'error.USERNAME_TAKEN': 'The username “{username}” is taken.',
  'error.SUCCESSION_CYCLE': 'This event would create a succession cycle (duties would flow back).',
  'error.SELF_SUCCESSION': 'An agency cannot succeed itself.',
  'error.PLAN_NOT_DRAFT':
    'Only a draft plan can be issued; this one is {status, select, issued {already issued} archived {archived} other {not a draft}}.',
  'error.PLAN_NOT_ISSUED': 'The plan is not issued yet, so no notice of duties can be sent.',
  'error.GROUP_NOT_OPEN': 'Only an open group ("the agencies concerned") takes per-task members.',
  'error.PERIOD_LOCKED': 'The period locked after {locksOn}. Ask the lead department for an extension if needed.',
  'error.ILLEGAL_TRANSITION':
    'Cannot {action, select, save {save} approve {approve} submit {send} return {return} accept {accept} other {do this to}} a report whose status is “{status, select, draft {Draft} approved {Approved} submitted {Sent} returned {Returned} accepted {Accepted} other {other}}”.',
  'error.ALL_SUBMITTED': 'Every agency has sent its report for this period; no reminder is needed.',
  'error.DEMO_ON_REAL_DATA': 'The database holds real data; the demo was not loaded.',
  'error.CONSOLIDATION_NOT_READY':
    'The province has no consolidated report for this period yet: draft and save it before sending it to the ministry.',

  'error.REPORT_EMPTY': 'The report is empty: fill at least one task or one indicator.',
  'error.TASKS_NOT_OWED': 'Tasks not owed by this agency: {codes}.',
  'error.TASK_NOT_IN_REPORT': 'Task #{taskId} is not in this report.',
  'error.RETURN_NEEDS_REASON': 'Give a reason or comment on at least one task.',
  'error.INDICATOR_INVALID': '{count, plural, one {# indicator is} other {# indicators are}} not valid: {names}.',
  'error.ACTIVITY_IMPORT_INVALID':
    'The Excel file has {count, plural, one {# invalid cell} other {# invalid cells}} (no activity was recorded): {cells}.',
  'error.PLAN_INVALID': 'The plan data is not valid.',
  'error.PLAN_YEAR_UNKNOWN': 'The plan year is unknown.',
  'error.PLAN_HAS_NO_DEADLINES': 'The plan states no reporting deadlines.',
  'error.WRONG_PERIOD_KIND': 'Only the agency-plan period takes a plan document.',
  'error.CLOSED_GROUP_NEEDS_RULE': 'A closed group needs a membership rule or a list of agencies.',
  'error.AGENCY_REQUIRED_FOR_ROLE': 'Agency accounts need an agency.',
  'error.MINISTRY_ROLE_OUTSIDE_MINISTRY': 'The ministry role exists only in the ministry, not in a province.',
  'error.PASSWORD_TOO_SHORT': 'The password needs at least {min} characters.',
  'error.PASSWORD_TOO_WEAK':
    'The password is too easy to guess (a common word, the account name or a keyboard run). Use a phrase of a few unrelated words.',
  'error.SUCCESSION_SHAPE':
    '{kind, select, rename {A rename needs exactly one agency and the new name.} merge {A merge needs exactly one target.} split {A split is one source into several targets.} transfer {A transfer needs one target and at least one function.} dissolve {A dissolution applies to one agency.} other {The event is not well formed.}}',
  'error.AGENCY_NOT_EXISTING_ON_DATE': '“{name}” does not exist on {date}.',
  'error.EXTENSION_BEFORE_LOCK': 'The extension must end after the lock date {locksOn}.',
  'error.NEW_DUE_NOT_AFTER_TODAY': 'The new deadline must be after today.',
  'error.CASE_LAST_COORDINATOR': 'A case keeps at least one coordinator: name another coordinator first.',
  'error.RESPONSE_TRANSITION_REFUSED':
    'Cannot {action, select, verify {start verifying} respond {start responding to} close {close} approve {record the Foreign Ministry approval of} accept {accept} complete {complete} refuse {refuse} cancel {cancel} hold {record as held} answer {record the answer to} done {mark done} other {do this to}} a {record, select, case {case} visit {foreign press group} conference {press conference} action {action} other {record}} whose status is “{status, select, open {New} verifying {Verifying} responding {Responding} closed {Closed} requested {Application received} approved {Approved by the Foreign Ministry} accepted {Accepted by the province} completed {Completed} refused {Refused} cancelled {Cancelled} planned {Planned} held {Held} answered {Answered} done {Done} other {other}}”.',
  'error.BUDGET_TRANSITION_REFUSED':
    'Cannot {action, select, submit {send to the Department of Finance} appraise {record the appraisal of} approve {approve} partial {partly approve} refuse {refuse} other {do this to}} a request beyond the estimate whose status is “{status, select, draft {Draft} submitted {Sent to the Department of Finance} appraised {Appraised} approved {Approved} partial {Partly approved} refused {Refused} other {other}}”.',
  'error.BUDGET_DECISION_AMOUNT_INVALID':
    '{decision, select, approve {A full approval grants exactly the amount requested.} partial {A partial approval needs an amount above zero and below the amount requested.} other {The amount decided is not valid.}}',
  'error.BUDGET_OVERSPENT':
    'This payment exceeds what remains of the allocation ({remaining, number} VND). Make a request beyond the estimate.',
  'error.CASE_CLOSE_NEEDS_OUTCOME': 'Record the outcome before closing the case.',
  'error.CALENDAR_FEED_INVALID': 'The calendar link is invalid or has been revoked.',
  'error.GUIDANCE_NO_RECIPIENTS': 'A guidance note needs at least one recipient agency.',
  'error.GUIDANCE_NOT_ADDRESSED': 'This guidance note is not addressed to your agency.',
  'error.VISIT_NEEDS_MOFA_APPROVAL':
    'Non-resident reporters can be accepted only after the Foreign Ministry has approved them in writing (Decree 88/2012, Art. 4).',
  'error.EVIDENCE_URL_INVALID': '“{url}” is not a valid web address (http/https).',
  'error.EVIDENCE_URL_PRIVATE':
    '“{url}” leads to an address inside a private network (or to this server itself); only public web pages are captured.',
  'error.START_BEFORE_CURRENT_HOLDER': 'The start date must be after {validFrom} (when the current holder started).',

  'error.FILE_EMPTY': 'The file “{filename}” is empty.',
  'error.TOO_MANY_FILES': 'It already has {max} attached files; no more can be added.',
  'error.FILE_TOO_LARGE': 'The file “{filename}” is {sizeMb, number} MB, over the {maxMb} MB limit.',
  'error.FILE_TYPE_NOT_ALLOWED': 'The file “{filename}”: only {allowed} are accepted.',
  'error.FILE_CONTENT_MISMATCH': 'The content of “{filename}” is not a real .{extension} file.',
  'error.DOCUMENT_EMPTY': 'The file is empty or has no readable text.',
  'error.DOCUMENT_TOO_LARGE': 'The file is too large ({maxMb} MB at most).',
  'error.DOCUMENT_FORMAT_UNSUPPORTED': 'Unsupported format; save as .docx, .pdf or .txt (or a .png, .jpg photo).',
  'error.DOCUMENT_BINARY': 'The file is not readable text (binary data?).',
  'error.DOCUMENT_DAMAGED': 'The {format} file is damaged or not in that format ({detail}).',
  'error.DOCUMENT_TOO_EXPANDED': 'The file expands to far too much data (a zip bomb?); not read.',
  'error.DOCUMENT_TOO_DEMANDING': 'Reading the file needs over {mb} MB of memory (a hostile file?); not read.',
  'error.DOCUMENT_TIMEOUT': 'Reading the {format} file took over {seconds} seconds; try saving it in another format.',
  'error.DOCUMENT_NOT_A_PLAN': 'This document does not look like a plan (no list of tasks found).',
  'error.OCR_FAILED': 'The text in the image could not be recognised ({detail}).',
  'error.MONITOR_PROFILE_INVALID': 'The province profile for press monitoring is invalid: {detail}',
  'error.MONITOR_MODEL_INVALID': 'The press-monitoring model is invalid: {detail}',
  'error.MONITOR_INPUT_INVALID': 'The articles cannot be read: {detail}',
  'error.MONITOR_FETCH_FAILED': 'Could not fetch {url}: {reason}',
  'error.MONITOR_FEED_INVALID':
    'The source {url} is not a valid RSS/Atom feed: {detail}. Nothing was lost; it will be tried again at the next poll.',
  'error.MONITOR_ROBOTS_DISALLOWED': 'The site’s robots.txt does not allow fetching {url}, so it was not fetched.',
  'error.MONITOR_CSV_INVALID': 'The CSV file is wrong at line {line}: {detail}',
  'error.OCR_TIMEOUT': 'Text recognition (OCR) ran out of time on every page; scan or photograph it more clearly.',
  'error.OCR_CANCELLED': 'Reading the file was cancelled.',
  'error.PAGES_NOT_IMAGES': 'Several files at once must all be photos of the pages (.jpg, .png).',
  'error.INVALID_PARTS': 'The list of files sent does not match the data; upload them again.',
  'error.OCR_UNAVAILABLE': 'Text recognition (OCR) is not installed on the server: it needs {packages}.',

  'error.DATA_DIR_LOCKED': 'The data folder {dir} is in use by process {pid}; stop it first or use DATABASE_URL.',
  'error.UPWARD_SEND_FAILED': 'Could not send the report to the ministry ({url}): {detail}',
  'error.BACKUP_INVALID': 'The backup file {file} cannot be used: {reason}. The database was not changed.',
  'error.BACKUP_SCHEMA_MISMATCH':
    'The backup is of schema version {backup} and the database is at {database}: restore it with the software version that made it.',
  'error.RESTORE_TARGET_NOT_EMPTY':
    'The target database already holds {rows} rows; add --replace to replace all of it with the backup.',
  'error.INTERNAL': 'System error. Please retry later.',
};
