import { describe, expect, it } from 'vitest';
import {
  type ConsolidationCheck,
  editsToSave,
  highlightsFromText,
  type NarrativeSections,
  orderChecks,
} from './consolidation.types';

const draft: NarrativeSections = { direction: 'A', results: 'B', assessment: 'C', nextSteps: 'D', proposals: 'E' };

describe('editsToSave', () => {
  it('sends only changed sections; an emptied section goes back to the draft', () => {
    expect(editsToSave(draft, { ...draft, results: 'B sửa', assessment: '  ' })).toEqual({
      direction: null,
      results: 'B sửa',
      assessment: null,
      nextSteps: null,
      proposals: null,
    });
  });
});

describe('highlights and checks on screen', () => {
  it('reads one highlight per line, bullets and blanks dropped, at most five', () => {
    expect(highlightsFromText('- Sở A ra mắt chuyên trang\n\n+ Sở B đón đoàn NHK\n1\n2\n3\n4')).toEqual([
      'Sở A ra mắt chuyên trang',
      'Sở B đón đoàn NHK',
      '1',
      '2',
      '3',
    ]);
  });

  it('shows open warnings first, then notes, then what was dismissed', () => {
    const check = (id: string, severity: 'warning' | 'info', dismissed: boolean): ConsolidationCheck => ({
      id,
      kind: 'remit',
      severity,
      agencyId: null,
      agencyName: null,
      taskCode: null,
      message: id,
      source: null,
      dismissed,
    });
    expect(
      orderChecks([check('a', 'warning', true), check('b', 'info', false), check('c', 'warning', false)]).map(
        (k) => k.id,
      ),
    ).toEqual(['c', 'b', 'a']);
  });
});
