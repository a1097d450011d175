import { describe, expect, it } from 'vitest';
import { editsToSave, type NarrativeSections } from './consolidation.types';

const draft: NarrativeSections = { direction: 'A', results: 'B', assessment: 'C', nextSteps: 'D', proposals: 'E' };

describe('editsToSave', () => {
  it('sends only changed sections; an emptied section goes back to the draft', () => {
    expect(editsToSave(draft, { ...draft, results: 'B sửa', assessment: '  ' })).toEqual({ direction: null, results: 'B sửa', assessment: null, nextSteps: null, proposals: null });
  });
});
