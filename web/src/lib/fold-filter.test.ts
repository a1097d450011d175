import type { ComboboxParsedItem } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { foldedOptionsFilter, matchesFolded } from './fold-filter';

const OPTIONS = [
  { value: '1', label: 'Ủy ban nhân dân xã Mèo Vạc', keywords: 'UBND xã Mèo Vạc' },
  { value: '2', label: 'Sở Văn hóa, Thể thao và Du lịch', keywords: '' },
  { value: '3', label: 'Sở Y tế', keywords: '' },
  { value: '4', label: 'Báo và Phát thanh, Truyền hình Tuyên Quang', keywords: 'Báo TQ · Đài PT-TH tỉnh' },
] as unknown as ComboboxParsedItem[];

const search = (query: string) =>
  (foldedOptionsFilter({ options: OPTIONS, search: query, limit: 10 }) as Array<{ value: string }>).map((o) => o.value);

describe('agency pickers find abbreviations and aliases', () => {
  it('“UBND” and “VHTTDL” are read spelt out', () => {
    expect(matchesFolded('Ủy ban nhân dân xã Mèo Vạc', 'UBND meo vac')).toBe(true);
    expect(matchesFolded('Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTTDL')).toBe(true);
    expect(matchesFolded('Sở Y tế', 'UBND')).toBe(false);
  });

  it('the options filter searches names, spelt-out abbreviations and aliases', () => {
    expect(search('UBND')).toEqual(['1']);
    expect(search('vhttdl')).toEqual(['2']);
    expect(search('Báo TQ')).toEqual(['4']);
    expect(search('pt-th')).toEqual(['4']);
    expect(search('y te')).toEqual(['3']);
  });
});
