import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AE (health, education and social policy: hospitals and clinics, outbreaks,
// schools and teachers, welfare payments, audits of national programmes) changed, one test per kind.
// Every sentence here is invented.

describe('tone cues of the seed lexicon (set AE’s kinds)', () => {
  it('a shortage of teachers — combined classes, posts that cannot be filled — reads as criticism, also in English', () => {
    const h = hits(
      'Trường vùng cao thiếu thầy trước ngày khai giảng',
      'Một trường tiểu học ở tỉnh Tuyên Quang vẫn loay hoay vì không tuyển được giáo viên âm nhạc; thầy cô phải dạy ghép, học sinh lớp 2 và lớp 3 học ghép một phòng, có lớp học thiếu môn cả học kỳ. Giáo viên tin học thì khó tuyển, chỉ tiêu năm nay chưa tuyển đủ.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['không tuyển được', 'dạy ghép', 'học ghép', 'học thiếu môn', 'chưa tuyển đủ']),
    );
    expect(h['tone.criticism-soft']).toEqual(expect.arrayContaining(['loay hoay', 'khó tuyển']));
    const en = hits(
      'Highland schools still short of teachers',
      'Schools in Tuyen Quang face a teacher shortage this autumn; principals say science staff are difficult to recruit.',
    );
    expect(en['tone.criticism']).toEqual(expect.arrayContaining(['teacher shortage', 'difficult to recruit']));
    // Teachers recruited, and a photo "cắt ghép" (a denial cue), are no shortage.
    const hired = hits(
      'Tuyển dụng giáo viên',
      'Tỉnh Tuyên Quang đã tuyển được 120 giáo viên mầm non; ảnh cắt ghép lan truyền trên mạng là sai sự thật.',
    );
    expect(hired['tone.criticism'] ?? []).toEqual([]);
  });

  it('support that is only proposed or requested is no praise; support delivered still is', () => {
    const h = hits(
      'Đề xuất phụ cấp cho giáo viên vùng khó',
      'Sở Giáo dục tỉnh Tuyên Quang kiến nghị hỗ trợ nhà công vụ, đề xuất cơ chế hỗ trợ riêng cho giáo viên; nhiều trường cần được hỗ trợ thêm bếp ăn.',
    );
    expect(h['tone.praise'] ?? []).not.toContain('hỗ trợ');
    const given = hits(
      'Trao quà cho học sinh',
      'Hội Chữ thập đỏ tỉnh Tuyên Quang đã hỗ trợ 300 bộ quần áo ấm cho học sinh bán trú.',
    );
    expect(given['tone.praise']).toContain('hỗ trợ');
  });

  it('an audit of a slow, ineffective programme: “kém hiệu quả” is no praise, and what it recovers is criticism', () => {
    const h = hits(
      'Kiểm toán chỉ ra dự án sinh kế kém hiệu quả',
      'Ở tỉnh Tuyên Quang, một số mô hình sinh kế triển khai thiếu hiệu quả, hiệu quả thấp; nhiều nhà sinh hoạt cộng đồng xây xong ít được sử dụng. Đoàn kiểm toán kiến nghị giảm thanh toán 2 tỷ đồng.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['kém hiệu quả', 'thiếu hiệu quả', 'hiệu quả thấp', 'ít được sử dụng', 'giảm thanh toán']),
    );
    expect(h['tone.praise'] ?? []).not.toContain('hiệu quả');
    // A scheme that works is still praise.
    const works = hits('Mô hình hiệu quả', 'Mô hình nuôi bò ở tỉnh Tuyên Quang mang lại hiệu quả rõ rệt.');
    expect(works['tone.praise']).toContain('hiệu quả');
  });

  it('“đến hết năm/ngày …” is the end of a period, not a negation of the cue after it', () => {
    const h = hits(
      'Giải ngân vốn chương trình',
      'Đến hết năm 2025, tỉnh Tuyên Quang mới giải ngân 60% vốn được giao. Đến hết 30/6, xã mới giải ngân một nửa.',
    );
    expect(h['tone.criticism']).toContain('mới giải ngân');
    expect(h['not.tone.criticism'] ?? []).not.toContain('mới giải ngân');
    // "hết" before anything else still negates ("hết cảnh …" is the end of the trouble).
    const ended = hits('Hết chậm trễ', 'Thủ tục ở tỉnh Tuyên Quang đã hết chậm trễ, người dân hài lòng.');
    expect(ended['tone.criticism'] ?? []).not.toContain('chậm trễ');
  });

  it('fees collected beyond the rules read as criticism, also in unaccented posts', () => {
    const h = hits(
      'Phụ huynh phản ánh lạm thu',
      'Phụ huynh một trường ở tỉnh Tuyên Quang phản ánh nhà trường thu nhiều khoản, có khoản thu ngoài quy định; học phí được miễn mà vẫn thu tiền.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining(['lạm thu', 'thu nhiều khoản', 'khoản thu ngoài quy định', 'mà vẫn thu']),
    );
    const post = hits(
      'Truong thu tien qua troi',
      'Con minh hoc o Tuyen Quang, truong thu nhieu khoan lam, mien hoc phi roi sao van thu vay moi nguoi?',
    );
    expect(post['tone.criticism']).toEqual(expect.arrayContaining(['thu nhieu khoan', 'sao van thu']));
    // Budget revenue is no fee complaint.
    const budget = hits('Thu ngân sách', 'Thu ngân sách của tỉnh Tuyên Quang đạt 95% dự toán, nhiều khoản thu tăng.');
    expect(budget['tone.criticism'] ?? []).toEqual([]);
  });

  it('services kept running through a reorganisation read as praise, whatever its shortcomings', () => {
    const h = hits(
      'Trạm y tế vận hành thông suốt',
      'Sau sắp xếp, các trạm y tế ở tỉnh Tuyên Quang vận hành thông suốt, không để gián đoạn việc cấp thuốc; tiêm chủng không bị gián đoạn.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining(['vận hành thông suốt', 'không để gián đoạn', 'không bị gián đoạn']),
    );
    // An interruption, or "thông suốt" as grasping a policy, is no praise.
    const cut = hits(
      'Mất mạng',
      'Đường truyền ở xã vùng cao tỉnh Tuyên Quang bị gián đoạn; hội nghị quán triệt để cán bộ thông suốt tư tưởng.',
    );
    expect(cut['tone.praise'] ?? []).toEqual([]);
  });

  it('a shortcoming the same clause says has been repaired is the past, not the news', () => {
    const h = hits(
      'Trường học sẵn sàng đón năm học',
      'Toàn bộ phòng học xuống cấp ở các điểm trường của tỉnh Tuyên Quang đã được sửa chữa trong hè.',
    );
    expect(h['not.tone.criticism']).toContain('xuống cấp');
    expect(h['tone.criticism'] ?? []).not.toContain('xuống cấp');
    // Repairs still awaited, or needed, leave the criticism standing.
    const waiting = hits(
      'Phòng học xuống cấp',
      'Nhiều phòng học xuống cấp ở tỉnh Tuyên Quang cần được sửa chữa. Dãy nhà xuống cấp đến nay chưa được sửa chữa.',
    );
    expect(waiting['tone.criticism']).toContain('xuống cấp');
    expect(waiting['not.tone.criticism'] ?? []).not.toContain('xuống cấp');
  });

  it('a former official faking welfare files reads as criticism; welfare beneficiaries are no suspects', () => {
    const h = hits(
      'Khởi tố nguyên cán bộ trục lợi chính sách',
      'Một nguyên chuyên viên ở tỉnh Tuyên Quang lập hồ sơ khống, chiếm đoạt tiền trợ cấp của các đối tượng bảo trợ xã hội.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'nguyên cán bộ',
        'trục lợi chính sách',
        'nguyên chuyên viên',
        'lập hồ sơ khống',
        'chiếm đoạt tiền trợ cấp',
      ]),
    );
    expect(h['tone.routine'] ?? []).not.toContain('lập hồ sơ');
    expect(h['tone.crime'] ?? []).not.toContain('đối tượng');
    // Making out a file is routine, and a suspect is still a crime cue.
    const plain = hits(
      'Bắt đối tượng trộm cắp',
      'Công an tỉnh Tuyên Quang bắt đối tượng trộm xe; xã lập hồ sơ cho hộ nghèo.',
    );
    expect(plain['tone.crime']).toContain('đối tượng');
    expect(plain['tone.routine']).toContain('lập hồ sơ');
  });

  it('English: families lifted out of poverty are praise; a risk of landslides is no disaster, an outbreak is', () => {
    const h = hits(
      'Villages climb out of poverty',
      'Community roads in Tuyen Quang are better maintained, and the poverty rate fell sharply as projects lifted families out of poverty. Many homes remain vulnerable to landslides.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining(['out of poverty', 'poverty rate fell', 'better maintained']),
    );
    expect(h['tone.disaster'] ?? []).not.toContain('landslides');
    const outbreak = hits(
      'Measles outbreak in a highland commune',
      'Health officials in Tuyen Quang reported an outbreak of measles; one fatality was recorded.',
    );
    expect(outbreak['tone.disaster']).toEqual(expect.arrayContaining(['outbreak', 'fatality']));
    const slide = hits('Road cut', 'Landslides cut a road in Tuyen Quang overnight.');
    expect(slide['tone.disaster']).toContain('landslides');
  });

  it('admission cut-off scores and enrolment steps read as routine', () => {
    const h = hits(
      'Điểm chuẩn vào lớp 10 năm 2026',
      'Sở Giáo dục tỉnh Tuyên Quang công bố điểm chuẩn trúng tuyển; thí sinh xác nhận nhập học trên hệ thống tuyển sinh.',
    );
    expect(h['tone.routine']).toEqual(
      expect.arrayContaining(['điểm chuẩn', 'điểm chuẩn trúng tuyển', 'xác nhận nhập học', 'hệ thống tuyển sinh']),
    );
  });

  it('nobody keeping control or order reads as criticism', () => {
    const h = hits(
      'Bãi xe tự phát',
      'Ở điểm du lịch của tỉnh Tuyên Quang, vé vào cửa thu tùy tiện, không ai kiểm soát; chợ đêm không ai quản lý.',
    );
    expect(h['tone.criticism']).toEqual(expect.arrayContaining(['không ai kiểm soát', 'không ai quản lý']));
    const checked = hits('Kiểm soát vé', 'Ban quản lý ở tỉnh Tuyên Quang kiểm soát chặt việc bán vé.');
    expect(checked['tone.criticism'] ?? []).toEqual([]);
  });
});
