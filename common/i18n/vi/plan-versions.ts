/** Vietnamese texts of plan versions (compare, confirm, issue), new groups on import and the reorganisation preview. */
export const viPlanVersions = {
  'succession.planNumber': 'Số {number}',
  'succession.moving':
    '{count, plural, =0 {Không có nhiệm vụ nào chuyển} other {# nhiệm vụ chuyển sang cơ quan kế thừa}}',
  'succession.ends': 'không cơ quan nào tiếp nhận (nhiệm vụ chấm dứt)',
  'succession.alreadyHolds': 'đã có nhiệm vụ này',
  'succession.staying': '{count} nhiệm vụ cơ quan nguồn vẫn giữ (qua nhóm hoặc không thuộc chức năng chuyển giao)',
  'planVersion.previousPlan': 'Kế hoạch hiện có: “{title}” ({details}).',
  'planVersion.issuedOnDate': 'ban hành {date}',
  'planVersion.replacesIssued':
    'Xác nhận sẽ lưu văn bản này thành một bản dự thảo mới; kế hoạch hiện hành vẫn có hiệu lực cho đến khi bản mới được ban hành, khi đó kế hoạch cũ được chuyển vào lưu trữ.',
  'planVersion.replacesDraft':
    'Kế hoạch đó cũng là dự thảo: xác nhận sẽ tạo thêm một bản dự thảo; chỉ bản được ban hành mới giao nhiệm vụ cho các cơ quan.',
  'planVersion.diffCounts':
    'Thêm {added} · Bỏ {removed} · Thay đổi {changed} · Chỉ đổi số thứ tự {renumbered} · Giữ nguyên {unchanged}',
  'planVersion.pairedByContent': 'Nhiệm vụ được ghép theo tên và cơ quan thực hiện, không theo số thứ tự.',
  'planVersion.renumbered': '{count} nhiệm vụ chỉ đổi số thứ tự',
  'planVersion.confirmSaves': '{tasks} nhiệm vụ của kế hoạch năm {year} sẽ được lưu thành một bản dự thảo.',
  'planVersion.replacesNothing':
    'Chưa có kế hoạch năm {year} của {province} trong hệ thống: bản này sẽ là kế hoạch của năm đó khi được ban hành.',
  'planVersion.nextStep':
    'Bước tiếp theo: mở bản dự thảo, kiểm tra lại rồi bấm “Ban hành kế hoạch”; chỉ khi đó các cơ quan mới nhận nhiệm vụ và các kỳ báo cáo được mở.',
  'planVersion.saveDraft': 'Lưu bản dự thảo',
  'planVersion.importedUnresolved':
    '{count} tên cơ quan chưa xác định được giữ nguyên như trong văn bản; có thể chỉ định sau trong trang quản trị tổ chức.',
  'planVersion.importedNext':
    'Bước tiếp theo: kiểm tra lại các nhiệm vụ bên dưới, rồi bấm “Ban hành kế hoạch” trong khung dự thảo.',
  'planIssue.title': 'Bản dự thảo',
  'planIssue.whenIssued': 'Khi ban hành:',
  'planIssue.archives': 'kế hoạch “{title}” (số {number}, ban hành {issuedOn}) được chuyển vào lưu trữ;',
  'planIssue.archivesNothing': 'chưa có kế hoạch năm {year} nào đang ban hành, không có gì bị chuyển vào lưu trữ;',
  'planIssue.opensPeriods': 'mở {count} kỳ báo cáo theo thời hạn của kế hoạch ({dates});',
  'planIssue.noDeadlines': 'kế hoạch không ghi thời hạn báo cáo nên chưa mở kỳ báo cáo nào;',
  'planIssue.notifies': 'mỗi cơ quan có nhiệm vụ nhận thông báo trong hệ thống và thư gửi cán bộ đầu mối.',
  'planIssue.button': 'Ban hành kế hoạch…',
  'planIssue.confirmTitle': 'Ban hành kế hoạch',
  'planIssue.confirmQuestion': 'Ban hành bản dự thảo này? Sau khi ban hành, kế hoạch không sửa được nữa.',
  'planIssue.done':
    'Đã mở {periods} kỳ báo cáo; đã thông báo cho {agencies} cơ quan ({notifications} thông báo, {emails} thư); {archived} kế hoạch cũ chuyển vào lưu trữ.',
  'groupForm.title': 'Tạo nhóm mới',
  'groupForm.name': 'Tên nhóm',
  'groupForm.membership': 'Thành viên của nhóm',
  'groupForm.list': 'Các cơ quan cụ thể (chọn từ danh mục)',
  'groupForm.kinds': 'Mọi cơ quan thuộc một số loại',
  'groupForm.open': 'Nhóm mở: chỉ định cơ quan cho từng nhiệm vụ sau khi nhập',
  'groupForm.members': 'Các cơ quan trong nhóm',
  'groupForm.membersHint': 'Gõ tên hoặc tên viết tắt, vd. “UBND xã Mèo Vạc”, “Sở VHTTDL”.',
  'groupForm.kindsField': 'Loại cơ quan',
  'groupForm.openHint': 'Sau khi lưu kế hoạch, chỉ định cơ quan thực hiện cho từng nhiệm vụ ghi tên nhóm này.',
  'groupForm.create': 'Tạo nhóm',
  'planImport.chosen.group': 'nhóm mới',
} as const;
