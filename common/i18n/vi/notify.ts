/** Vietnamese texts of the notices each step of the reporting cycle sends (in-app and in the digest). */
export const viNotify = {
  'notify.awaiting-approval.title': 'Báo cáo {period} chờ lãnh đạo duyệt',
  'notify.awaiting-approval.body':
    '{officer} đã trình báo cáo {period} của {agency}. Đề nghị lãnh đạo xem, duyệt và gửi cơ quan chủ trì ({deadline}).',
  'notify.approved.title': 'Lãnh đạo đã duyệt báo cáo {period}',
  'notify.approved.body': '{actor} đã duyệt báo cáo {period} của {agency}. Bước tiếp theo: lãnh đạo gửi báo cáo.',
  'notify.submitted.title': '{agency} đã gửi báo cáo {period}',
  'notify.submitted.body': '{agency} đã gửi báo cáo {period} lúc {time}. Bước tiếp theo: cơ quan chủ trì xem xét.',
  'notify.resubmitted.title': '{agency} đã gửi lại báo cáo {period}',
  'notify.resubmitted.body':
    '{agency} đã gửi lại báo cáo {period} lúc {time}, sau khi sửa theo ý kiến trả lại. Bước tiếp theo: cơ quan chủ trì xem xét lại.',
  'notify.returned.title': 'Báo cáo {period} bị trả lại',
  'notify.returned.body':
    'Cơ quan chủ trì trả lại báo cáo {period} của {agency}: {reason} {lines, plural, =0 {} other {(# dòng có ý kiến)}} Bước tiếp theo: sửa và gửi lại.',
  'notify.accepted.title': 'Báo cáo {period} đã được chấp nhận',
  'notify.accepted.body': 'Cơ quan chủ trì đã chấp nhận báo cáo {period} của {agency}.',
  'notify.extended.title': 'Gia hạn báo cáo {period} đến {date}',
  'notify.extended.body': '{agency} được gia hạn nộp báo cáo {period} đến hết ngày {date}. Lý do: {reason}',
  'notify.summary.title': 'Hết hạn {period}: {submitted}/{expected} cơ quan đã gửi',
  'notify.summary.body':
    'Hạn nộp {date} đã qua: {submitted}/{expected} cơ quan đã gửi báo cáo, {onTime} đúng hạn; {missing} cơ quan chưa gửi đang được nhắc.',
  'notify.upward.submitted.title': '{province} đã gửi báo cáo lên Bộ',
  'notify.upward.submitted.body':
    '{period} của tỉnh {province}: gửi lúc {time}. Bước tiếp theo: Bộ xem xét, tiếp nhận hoặc trả lại.',
  'notify.upward.resubmitted.title': '{province} đã gửi lại báo cáo',
  'notify.upward.resubmitted.body':
    '{period} của tỉnh {province}: gửi lại lúc {time}, sau khi sửa theo ý kiến của Bộ. Bước tiếp theo: Bộ xem xét lại.',
  'notify.upward.returned.title': 'Bộ đã trả lại báo cáo của {province}',
  'notify.upward.returned.body':
    '{period} của tỉnh {province}: trả lại lúc {time}. Lý do: {reason} Tỉnh sẽ sửa và gửi lại.',
  'notify.upward.accepted.title': 'Bộ đã tiếp nhận báo cáo của {province}',
  'notify.upward.accepted.body': '{period} của tỉnh {province}: tiếp nhận lúc {time}.',
  'notify.user-created.title': 'Tài khoản mới: {name}',
  'notify.user-created.body':
    'Tài khoản {username} ({role}) đã được tạo lúc {time}. Bước tiếp theo: kiểm tra vai trò, cơ quan và thư điện tử của tài khoản.',
  'notify.digest.section': 'Thông báo trong ngày:',
  'notify.digest.subject': '[TTĐN] Thông báo ngày {date}: {count} việc mới',
} as const;
