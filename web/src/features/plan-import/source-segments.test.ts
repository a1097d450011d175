import { describe, expect, it } from 'vitest';
import type { SourceSpan } from './plan-import.types';
import { cleanSpans, segmentSource, warningLine, markDoubtful } from './source-segments';

const span = (start: number, end: number, kind: SourceSpan['kind'] = 'agency', code = '1'): SourceSpan => ({
  start,
  end,
  kind,
  code,
  text: '',
});

describe('segmentSource', () => {
  it('keeps every character once, in order, split into numbered lines', () => {
    const text = 'KẾ HOẠCH\n1. Tuyên truyền\nCơ quan chủ trì: Sở Ngoại vụ';
    const lines = segmentSource(text, [span(9, 24, 'task'), span(42, 53)]);
    expect(lines.map((l) => l.number)).toEqual([1, 2, 3]);
    expect(lines.map((l) => l.segments.map((s) => s.text).join('')).join('\n')).toBe(text);
    expect(lines[1]!.segments[0]).toMatchObject({ text: '1. Tuyên truyền', first: true, span: { kind: 'task' } });
    expect(lines[2]!.segments.map((s) => [s.text, s.span?.kind ?? null])).toEqual([
      ['Cơ quan chủ trì: ', null],
      ['Sở Ngoại vụ', 'agency'],
    ]);
  });

  it('continues a span across a line break, with the anchor only on its first part', () => {
    const text = 'phối hợp: Sở\nThông tin và Truyền thông.';
    const lines = segmentSource(text, [span(10, 38)]);
    expect(lines[0]!.segments.at(-1)).toMatchObject({ text: 'Sở', first: true });
    expect(lines[1]!.segments[0]).toMatchObject({
      text: 'Thông tin và Truyền thông',
      first: false,
      span: { start: 10 },
    });
    expect(lines[1]!.segments[1]).toMatchObject({ text: '.', span: null });
  });

  it('keeps empty lines as lines without runs', () => {
    expect(segmentSource('a\n\nb', []).map((l) => l.segments.length)).toEqual([1, 0, 1]);
  });
});

describe('cleanSpans', () => {
  it('drops spans outside the text, empty ones and later overlapping ones', () => {
    const kept = cleanSpans('0123456789', [span(5, 8), span(0, 3), span(2, 4), span(7, 9), span(9, 12), span(4, 4)]);
    expect(kept.map((s) => [s.start, s.end])).toEqual([
      [0, 3],
      [5, 8],
    ]);
  });
});

describe('warningLine', () => {
  it('reads the line number of a parser warning', () => {
    expect(warningLine("2.3.2: line 39: value of 'Cơ quan phối hợp' continues on line 40")).toBe(39);
    expect(warningLine('docx: bảng bị bỏ qua')).toBeNull();
  });
});

describe('markDoubtful', () => {
  it('cuts out exactly the OCR-doubtful runs of a line, inside and outside spans', () => {
    const text = 'a) Cơ quan chủ trì: Sở Ngoai vu.\nb) Thời gian';
    const spans = [{ start: 20, end: 31, kind: 'agency' as const, code: '1', text: 'Sở Ngoai vu' }];
    const lines = markDoubtful(segmentSource(text, spans), [{ line: 1, start: 23, end: 31 }]);
    const doubtful = lines[0]!.segments.filter((s) => s.doubtful).map((s) => s.text);
    expect(doubtful).toEqual(['Ngoai vu']);
    expect(lines[0]!.segments.map((s) => s.text).join('')).toBe('a) Cơ quan chủ trì: Sở Ngoai vu.');
    expect(lines[1]!.segments.some((s) => s.doubtful)).toBe(false);
  });
});
