import * as r from '@common/contracts/reporting';
import { translate } from '@common/i18n/translate';
import { act, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../api/client';
import { type ApiSession, openReportFor, openSession, renderAppHook, signIn } from '../../test/app';
import { figureKey } from './figures';
import type { SubmissionView } from './reporting.types';
import type { SubmissionDraft } from './submission-draft';
import { type SubmissionForm, useSubmissionForm } from './use-submission-form';

// This file's own agency; the other web test files use other agencies.
const AGENCY = 'Sở Y tế';
let periodId = 0;
let agencyId = 0;
let other: ApiSession;

beforeAll(async () => {
  const report = await openReportFor(AGENCY, 2);
  ({ periodId, agencyId } = report);
  const [me, colleague] = report.officers;
  await signIn(me!.username, me!.password);
  other = await openSession(colleague!.username, colleague!.password);
});
afterAll(async () => {
  await other?.close();
});

const loadView = () => call(r.getSubmission, { params: { periodId, agencyId } });
const serverView = () => other.call(r.getSubmission, { params: { periodId, agencyId } });

/** Renders the hook on a view and records every save state it passes through. */
function renderForm(view: SubmissionView) {
  const states: string[] = [];
  const rendered = renderAppHook((initial: SubmissionView) => {
    const form = useSubmissionForm(initial);
    if (states.at(-1) !== form.saveState) states.push(form.saveState);
    return form;
  }, view);
  return { ...rendered, states };
}

/** Types into one task line's "what was done" text, as the line's textarea does. */
function typeDone(form: SubmissionForm, taskId: number, text: string) {
  form.update((d: SubmissionDraft) => ({
    ...d,
    lines: { ...d.lines, [taskId]: { ...d.lines[taskId]!, doneText: text } },
  }));
}

/** The colleague saves the same report with their own text (the version they read). */
async function colleagueSaves(taskId: number, text: string) {
  const current = await serverView();
  await other.call(r.saveDraft, {
    params: { periodId, agencyId },
    body: {
      version: current.submission.version,
      lines: [{ taskId, status: 'in-progress', doneText: text, resultsText: '', evidenceLinks: [] }],
    },
  });
}

const doneTextOf = (view: SubmissionView, taskId: number) => view.lines.find((l) => l.taskId === taskId)?.doneText;

describe('useSubmissionForm against the real server', () => {
  it('waits for a quiet spell, then saves the last text once', async () => {
    const view = await loadView();
    const start = view.submission.version;
    const taskId = view.lines[0]!.taskId;
    const { result, states } = renderForm(view);
    for (const text of ['Ban hành', 'Ban hành 02 văn bản', 'Ban hành 02 văn bản chỉ đạo về TTĐN']) {
      act(() => typeDone(result.current, taskId, text));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const lastChange = performance.now() - 300;
    expect(result.current.saveState).toBe('pending');
    await waitFor(() => expect(result.current.saveState).toBe('saved'), { timeout: 15_000 });
    // The queue saves 1.5 s after the last change, never earlier.
    expect(performance.now() - lastChange).toBeGreaterThanOrEqual(1_450);
    expect(states.filter((s) => s === 'saving')).toHaveLength(1);
    const stored = await serverView();
    expect(stored.submission.version).toBe(start + 1);
    expect(doneTextOf(stored, taskId)).toBe('Ban hành 02 văn bản chỉ đạo về TTĐN');
    expect(result.current.server.submission.version).toBe(start + 1);
  });

  it('on VERSION_CONFLICT keeps the typed text, pauses, and "keep mine" saves it over the other version', async () => {
    const view = await loadView();
    const taskId = view.lines[1]!.taskId;
    const { result } = renderForm(view);
    await colleagueSaves(taskId, 'Bản của đồng nghiệp');
    const theirs = await serverView();

    act(() => typeDone(result.current, taskId, 'Bản của tôi, chưa lưu'));
    await waitFor(() => expect(result.current.saveState).toBe('conflict'), { timeout: 15_000 });
    expect(result.current.conflict).toEqual({ currentVersion: theirs.submission.version });
    expect(result.current.draft.lines[taskId]!.doneText).toBe('Bản của tôi, chưa lưu');
    // Paused: nothing more is sent while the person decides.
    act(() => typeDone(result.current, taskId, 'Bản của tôi, chưa lưu (sửa thêm)'));
    await new Promise((resolve) => setTimeout(resolve, 1_800));
    expect(doneTextOf(await serverView(), taskId)).toBe('Bản của đồng nghiệp');

    act(() => result.current.keepMine());
    await waitFor(() => expect(result.current.saveState).toBe('saved'), { timeout: 15_000 });
    const stored = await serverView();
    expect(doneTextOf(stored, taskId)).toBe('Bản của tôi, chưa lưu (sửa thêm)');
    expect(stored.submission.version).toBe(theirs.submission.version + 1);
    expect(result.current.conflict).toBeNull();
  });

  it('"load theirs" shows the other version and hands back one\'s own text to copy', async () => {
    const view = await loadView();
    const taskId = view.lines[2]!.taskId;
    const { result } = renderForm(view);
    await colleagueSaves(taskId, 'Đồng nghiệp đã ghi kết quả');
    act(() => typeDone(result.current, taskId, 'Tôi cũng ghi kết quả'));
    await waitFor(() => expect(result.current.saveState).toBe('conflict'), { timeout: 15_000 });

    await act(() => result.current.loadTheirs());
    expect(result.current.draft.lines[taskId]!.doneText).toBe('Đồng nghiệp đã ghi kết quả');
    expect(result.current.unsavedCopy).toContain('Tôi cũng ghi kết quả');
    expect(result.current.unsavedCopy).toContain(view.lines[2]!.title);
    expect(result.current.conflict).toBeNull();
    expect(result.current.saveState).toBe('idle');
    expect(doneTextOf(await serverView(), taskId)).toBe('Đồng nghiệp đã ghi kết quả');
  });

  it("INDICATOR_INVALID marks the refused figure with the server's rule and still saves the texts", async () => {
    const view = await loadView();
    const indicator = view.indicators.find((i) => i.breakdown === null && i.maxValue !== null)!;
    const max = indicator.maxValue!;
    // A page opened before the catalogue lowered this maximum: the form itself lets the figure through.
    const stale: SubmissionView = {
      ...view,
      indicators: view.indicators.map((i) => (i.code === indicator.code ? { ...i, maxValue: max * 100 } : i)),
    };
    const key = figureKey(indicator.code, '');
    const taskId = view.lines[3]!.taskId;
    const { result } = renderForm(stale);
    act(() => {
      typeDone(result.current, taskId, 'Kết quả kèm một số liệu quá lớn');
      result.current.update((d) => ({ ...d, figures: { ...d.figures, [key]: String(max + 1) } }), key);
    });
    await waitFor(() => expect(result.current.saveState).toBe('saved'), { timeout: 15_000 });
    expect(result.current.figureErrors).toEqual({
      [key]: translate('vi', 'reporting.figure.tooLarge', { max, unit: indicator.unit }),
    });
    const stored = await serverView();
    expect(doneTextOf(stored, taskId)).toBe('Kết quả kèm một số liệu quá lớn');
    expect(stored.indicatorValues.find((v) => v.code === indicator.code)?.value).not.toBe(max + 1);

    // Correcting the figure clears its mark and the next save stores it.
    act(() => result.current.update((d) => ({ ...d, figures: { ...d.figures, [key]: String(max) } }), key));
    expect(result.current.figureErrors).toEqual({});
    await waitFor(() => expect(result.current.saveState).toBe('saved'), { timeout: 15_000 });
    await waitFor(async () =>
      expect((await serverView()).indicatorValues.find((v) => v.code === indicator.code)?.value).toBe(max),
    );
  });
});
