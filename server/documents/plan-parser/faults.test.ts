import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText, scorePlan } from './index.js';

const DIR = join(import.meta.dirname, '../../../fixtures/plans');
const parse = (name: string) => parsePlanText(readFileSync(join(DIR, `${name}.txt`), 'utf8'));
const expected = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));

describe('real provinces’ printing habits, each a grammar rule', () => {
  it('a place-date line broken after the day; issuer named only in the preamble; law without symbol over two lines; issuer followed by a date; 6-month report', () => {
    const plan = parse('quang-tri-2021-broken-date');
    expect(plan.document.issuedOn).toBe('2021-01-29');
    expect(plan.document.issuer).toBe('Ủy ban nhân dân tỉnh Quảng Trị');
    expect(plan.legalBases[0]).toEqual({ symbol: null, kind: 'Luật', date: '2015-06-19', issuer: null });
    expect(plan.legalBases.find((b) => b.symbol === '05-CT/TU')).toMatchObject({
      issuer: 'Ban Thường vụ Tỉnh ủy',
      date: '2020-10-12',
    });
    expect(plan.reportingDeadlines).toContainEqual({ kind: 'semiannual', due: '2021-06-15' });
    expect(scorePlan(plan, expected('quang-tri-2021-broken-date')).f1).toBe(1);
  });
  it('number and date printed only in the annex heading', () => {
    const plan = parse('ninh-binh-2022-annex-only');
    expect(plan.document).toMatchObject({ number: '46/QĐ-UBND', issuedOn: '2022-02-14' });
    expect(scorePlan(plan, expected('ninh-binh-2022-annex-only')).f1).toBe(1);
  });
  it('a decision carrying the plan as an annex: its tasks come from the annex, never from its articles', () => {
    const plan = parse('nam-dinh-2022-decision-annex');
    expect(plan.tasks.map((t) => t.code)).toEqual(['1', '2', '3']);
    expect(plan.document.signer).toEqual({ name: 'Phạm Đình Nghị', position: 'Chủ tịch', authority: null });
    expect(scorePlan(plan, expected('nam-dinh-2022-decision-annex')).f1).toBe(1);
  });
  it('a signature wrapped mid-phrase, and names separated by a comma without its space', () => {
    const plan = parse('ha-tinh-2023-wrapped-signature');
    expect(plan.document.signer).toEqual({
      name: 'Võ Trọng Hải',
      position: 'Chủ tịch',
      authority: 'TM. ỦY BAN NHÂN DÂN',
    });
    expect(plan.tasks[1]?.lead).toEqual(['Các sở, ban, ngành', 'UBND các huyện, thị xã, thành phố']);
    expect(scorePlan(plan, expected('ha-tinh-2023-wrapped-signature')).f1).toBe(1);
  });
  it('table cells with line breaks keep both coordinators and the row’s timeframe', () => {
    const plan = parse('son-la-2024-table-cells');
    expect(plan.tasks[1]?.coordinators).toEqual(['Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh']);
    expect(plan.tasks[1]?.timeframe.kind).toBe('continuous');
    expect(plan.document.signer?.position).toBe('Phó Chủ tịch');
    expect(scorePlan(plan, expected('son-la-2024-table-cells')).f1).toBe(1);
  });
  it('OCR text: a misread heading number is repaired only when the text came from OCR', () => {
    const text =
      'KẾ HOẠCH\nII. NHIỆM VỤ\n1. Việc một\n1.1. Việc con\n9.2. Việc con thứ hai\nCơ quan chủ trì: Sở Ngoại vụ.';
    expect(parsePlanText(text, { ocr: true }).tasks.map((t) => t.code)).toEqual(['1', '1.1', '1.2']);
    expect(parsePlanText(text).tasks.map((t) => t.code)).toEqual(['1', '1.1']);
  });
  it('a task table whose numbering column heading the OCR misread ("ÔN" for "TT") is still read by its numbers', () => {
    const text = (first: string) =>
      [
        'KẾ HOẠCH',
        'Thông tin đối ngoại năm 2026',
        'II. NHIỆM VỤ',
        `${first}\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện`,
        '1\tQuảng bá du lịch\tSở Du lịch\tSở Ngoại vụ\tQuý II/2026',
        '2\tCung cấp thông tin\tCông an tỉnh\tSở Nội vụ\tThường xuyên',
        'III. TỔ CHỨC THỰC HIỆN',
      ].join('\n');
    const plan = parsePlanText(text('ÔN'), { ocr: true });
    expect(plan.tasks.map((t) => [t.code, t.title, t.lead])).toEqual([
      ['1', 'Quảng bá du lịch', ['Sở Du lịch']],
      ['2', 'Cung cấp thông tin', ['Công an tỉnh']],
    ]);
    // A first column of words under an unknown heading is no numbering: no table is made of it.
    const words = text('Ghi chú').replace(/^1\t/mu, 'Đã\t').replace(/^2\t/mu, 'Chưa\t');
    expect(parsePlanText(words, { ocr: true }).tasks).toEqual([]);
  });
  it('a part numeral whose dot the OCR glued into an "L" ("L MỤC ĐÍCH", "IIL NỘI DUNG") still opens its part', () => {
    const text = [
      'KẾ HOẠCH',
      'Thông tin đối ngoại năm 2025',
      'L MỤC ĐÍCH, YÊU CẦU',
      'Bảo đảm thống nhất.',
      'IIL NỘI DUNG CÁC NHIỆM VỤ TRỌNG TÂM',
      '1. Quảng bá du lịch',
      'a) Cơ quan chủ trì: Sở Du lịch.',
      'LỰA CHỌN ĐỐI TÁC',
      'IV. TỔ CHỨC THỰC HIỆN',
    ].join('\n');
    const plan = parsePlanText(text, { ocr: true });
    expect(plan.tasks.map((t) => [t.code, t.title, t.lead])).toEqual([['1', 'Quảng bá du lịch', ['Sở Du lịch']]]);
  });
});
