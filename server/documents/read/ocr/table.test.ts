import { describe, expect, it } from 'vitest';
import { layoutPage } from './layout.js';
import type { Ruling } from './rulings.js';
import { findTables, repairRowNumbers, splitAcrossBorders } from './table.js';
import type { OcrWord } from './words.js';

const LH = 36;
let seq = 0;
/** A word box as tesseract gives it: width from the text's length, one line high. */
const word = (text: string, x0: number, y0: number, conf = 95): OcrWord => ({
  text,
  conf,
  x0,
  y0,
  x1: x0 + text.length * 17,
  y1: y0 + LH,
  line: `1.1.${seq++}`,
});
/** Words of one printed line starting at x. */
const line = (text: string, x: number, y: number): OcrWord[] => {
  const out: OcrWord[] = [];
  let cx = x;
  for (const t of text.split(' ')) {
    out.push(word(t, cx, y));
    cx += t.length * 17 + 14;
  }
  return out;
};

// A bordered task table: columns TT | Nội dung | Chủ trì | Phối hợp, at 200 dpi.
const COLUMNS = [200, 300, 760, 1110, 1500];
const ROWS = [700, 800, 950, 1100];
const grid = (broken = false): { vertical: Ruling[]; horizontal: Ruling[] } => ({
  vertical: COLUMNS.flatMap((at) =>
    broken
      ? // A scanner's dropout cuts each border twice.
        [
          { at, from: 700, to: 820 },
          { at: at + 1, from: 850, to: 990 },
          { at, from: 1030, to: 1100 },
        ]
      : [{ at, from: 700, to: 1100 }],
  ),
  horizontal: ROWS.map((at) => ({ at, from: 200, to: 1500 })),
});

const tableWords = (): OcrWord[] => [
  ...line('TT', 220, 730),
  ...line('Nội dung', 320, 730),
  ...line('Chủ trì', 780, 730),
  ...line('Phối hợp', 1130, 730),
  word('1', 230, 820),
  ...line('Thông tin về Vịnh', 320, 820),
  ...line('Hạ Long', 320, 870),
  // Glued across the border at x = 1110: the cell's last word and the next cell's first.
  ...line('Sở Ngoại', 780, 820),
  { ...word('vụỦy', 1050, 820), x1: 1165 },
  ...line('ban nhân dân', 1130, 870),
  word('11', 225, 970),
  ...line('Sản xuất phim', 320, 970),
  ...line('Sở Du lịch', 780, 970),
  // The border read as a bracket.
  word('(', 1106, 970, 40),
  ...line('Báo Quảng Ninh', 1130, 970),
];

describe('bordered tables from word boxes and ruling lines', () => {
  it('reads a table row by row, cells tab-separated, a cell’s further lines on continuation lines', () => {
    const text = layoutPage(tableWords(), grid()).map((l) => l.text);
    expect(text).toEqual([
      'TT\tNội dung\tChủ trì\tPhối hợp',
      '1\tThông tin về Vịnh\tSở Ngoại vụ\tỦy',
      '\tHạ Long\t\tban nhân dân',
      '1.1\tSản xuất phim\tSở Du lịch\tBáo Quảng Ninh',
    ]);
  });

  it('finds the same table when every border is broken by the scanner', () => {
    const tables = findTables(grid(true).vertical, grid(true).horizontal, LH);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.columns).toHaveLength(5);
    expect(tables[0]?.rows).toHaveLength(4);
    expect(layoutPage(tableWords(), grid(true)).map((l) => l.text)[1]).toBe('1\tThông tin về Vịnh\tSở Ngoại vụ\tỦy');
  });

  it('makes no column of letters that stand one above another, and no table of a seal’s ring', () => {
    const { vertical, horizontal } = grid();
    // A stack of "l" strokes inside the "Nội dung" cell, taller than a row.
    const strokes: Ruling = { at: 500, from: 830, to: 940 };
    const tables = findTables([...vertical, strokes], horizontal, LH);
    expect(tables[0]?.columns).toEqual(COLUMNS);
    // A seal: the two sides of its ring and a letter stroke, no rule across them.
    const ring: Ruling[] = [
      { at: 1300, from: 1500, to: 1700 },
      { at: 1450, from: 1510, to: 1690 },
      { at: 1380, from: 1520, to: 1680 },
    ];
    expect(findTables(ring, [], LH)).toEqual([]);
  });

  it('keeps a border that only some rows have (merged cells) when it runs between two row borders', () => {
    const { vertical, horizontal } = grid();
    const partial: Ruling = { at: 1300, from: 950, to: 1100 };
    expect(findTables([...vertical, partial], horizontal, LH)[0]?.columns).toEqual([
      ...COLUMNS.slice(0, 4),
      1300,
      1500,
    ]);
  });
});

describe('repairs of a scan’s table', () => {
  it('cuts a word glued across a border at the letter case or punctuation break nearest the border', () => {
    const glued = { ...word('hóa,Ủy', 700, 0), x1: 830 };
    expect(splitAcrossBorders([glued], [760], LH).map((w) => w.text)).toEqual(['hóa,', 'Ủy']);
    const lyUy = { ...word('lýỦy', 720, 0), x1: 800 };
    expect(splitAcrossBorders([lyUy], [760], LH).map((w) => w.text)).toEqual(['lý', 'Ủy']);
    // No break to cut at: the word stays whole.
    const whole = { ...word('Thông', 730, 0), x1: 820 };
    expect(splitAcrossBorders([whole], [760], LH).map((w) => w.text)).toEqual(['Thông']);
  });

  it('puts back the dot of sub-item numbers the recogniser lost, and leaves a running order alone', () => {
    expect(repairRowNumbers(['1', '11', '12', '2', '21', '3'])).toEqual(['1', '1.1', '1.2', '2', '2.1', '3']);
    expect(repairRowNumbers(['9', '10', '11', '12'])).toEqual(['9', '10', '11', '12']);
    expect(repairRowNumbers(['1', '1,1', '1.2', '13'])).toEqual(['1', '1.1', '1.2', '1.3']);
    expect(repairRowNumbers(['TT', '1', '2'])).toEqual(['TT', '1', '2']);
  });

  it('reads a number the recogniser turned into letters from the numbers around it, when they leave one choice', () => {
    expect(repairRowNumbers(['TT', '1', 'LÌn', '1.2', '2'])).toEqual(['TT', '1', '1.1', '1.2', '2']);
    expect(repairRowNumbers(['1', 'Z', '3'])).toEqual(['1', '2', '3']);
    // "1.1" before "2.1": the one between could be 1.2 or 2 — left as read.
    expect(repairRowNumbers(['1.1', 'LÌn', '2.1'])).toEqual(['1.1', 'LÌn', '2.1']);
    expect(repairRowNumbers(['1', 'Ghi chú dài', '3'])).toEqual(['1', 'Ghi chú dài', '3']);
    // A digit misread: "1.2" as "15", between "1.1" and "2".
    expect(repairRowNumbers(['1', '1.1', '15', '2'])).toEqual(['1', '1.1', '1.2', '2']);
  });
});

describe('two-column bands', () => {
  it('reads the signature after the recipients when its first line stands a little higher', () => {
    const words = [
      ...line('KT. CHỦ TỊCH', 1100, 100),
      ...line('Nơi nhận:', 300, 130),
      ...line('- Văn phòng Chính phủ;', 250, 180),
      ...line('PHÓ CHỦ TỊCH', 1090, 160),
      ...line('- Lưu: VT.', 250, 230),
      ...line('Vũ Văn Diện', 1110, 400),
    ];
    expect(layoutPage(words, { vertical: [], horizontal: [] }).map((l) => l.text)).toEqual([
      'Nơi nhận:',
      '- Văn phòng Chính phủ;',
      '- Lưu: VT.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Vũ Văn Diện',
    ]);
  });

  it('leaves a paragraph line above a band where it is', () => {
    const words = [
      ...line('2. Báo cáo kết quả 6 tháng trước ngày 15/6/2026; báo cáo năm trước ngày 15/11/2026.', 200, 40),
      ...line('Nơi nhận:', 300, 130),
      ...line('TM. ỦY BAN NHÂN DÂN', 1000, 130),
      ...line('- Lưu: VT.', 250, 180),
      ...line('CHỦ TỊCH', 1100, 180),
    ];
    expect(layoutPage(words, { vertical: [], horizontal: [] }).map((l) => l.text)).toEqual([
      '2. Báo cáo kết quả 6 tháng trước ngày 15/6/2026; báo cáo năm trước ngày 15/11/2026.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ]);
  });
});
