import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../common/calendar/iso-date.js';
import { ACTIVITY_KINDS } from '../../../common/contracts/activities.js';
import {
  type ActivityFacts,
  countsInWindow,
  describeActivity,
  draftFromActivities,
  summarise,
} from './activity-sums.js';

const CODES = [
  ['EVENTS', ''],
  ['NEWS_BY_LANGUAGE', 'en'],
  ['NEWS_BY_LANGUAGE', 'zh'],
  ['PUBLICATION_COPIES', 'vi'],
] as const;

/** Random activities of 2025–2026 with whole-number outputs and costs in đồng. */
const activityArb = (id: number) =>
  fc
    .record({
      taskId: fc.integer({ min: 1, max: 4 }),
      kind: fc.constantFrom(...ACTIVITY_KINDS),
      offset: fc.integer({ min: 0, max: 729 }),
      length: fc.integer({ min: 0, max: 10 }),
      costDong: fc.option(fc.integer({ min: 0, max: 5_000_000_000 }), { nil: null }),
      outputs: fc.uniqueArray(
        fc.record({ cell: fc.integer({ min: 0, max: CODES.length - 1 }), value: fc.integer({ min: 0, max: 5000 }) }),
        { selector: (o) => o.cell, maxLength: 3 },
      ),
    })
    .map(
      (r): ActivityFacts => ({
        id,
        taskId: r.taskId,
        kind: r.kind,
        title: `Hoạt động ${id}`,
        startsOn: addDays('2025-01-01', r.offset),
        endsOn: addDays('2025-01-01', r.offset + r.length),
        place: '',
        costDong: r.costDong,
        outputs: r.outputs.map((o) => ({ code: CODES[o.cell]![0], breakdownKey: CODES[o.cell]![1], value: o.value })),
      }),
    );
const activitiesArb: fc.Arbitrary<ActivityFacts[]> = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => activityArb(i + 1))))
  .map((list) => [...list]);

const asText = (values: Array<{ code: string; breakdownKey: string; value: number }>) =>
  values.map((v) => `${v.code}/${v.breakdownKey}=${v.value}`);

describe('indicator sums from the activity record', () => {
  it('the drafted report sums exactly what the summary of the same window sums, and never counts one twice', () => {
    fc.assert(
      fc.property(activitiesArb, fc.integer({ min: 0, max: 700 }), (list, cut) => {
        const from = '2025-01-01';
        const to = '2026-12-31';
        const middle = addDays(from, cut);
        const whole = summarise(list, from, to);
        const draft = draftFromActivities(list, [1, 2, 3], from, to);
        expect(asText(draft.indicatorValues.map(({ activityIds: _, ...v }) => v))).toEqual(asText(whole.indicators));
        // Two adjacent windows split the activities between them: counts, sums and cost add up.
        const first = summarise(list, from, middle);
        const second = summarise(list, addDays(middle, 1), to);
        expect(first.count + second.count).toBe(whole.count);
        expect(first.costDong + second.costDong).toBe(whole.costDong);
        for (const cell of whole.indicators) {
          const part = (s: typeof first) =>
            s.indicators.find((x) => x.code === cell.code && x.breakdownKey === cell.breakdownKey)?.value ?? 0;
          expect(part(first) + part(second)).toBe(cell.value);
        }
        // Whole đồng stay integers.
        expect(Number.isSafeInteger(whole.costDong)).toBe(true);
        // Activities of tasks not owed still count in the sums but are reported as unplaced.
        expect(draft.unplaced).toBe(list.filter((a) => a.taskId === 4).length);
      }),
      { numRuns: 200 },
    );
  });

  it('a multi-day event belongs to the window of its first day; the last day of a window is inside it', () => {
    const event = { startsOn: '2025-06-14' };
    expect(countsInWindow(event, '2024-12-15', '2025-06-14')).toBe(true);
    expect(countsInWindow(event, '2025-06-15', '2025-12-14')).toBe(false);
    expect(countsInWindow({ startsOn: '2025-06-15' }, '2024-12-15', '2025-06-14')).toBe(false);
  });

  it('drafts "what was done" per owed task in date order, dates dd/mm/yyyy', () => {
    const base = { taskId: 1, kind: 'event' as const, place: '', costDong: null, outputs: [] };
    const draft = draftFromActivities(
      [
        {
          ...base,
          id: 2,
          title: 'Lễ hội Thành Tuyên',
          startsOn: '2025-10-02',
          endsOn: '2025-10-05',
          place: 'Tuyên Quang',
        },
        { ...base, id: 1, title: 'Hội nghị', startsOn: '2025-03-12', endsOn: '2025-03-12' },
      ],
      [1, 2],
      '2025-01-01',
      '2025-12-31',
    );
    expect(draft.lines).toEqual([
      {
        taskId: 1,
        doneText: '- 12/03/2025: Hội nghị.\n- 02/10/2025–05/10/2025: Lễ hội Thành Tuyên, Tuyên Quang.',
        activityIds: [1, 2],
      },
    ]);
    expect(describeActivity({ ...base, id: 3, title: 'X', startsOn: '2025-01-01', endsOn: '2025-01-01' })).toBe(
      '- 01/01/2025: X.',
    );
  });
});
