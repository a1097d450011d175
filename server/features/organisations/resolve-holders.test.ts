import { describe, expect, it } from 'vitest';
import { buildSnapshot, type SnapshotAgency, type SnapshotLink } from './org-snapshot.js';
import { describePath, followSuccession, groupMembersOn, predecessorsOf, resolveHolders } from './resolve-holders.js';

const agency = (
  id: number,
  name: string,
  kind: SnapshotAgency['kind'],
  validTo: string | null = null,
  validFrom = '2000-01-01',
): SnapshotAgency => ({
  id,
  name,
  kind,
  province: 'Tuyên Quang',
  validFrom,
  validTo,
});
const link = (
  eventId: number,
  kind: SnapshotLink['kind'],
  effectiveOn: string,
  from: number,
  to: number | null,
  functions: string[] = [],
): SnapshotLink => ({
  eventId,
  kind,
  effectiveOn,
  legalBasis: null,
  fromAgencyId: from,
  toAgencyId: to,
  functions,
});

const TTTT = 1,
  VHTTDL = 2,
  KHCN = 3,
  DISTRICT = 4,
  COMMUNE_A = 5,
  COMMUNE_B = 6,
  NGOAI_VU = 7;
const snapshot = buildSnapshot(
  [
    agency(TTTT, 'Sở Thông tin và Truyền thông', 'department', '2025-02-28'),
    agency(VHTTDL, 'Sở Văn hóa, Thể thao và Du lịch', 'department'),
    agency(KHCN, 'Sở Khoa học và Công nghệ', 'department'),
    agency(DISTRICT, 'UBND huyện Yên Sơn', 'district-committee', '2025-06-30'),
    agency(COMMUNE_A, 'UBND xã Yên Sơn', 'commune-committee', null, '2025-07-01'),
    agency(COMMUNE_B, 'UBND xã Tân Trào', 'commune-committee', null, '2025-07-01'),
    agency(NGOAI_VU, 'Sở Ngoại vụ', 'department'),
  ],
  [
    {
      id: 10,
      name: 'Các sở, ban, ngành',
      isOpen: false,
      rule: { kinds: ['department'] },
      province: 'Tuyên Quang',
      includes: [],
      excludes: [NGOAI_VU],
    },
    {
      id: 11,
      name: 'UBND các huyện, thành phố',
      isOpen: false,
      rule: { kinds: ['district-committee'] },
      province: 'Tuyên Quang',
      includes: [],
      excludes: [],
    },
    {
      id: 13,
      name: 'UBND các xã biên giới',
      isOpen: false,
      rule: null,
      province: 'Tuyên Quang',
      includes: [DISTRICT, COMMUNE_B],
      excludes: [],
    },
    {
      id: 12,
      name: 'Các cơ quan có liên quan',
      isOpen: true,
      rule: null,
      province: 'Tuyên Quang',
      includes: [],
      excludes: [],
    },
  ],
  [
    link(100, 'transfer', '2025-03-01', TTTT, VHTTDL, ['foreign-information']),
    link(101, 'merge', '2025-03-01', TTTT, KHCN),
    link(102, 'dissolve', '2025-07-01', DISTRICT, COMMUNE_A),
    link(102, 'dissolve', '2025-07-01', DISTRICT, COMMUNE_B),
  ],
);
const options = (asOf: string, planFunction = 'foreign-information') => ({
  planFunction,
  referenceDate: '2025-01-01',
  asOf,
});

describe('succession', () => {
  it('keeps the old holder before the event date', () => {
    const holders = resolveHolders(snapshot, { type: 'agency', agencyId: TTTT }, options('2025-02-28'));
    expect(holders.map((h) => h.agencyId)).toEqual([TTTT]);
  });

  it('a function-scoped transfer beats the same-day merge for that function', () => {
    const holders = resolveHolders(snapshot, { type: 'agency', agencyId: TTTT }, options('2025-06-01'));
    expect(holders.map((h) => h.agencyId)).toEqual([VHTTDL]);
    expect(describePath(holders[0]!.path)).toContain('01/03/2025');
  });

  it('other functions follow the merge "for the rest"', () => {
    const holders = resolveHolders(
      snapshot,
      { type: 'agency', agencyId: TTTT },
      options('2025-06-01', 'telecommunications'),
    );
    expect(holders.map((h) => h.agencyId)).toEqual([KHCN]);
  });

  it('a dissolved district hands its duties to every successor commune', () => {
    expect(
      followSuccession(snapshot, DISTRICT, 'foreign-information', '2025-08-01')
        .map((h) => h.agencyId)
        .sort(),
    ).toEqual([COMMUNE_A, COMMUNE_B]);
  });

  it('knows which agencies merged into one (its own records)', () => {
    expect(predecessorsOf(snapshot, KHCN, '2025-12-31').sort()).toEqual([TTTT, KHCN]);
    expect(predecessorsOf(snapshot, VHTTDL, '2025-12-31')).toEqual([VHTTDL]);
    expect(predecessorsOf(snapshot, KHCN, '2025-01-01')).toEqual([KHCN]);
  });

  it('does not loop on a cycle in bad data', () => {
    const cyclic = buildSnapshot(
      [agency(1, 'A', 'department'), agency(2, 'B', 'department')],
      [],
      [link(1, 'merge', '2025-01-01', 1, 2), link(2, 'merge', '2025-02-01', 2, 1)],
    );
    expect(followSuccession(cyclic, 1, 'x', '2025-12-31').length).toBeLessThanOrEqual(1);
  });
});

describe('groups', () => {
  it('expands a rule group at a date, honouring excludes', () => {
    expect(groupMembersOn(snapshot, 10, '2025-01-15').sort()).toEqual([TTTT, VHTTDL, KHCN].sort());
    expect(groupMembersOn(snapshot, 10, '2025-06-01').sort()).toEqual([VHTTDL, KHCN].sort());
  });

  it('a group of districts passes to the communes after the district tier ends', () => {
    const before = resolveHolders(snapshot, { type: 'group', groupId: 11 }, options('2025-05-01'));
    expect(before.map((h) => h.agencyId)).toEqual([DISTRICT]);
    const after = resolveHolders(snapshot, { type: 'group', groupId: 11 }, options('2025-09-01'));
    expect(after.map((h) => h.agencyId).sort()).toEqual([COMMUNE_A, COMMUNE_B]);
    expect(after[0]!.path.some((s) => s.kind === 'succession')).toBe(true);
  });

  it('a group without a rule is its list of agencies, followed through succession', () => {
    expect(groupMembersOn(snapshot, 13, '2025-05-01')).toEqual([DISTRICT]);
    expect(groupMembersOn(snapshot, 13, '2025-09-01')).toEqual([COMMUNE_B]);
    const after = resolveHolders(snapshot, { type: 'group', groupId: 13 }, options('2025-09-01'));
    // Commune A comes in only as the district's successor, not as a listed member.
    expect(after.map((h) => h.agencyId).sort()).toEqual([COMMUNE_A, COMMUNE_B].sort());
  });

  it('an open group holds only the members named for the task', () => {
    expect(resolveHolders(snapshot, { type: 'group', groupId: 12 }, options('2025-06-01'))).toEqual([]);
    const named = resolveHolders(
      snapshot,
      { type: 'group', groupId: 12, openMembers: [TTTT, NGOAI_VU] },
      options('2025-06-01'),
    );
    expect(named.map((h) => h.agencyId).sort()).toEqual([VHTTDL, NGOAI_VU].sort());
  });
});

describe('split', () => {
  it('a split sends each function’s duties to the branch that holds it; unscoped branches take the rest', () => {
    const s = buildSnapshot(
      [
        agency(1, 'Sở cũ', 'department', '2025-06-30'),
        agency(2, 'Sở A', 'department', null, '2025-07-01'),
        agency(3, 'Sở B', 'department', null, '2025-07-01'),
      ],
      [],
      [
        link(7, 'split', '2025-07-01', 1, 2, ['foreign-information']),
        link(7, 'split', '2025-07-01', 1, 3, ['tourism']),
      ],
    );
    expect(followSuccession(s, 1, 'foreign-information', '2025-08-01').map((h) => h.agencyId)).toEqual([2]);
    expect(followSuccession(s, 1, 'tourism', '2025-08-01').map((h) => h.agencyId)).toEqual([3]);
    expect(followSuccession(s, 1, 'tourism', '2025-06-01').map((h) => h.agencyId)).toEqual([1]);
  });
});
