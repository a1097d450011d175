import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../../common/contracts/plan-json.js';
import { citeLegalBasis, formatCitationDate, planToOfficialDocument } from './plan-to-official.js';
import { seedLikeOptions, seedLikePlan } from './seed-plan.fixture.js';

const texts = (plan: PlanJson, options = seedLikeOptions) =>
  planToOfficialDocument(plan, options).body.map((b) =>
    b.type === 'heading' ? b.text : b.type === 'paragraph' && typeof b.content === 'string' ? b.content : '',
  );

describe('planToOfficialDocument', () => {
  it('rebuilds the seed header, title and signature', () => {
    const doc = planToOfficialDocument(seedLikePlan);
    expect(doc.issuer.nameLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH TUYÊN QUANG']);
    expect([doc.number, doc.symbol, doc.date]).toEqual([284, 'KH-UBND', '2025-01-06']);
    expect(doc.typeName).toBe('KẾ HOẠCH');
    expect(doc.subject).toBe('Công tác thông tin đối ngoại năm 2025');
    expect(doc.signature).toEqual({
      authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
      title: 'PHÓ CHỦ TỊCH',
      name: 'Hoàng Việt Phương',
    });
  });

  it('numbers the parts I–IV as the seed does and words the reporting duties', () => {
    const t = texts(seedLikePlan);
    expect(t.filter((s) => /^[IV]+\. /.test(s))).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG CÁC NHIỆM VỤ TRỌNG TÂM NĂM 2025',
      'III. KINH PHÍ THỰC HIỆN',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    const duty = t.find((s) => s.includes('hoàn thành trong Quý I/2025'));
    expect(duty).toContain('tại mục II của Kế hoạch này');
    expect(duty).toContain('trước ngày 15/5 đối với báo cáo 06 tháng; trước ngày 15/11 đối với báo cáo năm.');
    expect(t).toContain('a) Cơ quan chủ trì: Sở Ngoại vụ.');
    expect(t).toContain('Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ;');
  });

  it('handles an unnumbered plan signed by the chairman, without deadlines', () => {
    const plan: PlanJson = {
      ...seedLikePlan,
      document: {
        ...seedLikePlan.document,
        number: null,
        issuedOn: null,
        signer: { name: 'Nguyễn Văn A', position: 'Chủ tịch', authority: 'TM. ỦY BAN NHÂN DÂN' },
      },
      reportingDeadlines: [{ kind: 'annual', due: '2026-01-10' }],
    };
    const doc = planToOfficialDocument(plan);
    expect([doc.number, doc.symbol, doc.date, doc.year]).toEqual([null, 'KH-UBND', null, 2025]);
    expect(doc.signature.authority).toEqual(['TM. ỦY BAN NHÂN DÂN']);
    expect(doc.signature.title).toBe('CHỦ TỊCH');
    expect(
      texts(plan, {} as typeof seedLikeOptions).some((s) => s.includes('trước ngày 10/01/2026 đối với báo cáo năm')),
    ).toBe(true);
  });

  it('keeps party-style numbers as printed', () => {
    const doc = planToOfficialDocument({
      ...seedLikePlan,
      document: { ...seedLikePlan.document, number: '391-KH/TU' },
    });
    expect([doc.number, doc.symbol]).toEqual(['391-KH', 'TU']);
  });

  it('cites legal bases in NĐ 30 date style', () => {
    expect(formatCitationDate('2015-09-07')).toBe('07/9/2015');
    expect(formatCitationDate('2026-01-05')).toBe('05/01/2026');
    expect(citeLegalBasis({ symbol: null, kind: 'Luật Báo chí', date: null, issuer: null })).toBe('Luật Báo chí');
  });
});
