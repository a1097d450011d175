import { describe, expect, it } from 'vitest';
import { seedFlags as flags, seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AI (science, technology, universities and innovation, with cyber-scams and
// wasted research money) changed, one test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AI’s kinds)', () => {
  it('equipment bought and left unused — in its boxes, in the store room, idle — reads as criticism, also in English', () => {
    const h = hits(
      'Máy chiếu vật thể nằm kho',
      'Bộ máy chiếu vật thể mua cho các trường ở tỉnh Tuyên Quang từ hai năm trước vẫn nằm nguyên trong thùng, nhiều bộ nằm trong kho, chưa từng được sử dụng.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['nằm kho', 'nằm trong kho', 'nằm nguyên trong thùng', 'chưa từng được sử dụng']),
    );
    const en = hits(
      'Costly scanners sit idle',
      'Two scanners bought for a district hospital in Tuyen Quang have been lying idle and gathering dust, one still in its packaging; the hospital says it is waiting for funds to train staff.',
    );
    expect(en['tone.criticism']).toEqual(
      expect.arrayContaining(['lying idle', 'gathering dust', 'still in its packaging', 'waiting for funds']),
    );
    // A store room that lies in a new building, and machines in daily use, are no waste.
    const used = hits(
      'Phòng thí nghiệm mới',
      'Nhà kho nằm trong khuôn viên trường ở tỉnh Tuyên Quang; máy móc của phòng thí nghiệm được sinh viên sử dụng hằng ngày.',
    );
    expect(used['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['nằm trong kho']));
    expect(used['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['nằm kho']));
  });

  it('plagiarism in research reads as criticism, a backup copy does not', () => {
    const h = hits(
      'Báo cáo đề tài bị tố đạo văn',
      'Báo cáo của một đề tài cấp tỉnh ở Tuyên Quang bị tố sao chép luận án của một nghiên cứu sinh; nhiều đoạn sao chép nguyên văn. Giới nghiên cứu gọi đó là đạo văn.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['bị tố sao chép', 'sao chép luận án', 'sao chép nguyên văn', 'đạo văn']),
    );
    const en = hits('Plagiarism row at a college', 'A report funded by Tuyen Quang was plagiarised from a thesis.');
    expect(en['tone.criticism']).toEqual(expect.arrayContaining(['plagiarism', 'plagiarised']));
    const backup = hits(
      'Sao lưu dữ liệu',
      'Trung tâm dữ liệu của tỉnh Tuyên Quang sao chép dữ liệu dự phòng mỗi đêm sang máy chủ thứ hai.',
    );
    expect(backup['tone.criticism']).toBeUndefined();
  });

  it('personal data leaked or sold on hacker forums, and no answer from the department, read as criticism', () => {
    const h = hits(
      'Lộ dữ liệu bệnh nhân',
      'Danh sách bệnh nhân của một bệnh viện ở tỉnh Tuyên Quang bị rao bán trên một diễn đàn tin tặc; đây là vụ lộ dữ liệu thứ hai trong năm. Sở Y tế chưa đưa ra phản hồi.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['bị rao bán trên', 'diễn đàn tin tặc', 'lộ dữ liệu', 'chưa đưa ra phản hồi']),
    );
    const en = hits('Data breach at a school system', 'A data breach exposed pupils in Tuyen Quang.');
    expect(en['tone.criticism']).toContain('data breach');
    // A system said not to have leaked anything is no leak.
    const safe = hits(
      'Hệ thống an toàn',
      'Sở Thông tin của tỉnh Tuyên Quang cho biết hệ thống không để lộ dữ liệu nào sau đợt kiểm tra.',
    );
    expect(safe['tone.criticism'] ?? []).not.toContain('lộ dữ liệu');
  });

  it('a public-service system that fails — errors, hangs, a patchy line, a morning of waiting — reads as criticism', () => {
    const h = hits(
      'Một cửa đứng máy',
      'Ở trung tâm phục vụ hành chính công một xã của tỉnh Tuyên Quang, phần mềm liên tục báo lỗi, hệ thống bị treo; người dân chờ cả buổi, cán bộ mới chưa thành thạo. Đường truyền chập chờn cả tuần.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['liên tục báo lỗi', 'hệ thống bị treo', 'chờ cả buổi', 'chưa thành thạo']),
    );
    expect(h['tone.criticism-soft']).toContain('đường truyền chập chờn');
    // A flickering lamp in a travel note, and waiting that is over, are no complaint.
    const calm = hits(
      'Đêm ở bản',
      'Ánh đèn dầu chập chờn trong căn nhà trình tường ở tỉnh Tuyên Quang. Ở xã, người dân không phải chờ cả buổi như trước.',
    );
    expect(calm['tone.criticism-soft'] ?? []).not.toEqual(expect.arrayContaining(['đường truyền chập chờn']));
    expect(calm['tone.criticism'] ?? []).not.toContain('chờ cả buổi');
  });

  it('an official’s self-criticism in polite words (có lúc, có nơi; chưa đúng mức; chậm chân) reads as criticism', () => {
    const h = hits(
      'Trả lời chất vấn về chuyển giao công nghệ',
      'Giám đốc Sở của tỉnh Tuyên Quang thẳng thắn thừa nhận việc chuyển giao kết quả có lúc, có nơi chưa được quan tâm đúng mức, phối hợp chưa chặt chẽ, đề tài chưa sát với nhu cầu; địa phương chậm chân trong đăng ký nhãn hiệu, có phần chậm so với yêu cầu.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'thẳng thắn thừa nhận',
        'có lúc có nơi',
        'chưa được quan tâm đúng mức',
        'chưa chặt chẽ',
        'chưa sát với',
        'chậm chân',
        'có phần chậm',
      ]),
    );
    // Close co-operation is no shortcoming.
    const close = hits(
      'Phối hợp chuyển giao',
      'Viện và tỉnh Tuyên Quang phối hợp chặt chẽ, đề tài sát với nhu cầu của nông dân.',
    );
    expect(close['tone.criticism']).toBeUndefined();
  });

  it('graduates in work, enrolment above target and a device built and spread read as praise', () => {
    const h = hits(
      'Sinh viên ra trường có việc làm ngay',
      'Trường cao đẳng ở tỉnh Tuyên Quang tuyển sinh vượt kế hoạch; chín phần mười học viên có việc làm sau ba tháng. Nhóm giảng viên chế tạo thành công máy sấy chè, được tỉnh đánh giá để nhân rộng, lắp thêm trạm cảnh báo sớm.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining(['tuyển sinh vượt', 'có việc làm sau', 'chế tạo thành công', 'để nhân rộng']),
    );
    expect(h['tone.praise-soft']).toContain('cảnh báo sớm');
    // Graduates still without work are no achievement.
    const idle = hits(
      'Ra trường thất nghiệp',
      'Nhiều học viên ở tỉnh Tuyên Quang ra trường chưa có việc làm sau một năm.',
    );
    expect(idle['tone.praise'] ?? []).not.toContain('có việc làm sau');
  });

  it('a call for proposals, a seminar and an English event notice read as routine; the field’s name is no praise', () => {
    const h = hits(
      'Thông báo đề xuất đặt hàng nhiệm vụ',
      'Sở Khoa học và Công nghệ tỉnh Tuyên Quang nhận hồ sơ đề xuất đặt hàng nhiệm vụ khoa học và công nghệ về khoa học, công nghệ và đổi mới sáng tạo.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['hồ sơ đề xuất', 'đặt hàng nhiệm vụ', 'nhiệm vụ khoa học và công nghệ']),
    );
    const seminar = hits('Hội thảo về cây thuốc', 'Tỉnh Tuyên Quang tổ chức hội thảo, nhà khoa học gửi tham luận.');
    expect(seminar['tone.routine']).toEqual(expect.arrayContaining(['tổ chức hội thảo', 'tham luận']));
    expect(h['tone.praise'] ?? []).not.toContain('đổi mới');
    expect(h['tone.praise-soft'] ?? []).not.toContain('sáng tạo');
    const en = hits(
      'Tuyen Quang to host a startup fair',
      'Tuyen Quang will host a two-day event with panel discussions; registration closes on May 2 and the agenda will be announced later.',
    );
    expect(en['tone.routine']).toEqual(
      expect.arrayContaining([
        'will host',
        'two day event',
        'panel discussions',
        'registration closes',
        'will be announced',
      ]),
    );
    // Residence registration done in the commune is a service, not a notice; innovation praised stays praise.
    const service = hits(
      'Commune police speed up paperwork',
      'Commune police in Tuyen Quang now handle residence registration on the spot.',
    );
    expect(service['tone.routine'] ?? []).not.toEqual(expect.arrayContaining(['registration closes']));
    const praise = hits('Xã đổi mới', 'Xã vùng cao của tỉnh Tuyên Quang đổi mới cách làm, sáng tạo trong sản xuất.');
    expect(praise['tone.praise']).toContain('đổi mới');
  });

  it('claims of surveillance apps and monitored messages are hostile rights claims; a rebuttal of them flags rights too', () => {
    const h = hits(
      'Chính quyền cài phần mềm theo dõi?',
      'Một trang ở nước ngoài viết rằng chính quyền theo dõi tin nhắn của người dân tỉnh Tuyên Quang qua ứng dụng theo dõi, gọi đó là chiến dịch giám sát có hệ thống xâm phạm quyền riêng tư.',
    );
    expect(h['tone.hostile']).toEqual(
      expect.arrayContaining(['chính quyền theo dõi', 'chiến dịch giám sát', 'giám sát có hệ thống']),
    );
    expect(h['flag.human-rights']).toEqual(
      expect.arrayContaining(['theo dõi tin nhắn', 'ứng dụng theo dõi', 'quyền riêng tư']),
    );
    expect(
      flags(
        'Cảnh báo: cán bộ cài app theo dõi!!!',
        'Cán bộ xã ở tỉnh Tuyên Quang cài app theo dõi vào điện thoại đồng bào, thực chất là chiến dịch giám sát có hệ thống.',
      ),
    ).toContain('human-rights');
    expect(
      flags(
        'Bác bỏ tin sai về ứng dụng',
        'Thông tin chính quyền tỉnh Tuyên Quang cài ứng dụng theo dõi vào điện thoại người dân là bịa đặt, xuyên tạc; các ứng dụng được cài là VNeID.',
      ),
    ).toContain('human-rights');
    // A council's oversight and a patient kept under watch are no surveillance claim.
    const council = hits(
      'Giám sát việc chuyển đổi số',
      'Hội đồng nhân dân tỉnh Tuyên Quang giám sát việc chuyển đổi số; bệnh nhân được theo dõi tại bệnh viện.',
    );
    expect(council['tone.hostile']).toBeUndefined();
    expect(council['flag.human-rights']).toBeUndefined();
  });

  it('a talk on the law for students is no hostile "propaganda", a false propaganda claim still is', () => {
    const talk = hits(
      'Sinh viên học pháp luật tín ngưỡng',
      'Trường đại học ở tỉnh Tuyên Quang tổ chức các buổi tuyên truyền về pháp luật tín ngưỡng, tôn giáo; công an tuyên truyền, phổ biến cách nhận diện nhóm truyền đạo trái phép.',
    );
    expect(talk['tone.hostile']).toBeUndefined();
    const hostile = hits('Luận điệu sai trái', 'Trang mạng nước ngoài tuyên truyền rằng tỉnh Tuyên Quang cấm đạo.');
    expect(hostile['tone.hostile']).toContain('tuyên truyền');
  });
});
