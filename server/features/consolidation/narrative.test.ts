import { describe, expect, it } from 'vitest';
import { consolidate, type ConsolidationInput } from './consolidate.js';
import { textToBlocks } from './consolidation-docx.js';
import { draftNarrative, MAX_LINES_PER_TASK } from './narrative.js';

function input(agencyCount: number): ConsolidationInput {
  const agencies = Array.from({ length: agencyCount }, (_, i) => ({ agencyId: i + 1, agencyName: `Cơ quan ${String(i + 1).padStart(2, '0')}` }));
  return {
    period: { id: 1, label: 'Năm 2025', kind: 'annual', year: 2025, windowFrom: '2024-11-15', windowTo: '2025-11-10', dueOn: '2025-11-14' },
    plan: { id: 1, title: 'Kế hoạch công tác thông tin đối ngoại năm 2025', number: '12/KH-UBND', issuer: null, issuedOn: '2025-01-06', province: 'Tuyên Quang', signer: null },
    regimeIndicatorCodes: [],
    obligations: agencies,
    submissions: agencies.map((a) => ({
      id: a.agencyId, agencyId: a.agencyId, agencyName: a.agencyName, status: 'submitted' as const,
      submittedAt: new Date('2025-11-10T02:00:00Z'), firstSubmittedAt: new Date('2025-11-10T02:00:00Z'),
      difficulties: a.agencyId <= 3 ? 'Thiếu kinh phí.' : '', proposals: a.agencyId === 4 ? 'Tập huấn.\nThêm biên chế' : '',
    })),
    tasks: [{ id: 10, code: '1', title: 'Tuyên truyền', parentId: null, position: 1 }],
    lines: agencies.map((a) => ({ submissionId: a.agencyId, taskId: 10, status: a.agencyId === 7 ? 'in-progress' as const : 'done' as const, doneText: `Việc ${a.agencyId}`, resultsText: '', evidenceLinks: [] })),
    indicators: [],
    values: [],
  };
}

describe('narrative draft', () => {
  it('lists every agency of a task up to the cap, then counts the rest', () => {
    const few = draftNarrative(consolidate(input(MAX_LINES_PER_TASK), '2025-12-01'));
    expect(few.results.split('\n').filter((l) => l.startsWith('- Cơ quan'))).toHaveLength(MAX_LINES_PER_TASK);
    const many = draftNarrative(consolidate(input(20), '2025-12-01'));
    const lines = many.results.split('\n');
    expect(lines.filter((l) => l.startsWith('- Cơ quan'))).toHaveLength(MAX_LINES_PER_TASK - 1);
    expect(lines).toContain(`- ${20 - MAX_LINES_PER_TASK + 1} cơ quan, đơn vị khác đã báo cáo kết quả thực hiện nhiệm vụ này (chi tiết tại biểu tổng hợp kèm theo).`);
    expect(lines).toContain('Tổng hợp: 20 cơ quan, đơn vị báo cáo; 19 hoàn thành, 1 đang thực hiện.');
    expect(many.direction).toContain('Thực hiện Kế hoạch số 12/KH-UBND ngày 06/01/2025 của Ủy ban nhân dân tỉnh về công tác thông tin đối ngoại năm 2025');
    expect(many.nextSteps).toContain('Trong năm 2026');
  });

  it('groups identical remarks and keeps multi-line text on one line', () => {
    const n = draftNarrative(consolidate(input(5), '2025-12-01'));
    expect(n.assessment).toContain('+ Thiếu kinh phí (Cơ quan 01; Cơ quan 02; Cơ quan 03).');
    expect(n.proposals).toBe('- Cơ quan 04: Tập huấn; Thêm biên chế.');
  });

  it('turns section text into headings, bullets and paragraphs', () => {
    expect(textToBlocks('1. Ưu điểm\n- Một\n- Hai\n+ Ba\n\nĐoạn văn.\n1.2. Mục con')).toEqual([
      { type: 'heading', level: 2, text: '1. Ưu điểm' },
      { type: 'bullets', marker: '-', items: ['Một', 'Hai'] },
      { type: 'bullets', marker: '+', items: ['Ba'] },
      { type: 'paragraph', content: 'Đoạn văn.' },
      { type: 'heading', level: 3, text: '1.2. Mục con' },
    ]);
  });
});
