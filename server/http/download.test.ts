import { describe, expect, it } from 'vitest';
import { contentDisposition } from './download.js';

describe('contentDisposition', () => {
  it('gives an ASCII fallback with folded diacritics and the exact name per RFC 5987', () => {
    expect(contentDisposition("Công văn (đôn đốc)'s.docx")).toBe(
      `attachment; filename="Cong van (don doc)'s.docx"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20%28%C4%91%C3%B4n%20%C4%91%E1%BB%91c%29%27s.docx`,
    );
    expect(contentDisposition("Báo cáo (6 tháng)'.docx")).toBe(
      `attachment; filename="Bao cao (6 thang)'.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%286%20th%C3%A1ng%29%27.docx`,
    );
  });
  it('never lets a quote or a backslash break the header', () => {
    expect(contentDisposition('a"b\\c.docx')).toContain('filename="a_b_c.docx"');
  });
  it('stores the name in NFC whatever form it came in', () => {
    expect(contentDisposition('Ke\u0302\u0301 hoa\u0323ch.docx')).toBe(contentDisposition('Kế hoạch.docx'));
  });
});
