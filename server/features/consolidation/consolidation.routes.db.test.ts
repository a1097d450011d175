import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZipText } from '../../documents/official-docx/zip-reader.test-support.js';
import { buildTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { buildScenario, type Scenario } from './consolidation.scenario.test-support.js';
import { XLSX_SHEETS } from './consolidation-xlsx.js';

let t: TestApp;
let s: Scenario;
let coordinator: Session;
let officer: Session;

beforeAll(async () => {
  t = await buildTestApp({ today: '2025-06-01' });
  s = await buildScenario(t.database.db);
  coordinator = await signIn(t.app, 'dieuphoi');
  officer = await signIn(t.app, 'baotuyenquang');
});
afterAll(() => t.close());

/** Paragraph texts of a DOCX body, runs joined. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((r) => r[1]).join(''),
  );
}

describe('consolidation routes', () => {
  it('climbs the ladder: 401 signed out, 400 bad id, 403 officer, 404 unknown period', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/consolidation/periods/${s.periodId}` })).statusCode).toBe(
      401,
    );
    expect((await coordinator.inject({ method: 'GET', url: '/api/consolidation/periods/abc' })).statusCode).toBe(400);
    for (const url of [
      `/api/consolidation/periods/${s.periodId}`,
      `/api/consolidation/periods/${s.periodId}/report.docx`,
      `/api/consolidation/periods/${s.periodId}/report.xlsx`,
      `/api/consolidation/periods/${s.periodId}/internal-note.docx`,
    ]) {
      const res = await officer.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    const put = await officer.inject({
      method: 'PUT',
      url: `/api/consolidation/periods/${s.periodId}/narrative`,
      payload: { sections: {}, version: 0 },
    });
    expect(put.statusCode).toBe(403);
    // The province leader reads the consolidated report but cannot edit it.
    const leader = await signIn(t.app, 'lanhdao');
    const read = await leader.inject({ method: 'GET', url: `/api/consolidation/periods/${s.periodId}` });
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities['consolidation.build']).toBe(false);
    expect(
      (
        await leader.inject({
          method: 'PUT',
          url: `/api/consolidation/periods/${s.periodId}/narrative`,
          payload: { sections: {}, version: 0 },
        })
      ).statusCode,
    ).toBe(403);
    expect((await coordinator.inject({ method: 'GET', url: '/api/consolidation/periods/987654' })).statusCode).toBe(
      404,
    );
  });

  it('answers the consolidation, narrative and abilities; saves edits with a version check', async () => {
    const res = await coordinator.inject({ method: 'GET', url: `/api/consolidation/periods/${s.periodId}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.counts).toMatchObject({ expected: 7, submitted: 4, onTime: 3 });
    expect(body.indicators.find((i: { code: string }) => i.code === 'TIN').total).toBe(27);
    expect(body.abilities['consolidation.build']).toBe(true);
    expect(body.narrative.version).toBe(0);

    const bad = await coordinator.inject({
      method: 'PUT',
      url: `/api/consolidation/periods/${s.periodId}/narrative`,
      payload: { sections: { nonsense: 'x' }, version: 0 },
    });
    expect(bad.statusCode).toBe(400);
    const ok = await coordinator.inject({
      method: 'PUT',
      url: `/api/consolidation/periods/${s.periodId}/narrative`,
      payload: { sections: { assessment: '1. Ưu điểm\n- Chủ động, kịp thời.' }, version: 0 },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(1);
    const stale = await coordinator.inject({
      method: 'PUT',
      url: `/api/consolidation/periods/${s.periodId}/narrative`,
      payload: { sections: {}, version: 0 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('downloads the internal note on who reported when, apart from the report', async () => {
    const res = await coordinator.inject({
      method: 'GET',
      url: `/api/consolidation/periods/${s.periodId}/internal-note.docx`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('Ghi chú nội bộ');
    const texts = paragraphs(readZipText(res.rawPayload).get('word/document.xml')!);
    expect(texts.some((p) => p.includes('Hạn gửi báo cáo: ngày'))).toBe(true);
  });

  it('downloads the DOCX in the official layout, with the edited narrative and the tables', async () => {
    const res = await coordinator.inject({
      method: 'GET',
      url: `/api/consolidation/periods/${s.periodId}/report.docx`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain(
      "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20k%E1%BA%BFt%20qu%E1%BA%A3",
    );
    const xml = readZipText(res.rawPayload).get('word/document.xml')!;
    const texts = paragraphs(xml);
    expect(texts).toContain('BÁO CÁO');
    expect(texts).toContain('Kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2025');
    expect(texts).toContain('ỦY BAN NHÂN DÂN');
    expect(texts).toContain('TỈNH TUYÊN QUANG');
    expect(texts.some((p) => /^Số:\s+\/BC-UBND$/.test(p))).toBe(true);
    expect(texts).toContain('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
    expect(texts).toContain('- Chủ động, kịp thời.');
    // Closing, then the appendices after "Nơi nhận": the figures table is inside the document.
    const rowOf = (first: string) => texts.indexOf(first);
    expect(texts).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(texts).toContain('KT. CHỦ TỊCH');
    expect(texts).toContain('- Bộ Văn hóa, Thể thao và Du lịch (b/c);');
    expect(texts).toContain('- Lưu: VT, VHTTDL.');
    expect(texts).not.toContain('- UBND các xã, phường;');
    expect(rowOf('Phụ lục I')).toBeGreaterThan(rowOf('Nơi nhận:'));
    expect(texts).toContain('BIỂU TỔNG HỢP SỐ LIỆU CÔNG TÁC THÔNG TIN ĐỐI NGOẠI');
    // Phụ lục I: name, unit, total, and the language rows.
    const tin = rowOf('Tin, bài thông tin đối ngoại');
    expect(tin).toBeGreaterThan(rowOf('Phụ lục I'));
    expect(texts.slice(tin, tin + 3)).toEqual(['Tin, bài thông tin đối ngoại', 'tin, bài', '27']);
    expect(texts).toContain('Trong đó: tiếng Anh');
    expect(texts).toContain('SỐ LIỆU THEO CƠ QUAN, ĐƠN VỊ');
    expect(texts.slice(rowOf('Phụ lục II'))).toContain('Sở Tư pháp');
    // Who was late is the province's own business: not in the report to the ministry.
    expect(texts).not.toContain('CƠ QUAN, ĐƠN VỊ CHƯA GỬI HOẶC GỬI BÁO CÁO MUỘN');
    expect(texts).not.toContain('Gửi muộn');
    expect(xml).not.toContain('NHÁP');
    // A4 portrait, NĐ 30 margins, Times New Roman.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:left="1701"/);
    expect(readZipText(res.rawPayload).get('word/styles.xml')).toContain('w:ascii="Times New Roman"');
  });

  it('downloads the XLSX: agencies × indicators with totals, task lines, submission dates', async () => {
    const res = await coordinator.inject({
      method: 'GET',
      url: `/api/consolidation/periods/${s.periodId}/report.xlsx`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="So lieu ket qua cong tac thong tin doi ngoai 6 thang dau nam 2025\.xlsx"; filename\*=UTF-8''/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(XLSX_SHEETS.indicators)!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['TT', 'Cơ quan, đơn vị', 'Văn bản chỉ đạo, hướng dẫn (Văn bản)']);
    const tinCol = header.indexOf('Tin, bài thông tin đối ngoại (Tin, bài)') + 1;
    const enCol = header.indexOf('Tin, bài thông tin đối ngoại – tiếng Anh (Tin, bài)') + 1;
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
    expect(rows.map((r) => r.getCell(2).value)).toEqual([
      'Báo Tuyên Quang',
      'Sở Ngoại vụ',
      'Sở Tư pháp',
      'Sở Y tế',
      'Tỉnh đoàn',
      'Tổng cộng',
    ]);
    expect(rows.map((r) => r.getCell(tinCol).value)).toEqual([6, 10, 4, null, 7, 27]);
    expect(rows.map((r) => r.getCell(enCol).value)).toEqual([5, 3, null, null, null, 8]);

    const tasks = wb.getWorksheet(XLSX_SHEETS.tasks)!;
    const t74: unknown[][] = [];
    tasks.eachRow((row) => {
      if (row.getCell(1).value === '7.4') t74.push([row.getCell(3).value, row.getCell(4).value]);
    });
    expect(t74).toEqual([
      // The status words of docs/GLOSSARY.md, as on the screens.
      ['Báo Tuyên Quang', 'Hoàn thành'],
      ['Sở Ngoại vụ', 'Đang triển khai'],
      ['Tỉnh đoàn', 'Thường xuyên, tiếp tục'],
    ]);

    const timeliness = wb.getWorksheet(XLSX_SHEETS.timeliness)!;
    const byAgency = new Map<string, unknown[]>();
    timeliness.eachRow((row, n) => {
      if (n > 1)
        byAgency.set(String(row.getCell(2).value), [
          row.getCell(3).value,
          (row.getCell(4).value as Date | null)?.toISOString().slice(0, 10) ?? '',
          row.getCell(5).value,
        ]);
    });
    expect(byAgency.get('Sở Tư pháp')).toEqual(['Gửi muộn', '2025-05-19', 'Không']);
    expect(byAgency.get('Sở Ngoại vụ')).toEqual(['Đúng hạn', '2025-05-14', 'Có']);
    expect(byAgency.get('Sở Tài chính')).toEqual(['Chưa gửi', '', '']);
    // The checks found before the draft, for the coordinator's own follow-up.
    const checks = wb.getWorksheet(XLSX_SHEETS.checks)!;
    const kinds: unknown[] = [];
    checks.eachRow((row, n) => {
      if (n > 1) kinds.push(row.getCell(2).value);
    });
    expect(kinds).toContain('Thiếu căn cứ');
    // Real dates, shown as dd/mm/yyyy.
    expect(timeliness.getRow(2).getCell(4).numFmt ?? timeliness.getColumn(4).numFmt).toBe('dd/mm/yyyy');
  });
});
