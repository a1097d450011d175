import { describe, expect, it } from 'vitest';
import { translate } from '@common/i18n/translate';
import type { SubmissionView } from './reporting.types';
import { draftAsText, draftFromView, payloadOf } from './submission-draft';

const view = {
  lines: [
    {
      taskId: 7,
      code: '2.1',
      title: 'Quán triệt',
      status: 'not-started',
      doneText: '',
      resultsText: '',
      evidenceLinks: [],
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
      maxValue: 1000,
      breakdown: null,
    },
  ],
  indicatorValues: [{ code: 'EVENTS', breakdownKey: '', value: 2 }],
  submission: { difficulties: null, proposals: 'Đề nghị' },
} as unknown as SubmissionView;

describe('submission draft', () => {
  it('starts from the server view and sends every line, texts and valid figures', () => {
    const draft = draftFromView(view);
    expect(draft.figures).toEqual({ 'EVENTS|': '2' });
    draft.lines[7]!.doneText = 'Tổ chức 2 hội nghị';
    const body = payloadOf(view, draft, 4);
    expect(body).toMatchObject({
      version: 4,
      difficulties: '',
      proposals: 'Đề nghị',
      indicatorValues: [{ code: 'EVENTS', breakdownKey: '', value: 2 }],
    });
    expect(body.lines![0]).toMatchObject({ taskId: 7, doneText: 'Tổ chức 2 hội nghị' });
  });

  it('sends the stored value in place of a wrong figure, so the good ones still save', () => {
    const draft = draftFromView(view);
    draft.figures['EVENTS|'] = 'hai';
    expect(payloadOf(view, draft, 1).indicatorValues).toEqual([{ code: 'EVENTS', breakdownKey: '', value: 2 }]);
    // A figure the server refused is held back the same way.
    draft.figures['EVENTS|'] = '5';
    expect(payloadOf(view, draft, 1, new Set(['EVENTS|'])).indicatorValues).toEqual([
      { code: 'EVENTS', breakdownKey: '', value: 2 },
    ]);
    expect(payloadOf(view, draft, 1).indicatorValues).toEqual([{ code: 'EVENTS', breakdownKey: '', value: 5 }]);
    expect(payloadOf(view, draftFromView(view), 1, false).indicatorValues).toBeUndefined();
  });

  it('renders the unsaved text for copying', () => {
    const draft = draftFromView(view);
    draft.lines[7]!.doneText = 'Tổ chức 2 hội nghị';
    const text = draftAsText((k, p) => translate('vi', k, p), view, draft);
    expect(text).toContain('[2.1] Quán triệt');
    expect(text).toContain('Kết quả đã thực hiện: Tổ chức 2 hội nghị');
    expect(text).toContain('Đề nghị');
  });
});
