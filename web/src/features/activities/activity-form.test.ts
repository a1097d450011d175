import { describe, expect, it } from 'vitest';
import { bodyOf, draftOf, emptyDraft, wholeNumber } from './activity-form';

describe('the activity form', () => {
  it('needs only a task, a title and a date for quick entry', () => {
    const draft = emptyDraft('2026-11-26');
    expect(bodyOf(draft, 7)).toBeNull();
    const body = bodyOf({ ...draft, taskId: '12', title: 'Hội nghị tập huấn' }, 7);
    expect(body).toMatchObject({ agencyId: 7, taskId: 12, startsOn: '2026-11-26', endsOn: null, outputs: [] });
  });

  it('reads costs in whole đồng written the Vietnamese way and refuses fractions', () => {
    expect(wholeNumber('12.500.000')).toBe(12_500_000);
    expect(wholeNumber('12 500 000')).toBe(12_500_000);
    expect(wholeNumber('')).toBeNull();
    expect(wholeNumber('12,5')).toBeNaN();
    const draft = { ...emptyDraft('2026-11-26'), taskId: '1', title: 'Sự kiện' };
    expect(bodyOf({ ...draft, cost: '1,5' }, 1)).toBeNull();
    expect(bodyOf({ ...draft, cost: '1.500.000' }, 1)?.costDong).toBe(1_500_000);
  });

  it('sends outputs typed with a decimal comma, skips empty rows, and round-trips a stored activity', () => {
    const draft = {
      ...emptyDraft('2026-11-26'),
      taskId: '1',
      title: 'Loạt bài',
      links: ' https://a.vn/1 \n\nhttps://a.vn/2',
      outputs: [
        { code: 'NEWS_BY_LANGUAGE', breakdownKey: 'en', value: '3' },
        { code: 'EVENTS', breakdownKey: '', value: '' },
      ],
    };
    const body = bodyOf(draft, 1)!;
    expect(body.outputs).toEqual([{ code: 'NEWS_BY_LANGUAGE', breakdownKey: 'en', value: 3 }]);
    expect(body.evidenceLinks).toEqual(['https://a.vn/1', 'https://a.vn/2']);
    const stored = {
      ...body,
      id: 1,
      agency: 'Báo',
      taskCode: '1',
      taskTitle: 'T',
      endsOn: '2026-11-26',
      participants: null,
      costDong: 2_000_000,
      notes: '',
      place: '',
      outputs: (body.outputs ?? []).map((o) => ({ ...o, breakdownKey: o.breakdownKey ?? '' })),
      evidenceLinks: body.evidenceLinks ?? [],
      version: 1,
      updatedAt: '2026-11-26T02:00:00.000Z',
      kind: 'article' as const,
      startsOn: '2026-11-26',
    };
    const again = draftOf(stored);
    expect(again).toMatchObject({ taskId: '1', endsOn: null, cost: '2.000.000' });
    expect(bodyOf(again, 1)).toMatchObject({ costDong: 2_000_000, outputs: body.outputs });
  });
});
