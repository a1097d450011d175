import { describe, expect, it } from 'vitest';
import type { LayoutLine } from './layout.js';
import { buildVocabulary, correctLine } from './vocabulary.js';

/** A recognised line: its words' offsets found from the text, every word sure. */
function recognised(text: string): LayoutLine {
  const words = [...text.matchAll(/[^\s\t]+/gu)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    conf: 90,
  }));
  return { text, words };
}

const vocabulary = buildVocabulary(['Ban Quản lý Khu kinh tế tỉnh']);
const correct = (text: string): string => correctLine(recognised(text), vocabulary).text;

describe('the vocabulary over recognised lines', () => {
  it('puts back tone marks of a whole known phrase, capitals as printed', () => {
    expect(correct('Sở Văn hoá, Thế thao và Du lich')).toBe('Sở Văn hoá, Thể thao và Du lịch');
    expect(correct('TM. ÚY BAN NHÂN DÂN')).toBe('TM. ỦY BAN NHÂN DÂN');
    // A doubted speck read as an opening quote before capitals goes; a sure quote stays.
    expect(
      correctLine(
        {
          text: '“TM. ỦY BAN NHÂN',
          words: [
            { start: 0, end: 4, conf: 78 },
            { start: 5, end: 7, conf: 96 },
            { start: 8, end: 11, conf: 96 },
            { start: 12, end: 16, conf: 96 },
          ],
        },
        vocabulary,
      ).text,
    ).toBe('TM. ỦY BAN NHÂN');
    expect(correct('“KẾ HOẠCH')).toBe('“KẾ HOẠCH');
    expect(correct('—TM.ỦY BAN NHÂN DÂN')).toBe('TM.ỦY BAN NHÂN DÂN');
    expect(correct('- TM. cơ quan')).toBe('- TM. cơ quan');
  });

  it('matches a phrase wrapped in a table cell: its start ending one cell, its middle or end opening another', () => {
    expect(correct('3\tBồi dưỡng\tSở Văn hóa,\tÚy ban nhân')).toBe('3\tBồi dưỡng\tSở Văn hóa,\tỦy ban nhân');
    expect(correct('\tnăng phát ngôn\tThế thao và Du\tdân các xã')).toBe(
      '\tnăng phát ngôn\tThể thao và Du\tdân các xã',
    );
    expect(correct('\tCống Thông tin\t\t')).toBe('\tCổng Thông tin\t\t');
    // The same words inside a cell, not at its edge, are not taken for a wrapped phrase.
    expect(correct('kỳ Thế thao và Du lịch')).toBe('kỳ Thế thao và Du lịch');
  });

  it('drops a speck read as a stop or comma inside a known name, never one the name has', () => {
    expect(correct('Ủy ban nhân, dân tỉnh')).toBe('Ủy ban nhân dân tỉnh');
    expect(correct('\tBáo\tỦy ban nhân,\t')).toBe('\tBáo\tỦy ban nhân\t');
    expect(correct('Sở Văn hóa, Thể thao và Du lịch,')).toBe('Sở Văn hóa, Thể thao và Du lịch,');
    expect(correct('\tSở Văn hóa,\t')).toBe('\tSở Văn hóa,\t');
    // Two words of the name still to come: the comma may end a shorter name, and is kept.
    expect(correct('\tBan Quản lý,\t')).toBe('\tBan Quản lý,\t');
  });

  it('reads a quarter whose Roman numeral came out as l, 1 or H', () => {
    expect(correct('Quý IH/2026')).toBe('Quý III/2026');
    expect(correct('Quý lI/2025')).toBe('Quý II/2025');
    expect(correct('Quý IIH/2026')).toBe('Quý III/2026');
    expect(correct('Quý 1V')).toBe('Quý 1V');
    expect(correct('Hà Nội IH')).toBe('Hà Nội IH');
  });

  it('takes the registry’s names too', () => {
    expect(correct('Ban Quản lý Khu kinh tê tỉnh')).toBe('Ban Quản lý Khu kinh tế tỉnh');
  });
});
