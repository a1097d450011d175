import { describe, expect, it } from 'vitest';
import { fillFromActivities, typedByHand } from './fill-from-activities';

const view = {
  lines: [
    {
      taskId: 1,
      code: '1',
      title: 'A',
      timeframeKind: null,
      timeframeText: null,
      isContinuous: false,
      status: 'not-started' as const,
      doneText: '',
      resultsText: '',
      evidenceLinks: [],
      reviewStatus: 'pending' as const,
      reviewComment: null,
      lineId: null,
    },
    {
      taskId: 2,
      code: '2',
      title: 'B',
      timeframeKind: null,
      timeframeText: null,
      isContinuous: false,
      status: 'done' as const,
      doneText: 'Đã viết tay',
      resultsText: '',
      evidenceLinks: [],
      reviewStatus: 'pending' as const,
      reviewComment: null,
      lineId: null,
    },
  ],
  indicators: [
    {
      code: 'EVENTS',
      name: 'Sự kiện',
      unit: 'sự kiện',
      group: 'V',
      isInteger: true,
      minValue: 0,
      maxValue: null,
      breakdown: null,
    },
    {
      code: 'NEWS_BY_LANGUAGE',
      name: 'Tin',
      unit: 'tin',
      group: 'II',
      isInteger: true,
      minValue: 0,
      maxValue: null,
      breakdown: { dimension: 'language', keys: [{ key: 'en', label: 'Tiếng Anh' }] },
    },
  ],
};
const answer = {
  periodId: 1,
  agencyId: 1,
  windowFrom: '2025-12-15',
  windowTo: '2026-12-14',
  unplaced: 0,
  fromResponse: [],
  lines: [
    { taskId: 1, doneText: '- 02/10/2026: Lễ hội.', activityIds: [5] },
    { taskId: 2, doneText: '- 03/10/2026: Khác.', activityIds: [6] },
  ],
  indicatorValues: [
    { code: 'EVENTS', breakdownKey: '', value: 2, activityIds: [5, 6] },
    { code: 'NEWS_BY_LANGUAGE', breakdownKey: 'en', value: 3, activityIds: [6] },
    { code: 'NOT_IN_REPORT', breakdownKey: '', value: 9, activityIds: [6] },
  ],
};

describe('filling a report from the activity record', () => {
  it('adds the activities to each task’s text and fills empty figures, keeping what the officer typed', () => {
    const draft = { lines: {}, figures: { 'NEWS_BY_LANGUAGE|en': '10' }, difficulties: '', proposals: '' };
    const filled = fillFromActivities(view, draft, answer);
    expect(filled.lines).toBe(2);
    expect(filled.figures).toBe(1);
    expect(filled.draft.lines[1]).toMatchObject({ doneText: '- 02/10/2026: Lễ hội.', status: 'in-progress' });
    expect(filled.draft.lines[2]).toMatchObject({ doneText: 'Đã viết tay\n- 03/10/2026: Khác.', status: 'done' });
    expect(filled.draft.figures).toEqual({ 'NEWS_BY_LANGUAGE|en': '10', 'EVENTS|': '2' });
    // Filling again changes nothing.
    expect(fillFromActivities(view, filled.draft, answer)).toMatchObject({ lines: 0, figures: 0 });
  });

  it('marks a figure that differs from the activities as typed by hand', () => {
    expect(typedByHand('10', { value: 3 })).toBe(true);
    expect(typedByHand('3', { value: 3 })).toBe(false);
    expect(typedByHand('1.200', { value: 1200 })).toBe(false);
    expect(typedByHand('5', undefined)).toBeNull();
  });
});
