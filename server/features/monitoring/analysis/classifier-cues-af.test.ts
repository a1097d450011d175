import { describe, expect, it } from 'vitest';
import { seedCueHits as hits } from './seed-cues.test-support.js';

// What the tuning on set AF (politics, personnel, elections and the province's own information work)
// changed, one test per kind. Every sentence here is invented.

describe('tone cues of the seed lexicon (set AF’s kinds)', () => {
  it('shortcomings named in polite official language (inspections, reviews, self-criticism) read as criticism', () => {
    const h = hits(
      'Sơ kết công tác dân vận: còn những hạn chế',
      'Hội nghị thẳng thắn nhìn nhận công tác dân vận của tỉnh Tuyên Quang còn những hạn chế: việc nắm tình hình ở cơ sở chưa thực sự sát sao, có nơi còn bị động; trang thông tin của ban cập nhật chậm; hồ sơ còn sai sót, báo cáo nộp chậm so với thời gian quy định; một số cán bộ chưa nắm chắc quy trình.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'còn những hạn chế',
        'chưa thực sự sát sao',
        'còn bị động',
        'cập nhật chậm',
        'còn sai sót',
        'chậm so với',
        'chưa nắm chắc',
      ]),
    );
    expect(h['tone.criticism-soft']).toContain('thẳng thắn nhìn nhận');
    // Close guidance, keeping losses to a minimum and a frank exchange are no shortcoming.
    const fine = hits(
      'Chỉ đạo sát sao công tác phòng chống lũ',
      'Lãnh đạo tỉnh Tuyên Quang chỉ đạo sát sao, yêu cầu hạn chế tối đa những thiệt hại do mưa lũ; hai bên thẳng thắn trao đổi về hợp tác.',
    );
    for (const cue of ['chưa sát sao', 'chưa thực sự sát sao', 'còn những hạn chế'])
      expect(fine['tone.criticism'] ?? []).not.toContain(cue);
    expect(fine['tone.criticism-soft'] ?? []).not.toContain('thẳng thắn nhìn nhận');
  });

  it('a new stage “opening a new space for development” and a solemn ceremony read as praise', () => {
    const h = hits(
      'Công bố quyết định thành lập khu kinh tế cửa khẩu',
      'Tỉnh Tuyên Quang long trọng tổ chức lễ công bố; lãnh đạo tỉnh cho rằng quyết định mở ra không gian phát triển mới cho vùng biên.',
    );
    expect(h['tone.praise']).toEqual(
      expect.arrayContaining(['mở ra không gian phát triển', 'không gian phát triển mới']),
    );
    expect(h['tone.praise-soft']).toContain('long trọng');
    // A new office space is no development space.
    const office = hits(
      'Trụ sở mới',
      'Sở Tài chính tỉnh Tuyên Quang chuyển sang không gian làm việc mới ở phường Minh Xuân.',
    );
    expect(office['tone.praise'] ?? []).not.toEqual(expect.arrayContaining(['không gian phát triển mới']));
  });

  it('election results and voters’ practical notices read as routine, with and without diacritics', () => {
    const h = hits(
      'Công bố kết quả bầu cử đại biểu HĐND xã',
      'Ủy ban bầu cử một xã của tỉnh Tuyên Quang công bố kết quả bầu cử: 21 người trúng cử trong số 35 người ứng cử.',
    );
    expect(h['tone.routine']).toEqual(expect.arrayContaining(['kết quả bầu cử', 'trúng cử', 'người ứng cử']));
    const post = hits(
      'Chu nhat nay di bau nhe',
      'Chu nhat la ngay bau cu o Tuyen Quang roi. Diem bau mo cua tu 7h, nho mang theo the cu tri nha moi nguoi.',
    );
    expect(post['tone.routine']).toEqual(
      expect.arrayContaining(['ngay bau cu', 'mo cua tu', 'nho mang theo', 'the cu tri']),
    );
    // A candidate's own profile ("ứng cử viên") is not the results' "người ứng cử".
    const profile = hits('Ứng cử viên trẻ', 'Ứng cử viên trẻ nhất của tỉnh Tuyên Quang là một giáo viên.');
    expect(profile['tone.routine'] ?? []).not.toContain('người ứng cử');
  });

  it('cold or drizzly weather that lasts is no criticism; works that drag on still are', () => {
    const h = hits(
      'Mưa rét kéo dài ở vùng cao',
      'Do mưa rét kéo dài, giá rét kéo dài nhiều ngày, các xã vùng cao của tỉnh Tuyên Quang cho học sinh nghỉ; sương mù kéo dài đến trưa.',
    );
    expect(h['tone.criticism'] ?? []).not.toContain('kéo dài');
    const late = hits('Công trình chậm', 'Công trình trường học ở tỉnh Tuyên Quang thi công kéo dài.');
    expect(late['tone.criticism']).toContain('kéo dài');
  });

  it('English measured criticism of a reform’s costs reads as criticism', () => {
    const h = hits(
      'Tuyen Quang counts the cost of a leaner state',
      'The reform in Tuyen Quang came with a price: district offices are short-staffed, online services run far below targets and officials speak of teething problems.',
    );
    expect(h['tone.criticism']).toEqual(
      expect.arrayContaining([
        'counts the cost',
        'came with a price',
        'short staffed',
        'far below targets',
        'teething problems',
      ]),
    );
    // Prices and targets in plain reporting are no complaint.
    const plain = hits(
      'Tea prices in Tuyen Quang',
      'Tuyen Quang met its export target; tea came to market with a price of two dollars a kilo.',
    );
    expect(plain['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['came with a price']));
    expect(plain['tone.criticism'] ?? []).not.toEqual(expect.arrayContaining(['far below targets']));
  });

  it('a border drawn wrong on a map is a map cue, not false information', () => {
    const h = hits(
      'Thu giữ quạt giấy in bản đồ sai',
      'Cửa hàng ở tỉnh Tuyên Quang bày bán quạt in bản đồ, đường biên giới được vẽ sai lệch, không thể hiện quần đảo Hoàng Sa.',
    );
    expect(h['cue.missing']).toContain('vẽ sai lệch');
    expect(h['flag.false-information'] ?? []).not.toContain('sai lệch');
    // Information that is wrong stays a false-information cue.
    const rumour = hits('Tin sai lệch', 'Một tài khoản đăng thông tin sai lệch về tỉnh Tuyên Quang.');
    expect(rumour['flag.false-information']).toContain('sai lệch');
  });
});
