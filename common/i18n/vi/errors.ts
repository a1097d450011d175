/**
 * Vietnamese messages of every error code (common/errors.ts), in ICU MessageFormat: `{name}` is a
 * parameter; dates arrive as yyyy-mm-dd and are shown as dd/mm/yyyy.
 */
export const viErrors = {
  'error.title': 'Không thực hiện được',
  'error.reference': 'Mã tra cứu: {id}',
  'error.NETWORK': 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
  'error.UNKNOWN': 'Đã có lỗi xảy ra. Vui lòng thử lại.',

  'error.VALIDATION_FAILED': 'Dữ liệu nhập chưa hợp lệ. Vui lòng kiểm tra lại.',
  'error.MALFORMED_JSON': 'Dữ liệu gửi lên không đúng định dạng JSON.',
  'error.INVALID_DATE': 'Ngày “{value}” không hợp lệ.',
  'error.DATE_RANGE_INVERTED': 'Ngày kết thúc đang trước ngày bắt đầu.',
  'error.NOT_BASE64': 'Nội dung tệp gửi lên không đúng mã hóa base64.',
  'error.NON_STORABLE_TEXT': 'Dữ liệu có ký tự không lưu được (ký tự điều khiển hoặc ký tự rỗng).',
  'error.MISSING_ARGUMENT': 'Thiếu tham số: {argument}.',
  'error.PAYLOAD_TOO_LARGE': 'Dữ liệu gửi lên quá lớn.',
  'error.UPLOAD_TOO_LARGE':
    'Tệp “{filename}” vượt giới hạn {maxMb} MB nên chưa được lưu. Hãy nén hoặc tách tệp rồi gửi lại.',
  'error.UPLOAD_WITHOUT_FILE': 'Chưa chọn tệp để tải lên.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Kiểu dữ liệu gửi lên không được hỗ trợ.',
  'error.ROUTE_NOT_FOUND': 'Không có chức năng này.',

  'error.UNAUTHENTICATED': 'Vui lòng đăng nhập.',
  'error.INVALID_CREDENTIALS': 'Tên đăng nhập hoặc mật khẩu không đúng.',
  'error.SESSION_EXPIRED': 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  'error.SESSION_IDLE':
    'Phiên đăng nhập đã kết thúc vì không có thao tác nào trong {minutes} phút. Vui lòng đăng nhập lại.',
  'error.WRONG_CURRENT_PASSWORD': 'Mật khẩu hiện tại không đúng.',
  'error.CSRF_INVALID': 'Phiên làm việc không hợp lệ. Hãy tải lại trang rồi thử lại.',
  'error.UPWARD_TOKEN_INVALID': 'Mã gửi báo cáo lên Bộ không hợp lệ hoặc đã bị thu hồi.',
  'error.ACCOUNT_LOCKED': 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau {minutes} phút.',
  'error.RATE_LIMITED': 'Có quá nhiều lần thử. Vui lòng chờ {seconds} giây rồi thử lại.',

  'error.FORBIDDEN': 'Bạn không có quyền thực hiện thao tác này.',
  'error.NOT_OWN_AGENCY': 'Đây là dữ liệu của cơ quan khác; bạn chỉ xem và sửa được dữ liệu của cơ quan mình.',
  'error.ACCOUNT_WITHOUT_AGENCY': 'Tài khoản chưa được gắn với cơ quan nào. Hãy liên hệ quản trị hệ thống.',
  'error.ONLY_AGENCY_STAFF': 'Chỉ cán bộ đầu mối hoặc lãnh đạo của cơ quan mới thực hiện được thao tác này.',
  'error.ONLY_USERS': 'Chỉ người dùng đã đăng nhập mới thực hiện được thao tác này.',

  'error.NOT_FOUND':
    'Không tìm thấy {resource, select, agency {cơ quan} group {nhóm cơ quan} plan {kế hoạch} task {nhiệm vụ} taskRole {vai trò của nhiệm vụ} period {kỳ báo cáo} submission {báo cáo} evidenceFile {tệp minh chứng} notification {thông báo} calendarEntry {ngày điều chỉnh lịch} user {tài khoản} province {tỉnh, thành phố} upwardReport {báo cáo gửi Bộ} upwardToken {mã gửi báo cáo lên Bộ} activity {hoạt động} monitorSource {nguồn tin} monitorArticle {tin bài} monitorAlert {cảnh báo} monitorDigest {bản điểm tin} responseCase {vụ việc} pressConference {cuộc họp báo} foreignVisit {đoàn phóng viên nước ngoài} referral {văn bản chuyển xử lý} responseAction {việc xử lý} session {phiên đăng nhập} guidance {văn bản định hướng} budgetAllocation {dòng phân bổ kinh phí} budgetRequest {đề nghị bổ sung kinh phí} publication {ấn phẩm} contest {cuộc thi} festival {lễ hội} campaign {đợt tuyên truyền} calendarFeed {đường dẫn lịch} other {dữ liệu}} {id}.',
  'error.AGENCY_NAME_UNKNOWN': 'Không tìm thấy cơ quan “{name}”. Có phải: {suggestions}?',
  'error.NO_PLAN_FOR_YEAR': 'Chưa có kế hoạch năm {year}.',
  'error.NO_PERIOD_OF_KIND':
    'Kế hoạch năm {year} không có kỳ báo cáo {kind, select, agencyPlan {kế hoạch của cơ quan} semiannual {6 tháng} annual {năm} other {này}}.',
  'error.PLAN_HAS_NO_SOURCE': 'Kế hoạch này không có tệp văn bản gốc.',
  'error.NO_OBLIGATION': 'Cơ quan này không có nghĩa vụ báo cáo trong kỳ.',
  'error.TASK_NOT_IN_PERIOD': 'Nhiệm vụ không thuộc kế hoạch của kỳ báo cáo này.',
  'error.NO_PLAN_NOTICE': 'Cơ quan của bạn chưa được thông báo nhiệm vụ của kế hoạch này.',
  'error.FILE_NOT_FOUND': 'Không tìm thấy tệp {file}.',

  'error.VERSION_CONFLICT':
    'Người khác vừa sửa dữ liệu này. Hãy tải lại rồi sửa tiếp; nội dung bạn đang nhập vẫn được giữ.',
  'error.DUPLICATE_NAME': 'Tên “{name}” đã có trong hệ thống.',
  'error.DUPLICATE_ALIAS': 'Cơ quan đã có tên gọi “{alias}”.',
  'error.USERNAME_TAKEN': 'Tên đăng nhập “{username}” đã được dùng.',
  'error.SUCCESSION_CYCLE': 'Sự kiện này tạo vòng kế thừa giữa các cơ quan (nhiệm vụ sẽ quay về nơi xuất phát).',
  'error.SELF_SUCCESSION': 'Một cơ quan không thể kế thừa chính nó.',
  'error.PLAN_NOT_DRAFT':
    'Chỉ ban hành được kế hoạch đang là dự thảo; kế hoạch này {status, select, issued {đã ban hành} archived {đã lưu trữ} other {không còn là dự thảo}}.',
  'error.PLAN_NOT_ISSUED': 'Kế hoạch chưa ban hành nên chưa thông báo nhiệm vụ được.',
  'error.GROUP_NOT_OPEN': 'Chỉ nhóm mở (“các cơ quan có liên quan”) mới được chỉ định thành viên theo nhiệm vụ.',
  'error.PERIOD_LOCKED': 'Kỳ báo cáo đã khóa sổ sau ngày {locksOn}. Đề nghị cơ quan chủ trì gia hạn nếu cần.',
  'error.ILLEGAL_TRANSITION':
    'Không thể {action, select, save {lưu} approve {duyệt} submit {gửi} return {trả lại} accept {chấp nhận} other {thực hiện thao tác này với}} báo cáo đang ở trạng thái “{status, select, draft {Dự thảo} approved {Đã duyệt} submitted {Đã gửi} returned {Bị trả lại} accepted {Đã chấp nhận} other {khác}}”.',
  'error.ALL_SUBMITTED': 'Tất cả cơ quan đã gửi báo cáo kỳ này; không cần đôn đốc.',
  'error.DEMO_ON_REAL_DATA': 'Cơ sở dữ liệu đã có dữ liệu thật; không nạp dữ liệu mẫu.',
  'error.CONSOLIDATION_NOT_READY':
    'Chưa có báo cáo tổng hợp của tỉnh cho kỳ này: hãy lập và lưu báo cáo tổng hợp trước khi gửi lên Bộ.',

  'error.REPORT_EMPTY': 'Báo cáo chưa có nội dung: cần ít nhất một nhiệm vụ có kết quả hoặc một chỉ tiêu.',
  'error.TASKS_NOT_OWED': 'Nhiệm vụ không thuộc nghĩa vụ báo cáo của cơ quan: {codes}.',
  'error.TASK_NOT_IN_REPORT': 'Nhiệm vụ #{taskId} không có trong báo cáo.',
  'error.RETURN_NEEDS_REASON': 'Cần nêu lý do hoặc nhận xét cho ít nhất một nhiệm vụ.',
  'error.INDICATOR_INVALID': '{count, plural, other {# chỉ tiêu chưa hợp lệ}}: {names}.',
  'error.ACTIVITY_IMPORT_INVALID':
    'Tệp Excel có {count, plural, other {# ô chưa hợp lệ}} (chưa ghi hoạt động nào): {cells}.',
  'error.PLAN_INVALID': 'Dữ liệu kế hoạch không hợp lệ.',
  'error.PLAN_YEAR_UNKNOWN': 'Không xác định được năm của kế hoạch.',
  'error.PLAN_HAS_NO_DEADLINES': 'Kế hoạch không nêu thời hạn báo cáo nào.',
  'error.WRONG_PERIOD_KIND': 'Chỉ kỳ “kế hoạch của cơ quan” nhận tệp kế hoạch.',
  'error.CLOSED_GROUP_NEEDS_RULE': 'Nhóm đóng cần quy tắc thành viên hoặc danh sách cơ quan.',
  'error.AGENCY_REQUIRED_FOR_ROLE': 'Tài khoản của cơ quan phải gắn với một cơ quan.',
  'error.MINISTRY_ROLE_OUTSIDE_MINISTRY': 'Vai trò cán bộ Bộ chỉ có ở đơn vị của Bộ, không tạo được trong một tỉnh.',
  'error.PASSWORD_TOO_SHORT': 'Mật khẩu cần ít nhất {min} ký tự.',
  'error.PASSWORD_TOO_WEAK':
    'Mật khẩu quá dễ đoán (từ thông dụng, tên tài khoản hoặc chuỗi phím liền nhau). Hãy dùng một cụm vài từ không liên quan.',
  'error.SUCCESSION_SHAPE':
    '{kind, select, rename {Đổi tên cần đúng một cơ quan và tên mới.} merge {Hợp nhất phải có đúng một cơ quan nhận.} split {Chia tách là một cơ quan thành nhiều cơ quan.} transfer {Chuyển giao chức năng cần một cơ quan nhận và ít nhất một chức năng.} dissolve {Giải thể áp dụng cho một cơ quan.} other {Sự kiện không đúng dạng.}}',
  'error.AGENCY_NOT_EXISTING_ON_DATE': '“{name}” không tồn tại vào ngày {date}.',
  'error.EXTENSION_BEFORE_LOCK': 'Ngày gia hạn phải sau ngày khóa sổ {locksOn}.',
  'error.NEW_DUE_NOT_AFTER_TODAY': 'Hạn mới phải sau ngày hôm nay.',
  'error.CASE_LAST_COORDINATOR': 'Vụ việc phải còn ít nhất một người điều phối: hãy thêm người điều phối khác trước.',
  'error.RESPONSE_TRANSITION_REFUSED':
    'Không thể {action, select, verify {chuyển sang xác minh} respond {chuyển sang xử lý} close {đóng} approve {ghi nhận phê duyệt của Bộ Ngoại giao cho} accept {chấp thuận} complete {ghi nhận hoàn thành} refuse {từ chối} cancel {hủy} hold {ghi nhận đã tổ chức} answer {ghi nhận trả lời cho} done {ghi nhận hoàn thành} other {thực hiện thao tác này với}} {record, select, case {vụ việc} visit {đoàn phóng viên} conference {cuộc họp báo} action {việc xử lý} other {hồ sơ}} đang ở trạng thái “{status, select, open {Mới tiếp nhận} verifying {Đang xác minh} responding {Đang xử lý} closed {Đã đóng} requested {Đã nhận hồ sơ} approved {Bộ Ngoại giao đã chấp thuận} accepted {Tỉnh đã chấp thuận} completed {Đã hoàn thành} refused {Đã từ chối} cancelled {Đã hủy} planned {Dự kiến} held {Đã tổ chức} answered {Đã trả lời} done {Đã xong} other {khác}}”.',
  'error.BUDGET_TRANSITION_REFUSED':
    'Không thể {action, select, submit {gửi Sở Tài chính} appraise {ghi nhận thẩm định cho} approve {phê duyệt} partial {phê duyệt một phần} refuse {không phê duyệt} other {thực hiện thao tác này với}} đề nghị bổ sung kinh phí đang ở trạng thái “{status, select, draft {Dự thảo} submitted {Đã gửi Sở Tài chính} appraised {Đã thẩm định} approved {Đã phê duyệt} partial {Phê duyệt một phần} refused {Không phê duyệt} other {khác}}”.',
  'error.BUDGET_DECISION_AMOUNT_INVALID':
    '{decision, select, approve {Phê duyệt toàn bộ cấp đúng số tiền đề nghị.} partial {Phê duyệt một phần cần số tiền lớn hơn 0 và nhỏ hơn số tiền đề nghị.} other {Số tiền quyết định không hợp lệ.}}',
  'error.BUDGET_OVERSPENT':
    'Khoản chi vượt số kinh phí còn lại của dòng phân bổ ({remaining, number} đồng). Hãy lập đề nghị bổ sung kinh phí.',
  'error.CASE_CLOSE_NEEDS_OUTCOME': 'Cần ghi kết quả xử lý trước khi đóng vụ việc.',
  'error.CALENDAR_FEED_INVALID': 'Đường dẫn lịch không hợp lệ hoặc đã bị thu hồi.',
  'error.GUIDANCE_NO_RECIPIENTS': 'Văn bản định hướng cần ít nhất một cơ quan nhận.',
  'error.GUIDANCE_NOT_ADDRESSED': 'Văn bản định hướng này không gửi tới cơ quan của bạn.',
  'error.VISIT_NEEDS_MOFA_APPROVAL':
    'Phóng viên không thường trú chỉ được tiếp nhận khi đã có văn bản chấp thuận của Bộ Ngoại giao (Điều 4 Nghị định 88/2012/NĐ-CP).',
  'error.EVIDENCE_URL_INVALID': 'Địa chỉ “{url}” không phải là địa chỉ web (http/https) hợp lệ.',
  'error.EVIDENCE_URL_PRIVATE':
    'Địa chỉ “{url}” dẫn tới một địa chỉ trong mạng nội bộ (hoặc chính máy chủ này); chỉ thu thập trang web công khai.',
  'error.START_BEFORE_CURRENT_HOLDER': 'Ngày bắt đầu phải sau {validFrom} (ngày người hiện tại nhận nhiệm vụ).',

  'error.FILE_EMPTY': 'Tệp “{filename}” rỗng.',
  'error.TOO_MANY_FILES': 'Đã đủ {max} tệp đính kèm, không thể thêm tệp nữa.',
  'error.FILE_TOO_LARGE': 'Tệp “{filename}” nặng {sizeMb, number} MB, vượt giới hạn {maxMb} MB.',
  'error.FILE_TYPE_NOT_ALLOWED': 'Tệp “{filename}”: chỉ nhận {allowed}.',
  'error.FILE_CONTENT_MISMATCH': 'Nội dung tệp “{filename}” không phải tệp .{extension} thật.',
  'error.DOCUMENT_EMPTY': 'Tệp rỗng hoặc không có chữ nào đọc được.',
  'error.DOCUMENT_TOO_LARGE': 'Tệp quá lớn (tối đa {maxMb} MB).',
  'error.DOCUMENT_FORMAT_UNSUPPORTED':
    'Định dạng chưa hỗ trợ; hãy lưu thành .docx, .pdf hoặc .txt (hoặc ảnh chụp .png, .jpg).',
  'error.DOCUMENT_BINARY': 'Tệp không phải văn bản đọc được (dữ liệu nhị phân?).',
  'error.DOCUMENT_DAMAGED': 'Tệp {format} bị hỏng hoặc không đúng định dạng ({detail}).',
  'error.DOCUMENT_TOO_EXPANDED': 'Tệp giải nén ra quá lớn (nghi là tệp nén độc hại); không đọc.',
  'error.DOCUMENT_TOO_DEMANDING': 'Đọc tệp cần quá {mb} MB bộ nhớ (nghi là tệp độc hại); không đọc.',
  'error.DOCUMENT_TIMEOUT': 'Đọc tệp {format} quá {seconds} giây; hãy thử lưu lại tệp ở định dạng khác.',
  'error.DOCUMENT_NOT_A_PLAN': 'Văn bản này không giống một kế hoạch (không tìm thấy danh mục nhiệm vụ).',
  'error.OCR_FAILED': 'Không nhận dạng được chữ trên ảnh ({detail}).',
  'error.MONITOR_PROFILE_INVALID': 'Hồ sơ tỉnh dùng cho theo dõi báo chí không hợp lệ: {detail}',
  'error.MONITOR_MODEL_INVALID': 'Mô hình phân tích tin báo chí không hợp lệ: {detail}',
  'error.MONITOR_INPUT_INVALID': 'Không đọc được dữ liệu tin bài: {detail}',
  'error.MONITOR_FETCH_FAILED': 'Không tải được {url}: {reason}',
  'error.MONITOR_FEED_INVALID':
    'Nguồn tin {url} không phải RSS/Atom hợp lệ: {detail}. Chưa có tin nào bị mất; hệ thống sẽ thử lại ở lần sau.',
  'error.MONITOR_ROBOTS_DISALLOWED': 'Trang {url} không cho phép máy thu thập (robots.txt), nên không tải.',
  'error.MONITOR_CSV_INVALID': 'Tệp CSV lỗi ở dòng {line}: {detail}',
  'error.OCR_TIMEOUT': 'Nhận dạng chữ (OCR) quá thời gian cho phép ở mọi trang; hãy chụp hoặc quét lại rõ hơn.',
  'error.OCR_CANCELLED': 'Việc đọc tệp đã bị hủy.',
  'error.PAGES_NOT_IMAGES': 'Chỉ tải nhiều tệp một lúc khi tất cả là ảnh chụp các trang (.jpg, .png).',
  'error.INVALID_PARTS': 'Danh sách tệp gửi lên không khớp với dữ liệu; hãy tải lên lại.',
  'error.OCR_UNAVAILABLE': 'Máy chủ chưa cài phần mềm nhận dạng chữ (OCR): cần {packages}.',

  'error.DATA_DIR_LOCKED':
    'Thư mục dữ liệu {dir} đang được tiến trình {pid} sử dụng; hãy dừng tiến trình đó hoặc dùng DATABASE_URL.',
  'error.UPWARD_SEND_FAILED': 'Không gửi được báo cáo lên Bộ ({url}): {detail}',
  'error.BACKUP_INVALID': 'Tệp sao lưu {file} không dùng được: {reason}. Cơ sở dữ liệu không bị thay đổi.',
  'error.BACKUP_SCHEMA_MISMATCH':
    'Tệp sao lưu thuộc phiên bản lược đồ {backup}, cơ sở dữ liệu đang ở {database}: hãy phục hồi bằng đúng phiên bản phần mềm đã sao lưu.',
  'error.RESTORE_TARGET_NOT_EMPTY':
    'Cơ sở dữ liệu đích đã có {rows} dòng dữ liệu; thêm --replace nếu muốn thay toàn bộ bằng bản sao lưu.',
  'error.INTERNAL': 'Lỗi hệ thống. Vui lòng thử lại sau.',
} as const;
