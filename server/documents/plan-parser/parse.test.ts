import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanJson } from '../../../common/contracts/plan-json.js';
import {
  evaluatePlanDir,
  formatEvalReport,
  parsePlanFile,
  parsePlanText,
  splitAgencies,
  parseTimeframe,
  assertLooksLikePlan,
} from './index.js';

const DIR = join(import.meta.dirname, '../../../fixtures/plans');
const SEED = join(DIR, 'seed-tuyen-quang-2025.txt');

describe('parsePlanText on the seed', () => {
  it('gives exactly the hand-written expected JSON', () => {
    const got = parsePlanText(readFileSync(SEED, 'utf8'));
    const want = JSON.parse(readFileSync(join(DIR, 'seed-tuyen-quang-2025.expected.json'), 'utf8'));
    expect(PlanJson.parse(got)).toEqual(got);
    expect(got).toEqual(want);
  });
  it('parsePlanFile gives the same as parsePlanText for a .txt', async () => {
    expect(await parsePlanFile(SEED)).toEqual(parsePlanText(readFileSync(SEED, 'utf8')));
  });
});

describe('evaluation set', () => {
  it('scores every document; overall F1 ≥ 0.98, seed 1.000, every scan or photo ≥ 0.95', async () => {
    const r = await evaluatePlanDir(DIR);
    console.log(formatEvalReport(r));
    expect(r.documents.length).toBeGreaterThanOrEqual(12);
    for (const d of r.documents) expect(d.error, d.file).toBeUndefined();
    expect(r.overall.f1).toBeGreaterThanOrEqual(0.98);
    expect(r.documents.find((d) => d.file.startsWith('seed-'))?.f1).toBe(1);
    const read = r.documents.filter((d) => /-scan\.|-photos$/u.test(d.file));
    expect(read.length).toBeGreaterThanOrEqual(9);
    for (const d of read) expect(d.f1, d.file).toBeGreaterThanOrEqual(0.95);
  }, 400_000);
});

describe('agency lists', () => {
  it('keeps names and group phrases whole', () => {
    expect(
      splitAgencies('Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông và các cơ quan có liên quan.'),
    ).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Thông tin và Truyền thông', 'các cơ quan có liên quan']);
    expect(splitAgencies('Các sở, ban, ngành, đoàn thể tỉnh; Ủy ban nhân dân huyện, thành phố')).toEqual([
      'Các sở, ban, ngành, đoàn thể tỉnh',
      'Ủy ban nhân dân huyện, thành phố',
    ]);
    expect(
      splitAgencies('Trên cơ sở chức năng, nhiệm vụ, các cơ quan, đơn vị, địa phương chủ động triển khai.'),
    ).toEqual(['các cơ quan, đơn vị, địa phương']);
    expect(splitAgencies('Sở Văn hoá, Thể thao và Du lịch, Uỷ ban nhân dân các xã, phường')).toEqual([
      'Sở Văn hoá, Thể thao và Du lịch',
      'Uỷ ban nhân dân các xã, phường',
    ]);
  });
  it('uses the caller lexicon to keep unusual names whole', () => {
    expect(splitAgencies('Văn phòng Đoàn ĐBQH và HĐND tỉnh, Sở Nội vụ', ['Văn phòng Đoàn ĐBQH và HĐND tỉnh'])).toEqual([
      'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
      'Sở Nội vụ',
    ]);
  });
});

describe('timeframes', () => {
  it('classifies the contract examples', () => {
    expect(parseTimeframe('Thường xuyên', 2025)).toEqual({ text: 'Thường xuyên', kind: 'continuous', due: null });
    expect(parseTimeframe('Trong năm 2025', 2025).due).toBe('2025-12-31');
    expect(parseTimeframe('Hằng năm', 2025).kind).toBe('annual');
    expect(parseTimeframe('Quý 3/2026', 2026).due).toBe('2026-09-30');
    expect(parseTimeframe('hoàn thành trong Quý I/2025', 2025).due).toBe('2025-03-31');
    expect(parseTimeframe('Tháng 6/2025', 2025).due).toBe('2025-06-30');
    expect(parseTimeframe('Trước ngày 30/6/2025', 2025)).toMatchObject({ kind: 'deadline', due: '2025-06-30' });
    expect(parseTimeframe('trước 15/11', 2025).due).toBe('2025-11-15');
    expect(parseTimeframe('Hằng quý', 2025).kind).toBe('other');
    expect(parseTimeframe('Theo kế hoạch của Bộ', 2025).kind).toBe('other');
  });
});

describe('documents that are not plans', () => {
  it('an official letter gives no tasks and a warning, and assertLooksLikePlan refuses it', async () => {
    const plan = await parsePlanFile(join(DIR, 'not-plans/cong-van.txt'));
    expect(plan.tasks).toEqual([]);
    expect(plan.warnings.join('\n')).toMatch(/no tasks part/);
    expect(() => assertLooksLikePlan(plan)).toThrow(/DOCUMENT_NOT_A_PLAN/);
  });
  it('a short decision parses without crashing', () => {
    const plan = parsePlanText(
      'QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\nĐiều 1. Thành lập Tổ công tác.\nĐiều 2. Quyết định có hiệu lực.',
    );
    expect(PlanJson.safeParse(plan).success).toBe(true);
    expect(plan.document.kind).toBe('QĐ');
    expect(plan.tasks).toEqual([]);
  });
});
