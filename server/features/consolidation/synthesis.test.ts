import { describe, expect, it } from 'vitest';
import { consolidate } from './consolidate.js';
import { appendixBlocks, consolidationToOfficialDocument, textToBlocks } from './consolidation-docx.js';
import { SECTION_KEYS } from './narrative-sections.js';
import { synthesise } from './narrative.js';
import { ReportOptions } from './report-options.js';
import { IDS, repeatedSentences, synthesisInput } from './synthesis.test-support.js';
import { recipientsFor } from './synthesis/report-form.js';

const c = consolidate(synthesisInput(), '2025-06-01');
const { draft, checks, tasks } = synthesise(c, ReportOptions.parse({ ministryRequest: null }));
const body = SECTION_KEYS.map((k) => draft[k]).join('\n');

describe('synthesis per task', () => {
  it('merges what many agencies wrote alike into one sentence, without their figures', () => {
    expect(draft.results).toMatch(
      /17 huyện, thành phố đã quán triệt Kết luận số 57-KL\/TW tại (các )?hội nghị cán bộ, công chức của huyện\./,
    );
    expect(draft.results.match(/quán triệt Kết luận số 57-KL\/TW/g)).toHaveLength(1);
  });

  it('names the lead first with its coordinators, keeps its checked figure and drops the unchecked one', () => {
    const t232 = tasks.find((t) => t.code === '2.3.2')!;
    expect(t232.text).toMatch(
      /^Sở Ngoại vụ chủ trì, phối hợp với Công an tỉnh hướng dẫn 21 lượt phóng viên nước ngoài đến tác nghiệp tại tỉnh/,
    );
    expect(t232.text).not.toContain('9 đoàn');
    expect(t232.text).toContain('Đài NHK (Nhật Bản)');
  });

  it('lets the coordinator replace a task’s highlights', () => {
    const edited = synthesise(c, ReportOptions.parse({}), { '2.3.2': ['Sở Ngoại vụ ra mắt chuyên trang tiếng Anh'] });
    const t232 = edited.tasks.find((t) => t.code === '2.3.2')!;
    expect(t232.highlights.printed).toEqual(['Sở Ngoại vụ ra mắt chuyên trang tiếng Anh']);
    expect(t232.highlights.edited).toBe(true);
    expect(t232.text).toContain('Sở Ngoại vụ ra mắt chuyên trang tiếng Anh.');
  });

  it('judges routine work on track and a dated task by its lead, never "unfinished"', () => {
    expect(draft.assessment).toContain(
      'các nhiệm vụ thực hiện thường xuyên được các cơ quan chủ trì triển khai đúng tiến độ',
    );
    expect(draft.assessment).toContain('1 nhiệm vụ có thời hạn đang triển khai theo tiến độ (nhiệm vụ 7.2)');
    expect(body).not.toMatch(/chưa hoàn thành/);
  });
});

describe('checks before the draft', () => {
  const kinds = (agencyId: number) =>
    checks
      .filter((k) => k.agencyId === agencyId)
      .map((k) => k.kind)
      .sort();

  it('flags work outside the remit, a place outside the territory and a figure far above the past, with the line', () => {
    expect(kinds(IDS.phuNu)).toEqual(['far-above', 'remit', 'territory']);
    const territory = checks.find((k) => k.kind === 'territory')!;
    expect(territory.source).toContain('Đồng Văn');
    expect(territory.message).toContain('thuộc tỉnh Hà Giang');
    expect(checks.find((k) => k.kind === 'remit')!.source).toContain('KBS');
    // The flagged line's words never reach the report.
    expect(body).not.toContain('KBS');
    // (Section IV may name Đồng Văn's festival: after 01/7/2025 it is the province's.)
    expect(draft.results).not.toContain('Đồng Văn');
  });

  it('flags a figure an agency wrote against its own indicator, and prints neither', () => {
    const prose = checks.find((k) => k.kind === 'prose-figure')!;
    expect(prose.agencyId).toBe(IDS.xtdt);
    expect(prose.source).toContain('04 ấn phẩm');
    expect(body).not.toMatch(/04 ấn phẩm|các ấn phẩm song ngữ/);
  });

  it('does not praise a total that rests on a figure under question', () => {
    expect(draft.assessment).toContain('phóng viên nước ngoài được đón tiếp tăng 16,7% (21 so với 18 lượt người)');
    expect(draft.assessment).not.toMatch(/bồi dưỡng, tập huấn tăng/);
  });

  it('keeps a dismissed check in the list, marked, and lets its line back in', () => {
    const id = checks.find((k) => k.kind === 'territory')!.id;
    const again = synthesise(c, ReportOptions.parse({ dismissedChecks: [id] }));
    expect(again.checks.find((k) => k.id === id)!.dismissed).toBe(true);
  });
});

describe('sections I, III, IV, V and the form', () => {
  it('opens with the plan and the reorganisation of the period', () => {
    expect(draft.direction).toContain('Kế hoạch số 08/KH-UBND ngày 14/01/2025');
    expect(draft.direction).toContain('19/21 cơ quan, đơn vị, địa phương đã xây dựng, ban hành kế hoạch');
    expect(draft.direction).toContain(
      'từ ngày 01/3/2025, nhiệm vụ tham mưu quản lý nhà nước về thông tin đối ngoại chuyển từ Sở Thông tin và Truyền thông sang Sở Văn hóa, Thể thao và Du lịch',
    );
  });

  it('gives causes from the recurrent difficulties, counted', () => {
    expect(draft.assessment).toContain('3. Nguyên nhân');
    expect(draft.assessment).toContain(
      'đội ngũ làm công tác thông tin đối ngoại chủ yếu kiêm nhiệm, có nơi thường xuyên thay đổi (10 cơ quan, đơn vị nêu)',
    );
  });

  it('looks ahead with the plan’s remaining deadline, the anniversaries, contests and the merger', () => {
    expect(draft.nextSteps).toContain(
      'Trung tâm Xúc tiến đầu tư: xuất bản các tài liệu/ấn phẩm song ngữ Việt - Anh (nhiệm vụ 7.2), hoàn thành trước ngày 31/12/2025',
    );
    expect(draft.nextSteps).toContain('80 năm ngày truyền thống Công an nhân dân Việt Nam (19/8/1945 - 19/8/2025)');
    expect(draft.nextSteps).toContain('(2/9/1945 - 2/9/2025)');
    expect(draft.nextSteps).toContain('Happy Vietnam 2025');
    expect(draft.nextSteps).toContain('Lễ hội Thành Tuyên năm 2025');
    expect(draft.nextSteps).toContain('Từ ngày 01/7/2025, tỉnh Hà Giang hợp nhất vào tỉnh Tuyên Quang');
    // Not the plan's headings again: the anniversary before the due date is not "ahead".
    expect(draft.nextSteps).not.toContain('03/02/1930');
  });

  it('addresses merged requests to the ministry, another central body and a provincial body', () => {
    expect(draft.proposals).toBe(
      [
        '1. Đối với Bộ Văn hóa, Thể thao và Du lịch',
        '- Tổ chức tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ cấp xã (5 cơ quan, đơn vị đề xuất).',
        '2. Đối với các bộ, ngành Trung ương',
        '- Bộ Ngoại giao: thông báo sớm lịch trình của phóng viên nước ngoài đến địa phương.',
        '3. Đối với các cơ quan của tỉnh',
        '- Sở Nội vụ: xem xét chế độ hỗ trợ cho cán bộ kiêm nhiệm (3 cơ quan, đơn vị đề xuất).',
      ].join('\n'),
    );
  });

  it('sends the report to the districts it reports on, archives it with the drafting unit, repairs the plan’s typos', () => {
    const recipients = recipientsFor(c);
    expect(recipients).toContain('UBND các huyện, thành phố');
    expect(recipients).not.toContain('UBND các xã, phường');
    expect(recipients[0]).toBe('Bộ Văn hóa, Thể thao và Du lịch (b/c)');
    expect(draft.results).toContain('ngày lễ lớn của đất nước trong năm 2025');
    const doc = consolidationToOfficialDocument({
      ...c,
      checks,
      synthesis: { tasks },
      narrative: {
        draft,
        edits: {},
        sections: draft,
        options: ReportOptions.parse({}),
        highlights: {},
        version: 0,
        updatedAt: null,
      },
    });
    expect(doc.archive).toBe('VT, VHTTDL');
    expect(JSON.stringify(doc.body)).not.toContain('Gửi muộn');
  });

  it('puts the figures in Phụ lục I with last year, and leaves the agencies’ lines out on request', () => {
    const withLines = appendixBlocks(c, { includeAgencyLines: true });
    expect(withLines.map((a) => a.subtitle)).toEqual([
      'BIỂU TỔNG HỢP SỐ LIỆU CÔNG TÁC THÔNG TIN ĐỐI NGOẠI',
      'SỐ LIỆU THEO CƠ QUAN, ĐƠN VỊ',
      'KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ',
    ]);
    const summary = withLines[0]!.blocks[0] as { rows: string[][]; columns: Array<{ header: string }> };
    expect(summary.columns.map((col) => col.header)).toEqual([
      'TT',
      'Chỉ tiêu',
      'Đơn vị tính',
      '6 tháng đầu năm 2025',
      'Cùng kỳ năm 2024',
      'Tăng, giảm (%)',
    ]);
    expect(summary.rows[0]).toEqual(['1', 'Phóng viên nước ngoài được đón tiếp', 'lượt người', '21', '18', '+16,7']);
    expect(appendixBlocks(c, { includeAgencyLines: false }).map((a) => a.title)).toEqual(['Phụ lục I', 'Phụ lục II']);
  });

  it('repeats no sentence of 30 characters or more more than five times, and every section says something', () => {
    expect(repeatedSentences(body)).toEqual([]);
    for (const key of SECTION_KEYS) expect(textToBlocks(draft[key]).length).toBeGreaterThan(1);
  });
});
