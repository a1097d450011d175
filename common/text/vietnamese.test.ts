import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldDiacritics, nameKey, normalizeText, similarity, toneKey } from './vietnamese.js';

describe('Vietnamese text', () => {
  it('normalises to NFC and folds whitespace', () => {
    const nfd = 'Sở\n  Ngoại   vụ'.normalize('NFD');
    expect(normalizeText(nfd)).toBe('Sở Ngoại vụ');
    expect(normalizeText(nfd)).toBe(normalizeText(nfd).normalize('NFC'));
  });

  it('folds diacritics for search', () => {
    expect(foldDiacritics('Sở Ngoại vụ')).toBe('so ngoai vu');
    expect(foldDiacritics('ĐÀ NẴNG')).toBe('da nang');
  });

  it('ignores tone placement', () => {
    expect(toneKey('hoà')).toBe(toneKey('hòa'));
    expect(toneKey('Uỷ ban')).toBe(toneKey('Ủy ban'));
    expect(toneKey('thuỷ')).toBe(toneKey('thủy'));
    expect(toneKey('hoa')).not.toBe(toneKey('hòa'));
    expect(toneKey('hỏa')).not.toBe(toneKey('hòa'));
  });

  it('compares agency names across spelling, case, NFD and abbreviations', () => {
    const canonical = nameKey('Ủy ban nhân dân tỉnh');
    expect(nameKey('Uỷ ban nhân dân tỉnh')).toBe(canonical);
    expect(nameKey('UBND tỉnh')).toBe(canonical);
    expect(nameKey('ỦY BAN NHÂN DÂN TỈNH'.normalize('NFD'))).toBe(canonical);
    expect(nameKey('Sở TT&TT')).toBe(nameKey('Sở Thông tin và Truyền thông'));
    expect(nameKey('Sở VHTTDL')).toBe(nameKey('Sở Văn hoá, Thể thao và Du lịch'));
    expect(nameKey('Sở Ngoại vụ.')).toBe(nameKey('Sở  Ngoại vụ'));
    expect(nameKey('Sở Ngoại vụ')).not.toBe(nameKey('Sở Nội vụ'));
  });

  it('sorts in Vietnamese order', () => {
    const sorted = ['Đài', 'Ban', 'Ấn', 'An', 'Dân', 'Ăn'].sort(compareVietnamese);
    expect(sorted).toEqual(['An', 'Ăn', 'Ấn', 'Ban', 'Dân', 'Đài']);
  });

  it('ranks similar names higher', () => {
    expect(similarity('Sở Ngoại vụ', 'So Ngoai vu tinh')).toBeGreaterThan(similarity('Sở Ngoại vụ', 'Công an tỉnh'));
  });
});

describe('word search', () => {
  it('matches word starts across punctuation and diacritics', async () => {
    const { wordMatcher } = await import('./vietnamese.js');
    expect(wordMatcher('van hoa the thao')('Sở Văn hóa, Thể thao và Du lịch')).toBe(true);
    expect(wordMatcher('ngoai vu')('Sở Ngoại vụ')).toBe(true);
    expect(wordMatcher('uan')('Tuyên truyền về biển, quần đảo')).toBe(false);
    expect(wordMatcher('ngoai vu tinh')('Sở Ngoại vụ')).toBe(false);
    expect(wordMatcher('')('anything')).toBe(true);
  });
});
