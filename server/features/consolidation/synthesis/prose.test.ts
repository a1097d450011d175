import { describe, expect, it } from 'vitest';
import { proseFigures } from '../checks/prose-figures.js';
import { calendarBetween, planAnniversaries } from './calendar-of-events.js';
import { agencyCountPhrase, groupClauses } from './merge-phrases.js';
import { cleanProse, findQuantities, isSubstantive, lowerFirst, shortTitle, withoutUncheckedFigures } from './prose.js';

describe('Vietnamese prose rules', () => {
  it('repairs the seed plan’s typos and spacing, and spells out TTĐN', () => {
    expect(cleanProse('kịp thời tham mưu biện pháp điều Chính phủ hợp để giải thích')).toBe(
      'kịp thời tham mưu biện pháp phù hợp để giải thích',
    );
    expect(cleanProse('đối với công cụộc đổi mới')).toBe('đối với công cuộc đổi mới');
    expect(cleanProse('cuộc thi “ Vietnam hạnh phúc - Happy Việt Nam năm 2025 ”')).toBe(
      'cuộc thi “Việt Nam hạnh phúc - Happy Vietnam năm 2025”',
    );
    expect(cleanProse('các ngày lễ lớn trong năm2025 ( kèm theo )')).toBe('các ngày lễ lớn trong năm 2025 (kèm theo)');
    expect(cleanProse('lồng ghép nội dung TTĐN')).toBe('lồng ghép nội dung thông tin đối ngoại');
  });

  it('tells counts from dates, years, symbols, ordinals and anniversaries', () => {
    const text =
      'Ngày 19/5/2025, theo Kết luận số 57-KL/TW và Kế hoạch 254/KH-UBND, tổ chức lần thứ 3 Happy Vietnam 2025, kỷ niệm 80 năm Cách mạng; đón 12 đoàn với 1.250 lượt người, phát hành 3.000 bản';
    expect(findQuantities(text).map((q) => [q.value, q.unit])).toEqual([
      [12, 'đoàn với'],
      [1250, 'lượt người'],
      [3000, 'bản'],
    ]);
  });

  it('takes unchecked figures out and keeps the checked ones', () => {
    expect(withoutUncheckedFigures('hướng dẫn 21 lượt phóng viên nước ngoài (9 đoàn)', (q) => q.value === 21)).toBe(
      'hướng dẫn 21 lượt phóng viên nước ngoài',
    );
    expect(withoutUncheckedFigures('kết nối 12 doanh nghiệp với đối tác nước ngoài', () => false)).toBe(
      'kết nối các doanh nghiệp với đối tác nước ngoài',
    );
    expect(withoutUncheckedFigures('phát hiện 0 sản phẩm in sai chủ quyền', () => false)).toBeNull();
    expect(withoutUncheckedFigures('phát hành ấn phẩm với 3.000 bản in', () => false)).toBeNull();
    expect(withoutUncheckedFigures('phân công 01 (một) lãnh đạo phụ trách công tác', () => false)).toBe(
      'phân công lãnh đạo phụ trách công tác',
    );
  });

  it('reads the figures an agency states, for the indicators they belong to', () => {
    expect(
      proseFigures('Tổ chức 02 cuộc họp báo định kỳ và 01 cuộc họp báo đột xuất; phát hành 14 thông cáo báo chí').map(
        (f) => [f.code, f.key, f.value],
      ),
    ).toEqual([
      ['PRESS_CONFERENCES', 'periodic', 2],
      ['PRESS_CONFERENCES', 'ad-hoc', 1],
      ['PRESS_RELEASES', '', 14],
    ]);
  });

  it('knows an empty line, a proper name and a short heading', () => {
    expect(isSubstantive('Không phát sinh trong kỳ.')).toBe(false);
    expect(isSubstantive('Phối hợp thực hiện khi có đề nghị của cơ quan chủ trì.')).toBe(false);
    expect(isSubstantive('Tổ chức hội nghị báo cáo viên tháng 3/2025')).toBe(true);
    expect(lowerFirst('Tổ chức hội nghị')).toBe('tổ chức hội nghị');
    expect(lowerFirst('Báo Tuyên Quang đăng')).toBe('Báo Tuyên Quang đăng');
    expect(
      shortTitle(
        'Thường xuyên theo dõi, nắm bắt thông tin trên báo chí, mạng xã hội về tình hình của tỉnh; kịp thời tham mưu biện pháp điều Chính phủ hợp để giải thích, làm rõ',
      ),
    ).toBe('Thường xuyên theo dõi, nắm bắt thông tin trên báo chí, mạng xã hội về tình hình của tỉnh');
  });

  it('groups near-identical wordings and refuses one agency’s names for all', () => {
    const clause = (agencyId: number, text: string) => ({
      agencyId,
      agencyName: `Cơ quan ${agencyId}`,
      kind: 'district-committee' as const,
      clause: text,
    });
    const same = groupClauses([
      clause(1, 'Quán triệt Kết luận số 57-KL/TW tại 2 hội nghị cán bộ'),
      clause(2, 'Quán triệt Kết luận số 57-KL/TW tại 3 hội nghị cán bộ'),
    ]);
    expect(same).toHaveLength(1);
    expect(same[0]!.representative).toMatch(/^Quán triệt Kết luận số 57-KL\/TW tại các hội nghị cán bộ$/);
    const own = groupClauses([
      clause(1, 'Tổ chức Lễ hội Lồng tông, thu hút đông đảo du khách'),
      clause(2, 'Tổ chức Ngày hội cam sành Hàm Yên, thu hút đông đảo du khách'),
    ]);
    expect(own.every((g) => g.members.length < 2 || g.representative === '')).toBe(true);
    expect(agencyCountPhrase(6, ['district-committee', 'district-committee'])).toBe('6 huyện, thành phố');
    expect(agencyCountPhrase(3, ['department', 'press-agency'])).toBe('3 cơ quan, đơn vị');
  });

  it('finds the coming anniversaries in the plan’s words and the calendar', () => {
    const plan = planAnniversaries(
      'gồm: kỷ niệm 95 năm ngày thành lập Đảng (03/02/1930 - 03/02/2025); 80 năm ngày truyền thống Công an nhân dân Việt Nam (19/8/1945 - 19/8/2025) và 20 năm Ngày hội Toàn dân bảo vệ an ninh Tổ quốc (19/8/2005 - 19/8/2025)',
    );
    expect(plan.map((p) => p.date)).toEqual(['2025-02-03', '2025-08-19', '2025-08-19']);
    expect(plan[2]!.text).toBe('Kỷ niệm 20 năm Ngày hội Toàn dân bảo vệ an ninh Tổ quốc (19/8/2005 - 19/8/2025)');
    const h2 = calendarBetween('2025-05-15', '2025-12-31', 'Tuyên Quang', plan).map((i) => i.date);
    expect(h2).toContain('2025-09-02');
    expect(h2).toContain('2025-10-06'); // Lễ hội Thành Tuyên: rằm tháng Tám âm lịch
    expect(h2).not.toContain('2025-02-03');
  });
});
