import { describe, expect, it } from 'vitest';
import { buildChoices, distinctNames, nameKey, nameTone, type ChosenTarget } from './name-resolution';
import type { NameResolution, ParsedPlan, ParsedTask } from './plan-import.types';

const task = (code: string, lead: string[], coordinators: string[] = []): ParsedTask => ({
  code,
  parent: null,
  title: code,
  content: '',
  lead,
  coordinators,
  implementers: [],
  guides: [],
  timeframe: { text: null, kind: null, due: null },
});
const plan = (tasks: ParsedTask[]): ParsedPlan => ({
  document: {
    kind: 'KH',
    number: null,
    title: null,
    year: 2025,
    issuer: null,
    province: null,
    issuedOn: null,
    signer: null,
  },
  legalBases: [],
  tasks,
  reportingDeadlines: [],
  recipients: [],
  warnings: [],
});
const suggestion = (score: number) => ({
  type: 'agency' as const,
  id: 1,
  name: 'UBND tỉnh',
  via: 'name' as const,
  province: 'Tuyên Quang',
  score,
});

describe('nameTone', () => {
  it('is green when resolved or chosen, amber with a plausible suggestion, red otherwise', () => {
    const resolved: NameResolution = {
      asPrinted: 'A',
      status: 'resolved',
      match: { ...suggestion(1) },
      suggestions: [],
    };
    const plausible: NameResolution = {
      asPrinted: 'B',
      status: 'suggested',
      match: null,
      suggestions: [suggestion(0.8)],
    };
    const weak: NameResolution = { asPrinted: 'C', status: 'suggested', match: null, suggestions: [suggestion(0.41)] };
    const unknown: NameResolution = { asPrinted: 'D', status: 'unknown', match: null, suggestions: [] };
    const chosen: ChosenTarget = { type: 'agency', id: 9, name: 'X', how: 'created' };
    expect([
      nameTone(resolved, undefined),
      nameTone(plausible, undefined),
      nameTone(weak, undefined),
      nameTone(unknown, undefined),
    ]).toEqual(['green', 'amber', 'red', 'red']);
    expect(nameTone(weak, chosen)).toBe('green');
  });
});

describe('buildChoices', () => {
  it('keys each choice by the name exactly as printed, for every way it was printed', () => {
    const p = plan([
      task('1', ['Sở\nThông tin và Truyền thông']),
      task('2', ['Sở Ngoại vụ'], ['Sở Thông tin  và Truyền thông', 'Ban Chỉ đạo']),
    ]);
    const chosen = new Map<string, ChosenTarget>([
      [nameKey('Sở Thông tin và Truyền thông'), { type: 'agency', id: 10, name: 'Sở TT&TT', how: 'picked' }],
    ]);
    expect(buildChoices(p, chosen)).toEqual({
      'Sở\nThông tin và Truyền thông': { type: 'agency', id: 10 },
      'Sở Thông tin  và Truyền thông': { type: 'agency', id: 10 },
    });
    expect(distinctNames(p)).toEqual(['Sở Thông tin và Truyền thông', 'Sở Ngoại vụ', 'Ban Chỉ đạo']);
  });
});
