import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus-build.js';

// The corpus and held-out sets are the analyser's truth: a source line the builder misreads must
// stop the build, never drop a label or a body silently. Every article here is invented.
function build(source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-corpus-'));
  writeFileSync(join(dir, 'c1.txt'), source);
  return buildCorpus(dir);
}

const ARTICLE = `### x001 | 2025-10-06 08:15 | Báo Tuyên Quang | https://example.vn/a
labels: rel=1 tone=neg topics=security-order flags=border note=border:smuggling
# Bắt giữ vụ buôn lậu qua biên giới

Lực lượng biên phòng tỉnh Tuyên Quang bắt giữ một vụ vận chuyển hàng lậu.

Vụ việc đang được điều tra.
`;

describe('corpus builder', () => {
  it('reads labels, copies and their edits', () => {
    const [original, copy] = build(
      `${ARTICLE}\n### x002 | 2025-10-06 15:40 | Dân Trí | https://example.vn/b\ncopy-of: x001\ntitle: Buôn lậu ở biên giới\nkeep: 1\nsuffix: (Theo Báo Tuyên Quang)\n`,
    );
    expect(original!.labels).toMatchObject({ relevant: true, tone: 'negative', flags: ['border'], group: 'x001' });
    expect(copy!.title).toBe('Buôn lậu ở biên giới');
    expect(copy!.body).toBe(
      'Lực lượng biên phòng tỉnh Tuyên Quang bắt giữ một vụ vận chuyển hàng lậu.\n\n(Theo Báo Tuyên Quang)',
    );
    expect(copy!.labels.group).toBe('x001');
  });

  it('refuses a field written after note=, which would otherwise be read as the note', () => {
    const swapped = ARTICLE.replace('flags=border note=border:smuggling', 'note=border:smuggling flags=border');
    expect(() => build(swapped)).toThrow(/"flags=" after note=/);
  });

  it('keeps a template body written on the "body:" line itself', () => {
    const [first, second] = build(`@@@ gia-cam | labels: rel=1 tone=neu topics=agriculture note=template:gia-cam
title: Giá cam sành ngày {date}
body: Giá cam sành tại xã {place} hôm nay {price} đồng/kg.
- x010 | 2025-11-02 07:00 | Báo Tuyên Quang | https://example.vn/c | date=2/11; place=Hàm Yên; price=12.000
- x011 | 2025-11-03 07:00 | Báo Tuyên Quang | https://example.vn/d | date=3/11; place=Bạch Xa; price=11.500
`);
    expect(first!.body).toBe('Giá cam sành tại xã Hàm Yên hôm nay 12.000 đồng/kg.');
    expect(second!.title).toBe('Giá cam sành ngày 3/11');
    expect(second!.labels.group).toBe('x011');
  });

  it('refuses a template family without a body', () => {
    expect(() =>
      build(`@@@ trong | labels: rel=1 tone=neu topics=agriculture note=template:trong
title: Giá cam ngày {date}
- x020 | 2025-11-02 07:00 | Báo Tuyên Quang | https://example.vn/e | date=2/11
`),
    ).toThrow(/without a body/);
  });
});
