import { describe, expect, it } from 'vitest';
import { buildSuccessionInput, type SuccessionDraft } from './succession-links';

const draft = (patch: Partial<SuccessionDraft>): SuccessionDraft => ({
  kind: 'merge',
  effectiveOn: '2025-07-01',
  legalBasis: ' NQ 202/2025/QH15 ',
  note: '',
  sources: [],
  targets: [],
  functions: [],
  newName: '',
  ...patch,
});

describe('buildSuccessionInput', () => {
  it('links every source of a merge to the one target', () => {
    expect(buildSuccessionInput(draft({ sources: [1, 2], targets: [3] }))).toEqual({
      kind: 'merge',
      effectiveOn: '2025-07-01',
      legalBasis: 'NQ 202/2025/QH15',
      note: null,
      links: [
        { fromAgencyId: 1, toAgencyId: 3, functions: [] },
        { fromAgencyId: 2, toAgencyId: 3, functions: [] },
      ],
    });
  });
  it('needs functions for a transfer and keeps them on the link', () => {
    expect(buildSuccessionInput(draft({ kind: 'transfer', sources: [10], targets: [11] }))).toBeNull();
    expect(
      buildSuccessionInput(
        draft({ kind: 'transfer', sources: [10], targets: [11], functions: ['foreign-information'] }),
      )?.links,
    ).toEqual([{ fromAgencyId: 10, toAgencyId: 11, functions: ['foreign-information'] }]);
  });
  it('renames an agency onto itself with the new name, and dissolves to nobody', () => {
    expect(
      buildSuccessionInput(draft({ kind: 'rename', sources: [7], newName: ' Sở Dân tộc và Tôn giáo ' })),
    ).toMatchObject({
      newName: 'Sở Dân tộc và Tôn giáo',
      links: [{ fromAgencyId: 7, toAgencyId: 7, functions: [] }],
    });
    expect(buildSuccessionInput(draft({ kind: 'dissolve', sources: [7] }))?.links).toEqual([
      { fromAgencyId: 7, toAgencyId: null, functions: [] },
    ]);
  });
  it('splits one source into two or more targets, and waits for the date', () => {
    expect(buildSuccessionInput(draft({ kind: 'split', sources: [1], targets: [2] }))).toBeNull();
    expect(buildSuccessionInput(draft({ kind: 'split', sources: [1], targets: [2, 3] }))?.links).toHaveLength(2);
    expect(buildSuccessionInput(draft({ effectiveOn: null, sources: [1], targets: [3] }))).toBeNull();
  });
});
