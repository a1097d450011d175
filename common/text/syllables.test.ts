import { describe, expect, it } from 'vitest';
import { foldSyllable, hash32, markedShare, shingleHashes, syllableKey, syllables } from './syllables.js';

describe('Vietnamese syllables', () => {
  it('splits text into syllables and numbers with their offsets', () => {
    const text = 'Giá cam sành Hàm Yên hôm nay 12/3: 15.000 đồng/kg';
    const tokens = syllables(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'Giá',
      'cam',
      'sành',
      'Hàm',
      'Yên',
      'hôm',
      'nay',
      '12/3',
      '15.000',
      'đồng',
      'kg',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.filter((t) => t.num).map((t) => t.text)).toEqual(['12/3', '15.000']);
  });

  it('splits Chinese into one token per ideograph, next to Latin words and numbers', () => {
    const text = '越南宣光省清水口岸 Thanh Thủy 2025年';
    const tokens = syllables(text);
    expect(tokens.map((t) => t.text)).toEqual([
      '越',
      '南',
      '宣',
      '光',
      '省',
      '清',
      '水',
      '口',
      '岸',
      'Thanh',
      'Thủy',
      '2025',
      '年',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('normalises old and new tone placement to one key, but not after "q"', () => {
    expect(syllableKey('hoà')).toBe(syllableKey('hòa'));
    expect(syllableKey('Thuỷ')).toBe('thủy');
    expect(syllableKey('khoẻ')).toBe('khỏe');
    expect(syllableKey('quý')).toBe('quý');
    expect(syllableKey('hoàng')).toBe('hoàng');
  });

  it('folds diacritics for English and unaccented text', () => {
    expect(foldSyllable('đồng')).toBe('dong');
    expect(foldSyllable('mèo')).toBe('meo');
    expect(syllables('Mèo Vạc').map((t) => t.folded)).toEqual(['meo', 'vac']);
  });

  it('marks capitals, sentence starts and apostrophe names', () => {
    const tokens = syllables('Người H’Mông ở Lũng Cú. Sáng nay trời rét. TP. Tuyên Quang mưa nhỏ');
    const byText = new Map(tokens.map((t) => [t.text, t]));
    expect(byText.get('H’Mông')?.cap).toBe(true);
    expect(byText.get('Sáng')?.sentenceStart).toBe(true);
    expect(byText.get('trời')?.sentenceStart).toBe(false);
    // "TP." is an abbreviation: the full stop does not start a sentence.
    expect(byText.get('Tuyên')?.sentenceStart).toBe(false);
  });

  it('tells accented Vietnamese from English or unaccented posts', () => {
    expect(markedShare(syllables('Đèo Mã Pí Lèng thuộc tỉnh Tuyên Quang'))).toBeGreaterThan(0.5);
    expect(markedShare(syllables('The Ha Giang Loop climbs through limestone karst'))).toBe(0);
  });

  it('hashes shingles stably and order-sensitively', () => {
    const keys = syllables('một hai ba bốn năm').map((t) => hash32(t.key));
    const shingles = shingleHashes(keys, 4);
    expect(shingles.length).toBe(2);
    expect(hash32('abc')).toBe(hash32('abc'));
    const reversed = shingleHashes([...keys].reverse(), 4);
    expect(reversed[0]).not.toBe(shingles[1]);
    expect(shingleHashes(keys.slice(0, 2), 4).length).toBe(1);
  });
});
