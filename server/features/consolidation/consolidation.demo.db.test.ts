import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock, type RequestContext } from '../../context.js';
import type { Database } from '../../db/client.js';
import { createTestDatabase } from '../../test/test-db.js';
import { buildConsolidation, findPeriodId, type ConsolidationWithNarrative } from './build-consolidation.js';
import { renderConsolidationDocx } from './render-consolidation.js';
import { bodyText, copiedShare, readDocx, renderPdfPages, unexplainedFigures } from './report-measures.test-support.js';
import { repeatedSentences, sentencesOf } from './synthesis.test-support.js';

// The "done when", measured on the demo's six-month report of 2025 as the official reads it.
let database: Database;
let c: ConsolidationWithNarrative;
let docx: Buffer;
let body: string;
let cells: string[][];
let paragraphs: string[];
let buildMs: number;

beforeAll(async () => {
  database = await createTestDatabase('demo');
  const ctx: RequestContext = {
    db: database.db,
    clock: createClock('2025-06-01'),
    actor: { kind: 'system', name: 'test' },
  };
  const t0 = performance.now();
  c = await buildConsolidation(ctx, await findPeriodId(ctx, 2025, 'semiannual'));
  docx = await renderConsolidationDocx(c);
  buildMs = performance.now() - t0;
  ({ paragraphs, cells } = readDocx(docx));
  body = bodyText(paragraphs);
});
afterAll(() => database.close());

describe('the demo’s 2025 six-month report', () => {
  it('runs to at most 12 pages before its appendices', () => {
    const pages = renderPdfPages(docx);
    const appendix = pages.findIndex((p) => /^\s*Phụ lục I\s*$/mu.test(p));
    expect(appendix).toBeGreaterThan(0);
    console.info(
      `pages: ${appendix} body + ${pages.length - appendix} appendix (${pages.length}); build ${buildMs.toFixed(0)} ms`,
    );
    expect(appendix).toBeLessThanOrEqual(12);
  });

  it('repeats no sentence of 30 characters or more more than five times', () => {
    expect(repeatedSentences(body)).toEqual([]);
    const counts = new Map<string, number>();
    for (const s of sentencesOf(body)) if (s.length >= 30) counts.set(s, (counts.get(s) ?? 0) + 1);
    console.info(`most repeated sentence: ${Math.max(...counts.values())} times`);
  });

  it('keeps the agencies’ own words under a fifth of the body', () => {
    const lines = c.tasks.flatMap((t) => t.lines.map((l) => `${l.doneText} ${l.resultsText}`));
    const share = copiedShare(body, lines);
    console.info(`share of the body in agencies' words: ${(share * 100).toFixed(1)} %`);
    expect(share).toBeLessThan(0.2);
  });

  it('prints in its text only figures its tables print', () => {
    expect(cells.some((row) => row.includes('BIỂU TỔNG HỢP SỐ LIỆU CÔNG TÁC THÔNG TIN ĐỐI NGOẠI'))).toBe(false);
    expect(paragraphs).toContain('BIỂU TỔNG HỢP SỐ LIỆU CÔNG TÁC THÔNG TIN ĐỐI NGOẠI');
    expect(unexplainedFigures(body, cells, c.counts.expected)).toEqual([]);
    // And the totals the text quotes are the table's: articles, press conferences, copies.
    const total = (name: string) => cells.find((row) => row[1] === name)?.[3];
    for (const name of [
      'Tin, bài thông tin đối ngoại đăng, phát theo loại hình',
      'Họp báo, cung cấp thông tin cho báo chí',
      'Số bản ấn phẩm thông tin đối ngoại',
    ])
      expect(body).toContain(` ${total(name)} `);
  });

  it('has the five sections with substance, in the form a province sends up', () => {
    const section = (from: string, to: string) => body.slice(body.indexOf(from), body.indexOf(to));
    const I = section('I. CÔNG TÁC CHỈ ĐẠO', 'II. KẾT QUẢ');
    const III = section('III. ĐÁNH GIÁ', 'IV. PHƯƠNG HƯỚNG');
    const IV = section('IV. PHƯƠNG HƯỚNG', 'V. ĐỀ XUẤT');
    const V = body.slice(body.indexOf('V. ĐỀ XUẤT'));
    expect(sentencesOf(I).length).toBeGreaterThan(4);
    for (const part of ['1. Ưu điểm', '2. Tồn tại, hạn chế', '3. Nguyên nhân']) expect(III).toContain(part);
    for (const date of ['19/8/1945', '2/9/1945', 'Happy Vietnam', 'Lễ hội Thành Tuyên', 'Từ ngày 01/7/2025'])
      expect(IV).toContain(date);
    expect(V).toContain('1. Đối với Bộ Văn hóa, Thể thao và Du lịch');
    expect(V).toContain('Đối với các cơ quan của tỉnh');
    // Căn cứ: the ministry's request and the plan with its number and date.
    expect(body).toMatch(
      /^Thực hiện Văn bản số 1712\/BVHTTDL-TTCS ngày 28\/4\/2025 .*; căn cứ Kế hoạch số 08\/KH-UBND ngày 14\/01\/2025/u,
    );
    const closing = cells.flat().join('\n');
    expect(closing).toContain('- UBND các huyện, thành phố;');
    expect(closing).not.toContain('- UBND các xã, phường;');
    expect(closing).toContain('- Lưu: VT, VHTTDL.');
    expect(body).not.toContain('điều Chính phủ hợp');
    expect(paragraphs.join('\n')).not.toContain('Gửi muộn');
  });

  it('shows the coordinator the demo’s implausible entries before the draft, with their lines', () => {
    expect(
      c.checks
        .filter((k) => k.severity === 'warning')
        .map((k) => k.kind)
        .sort(),
    ).toEqual(['far-above', 'prose-figure', 'remit', 'territory']);
    expect(c.checks.every((k) => k.severity === 'info' || k.source)).toBe(true);
  });
});
