import * as r from '@common/contracts/reporting';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, openReportFor, openSession, renderScreen, signIn } from '../../test/app';
import { SubmissionPage } from './SubmissionPage';

// This file's own agency; the other web test files use other agencies.
const AGENCY = 'Sở Giáo dục và Đào tạo';
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

const serverView = () => other.call(r.getSubmission, { params: { periodId, agencyId } });

/** Opens the report form as the officer and waits for its first task line. */
async function openForm() {
  renderScreen(<SubmissionPage />, {
    route: `/reporting/periods/${periodId}/agencies/${agencyId}`,
    path: '/reporting/periods/:periodId/agencies/:agencyId',
  });
  const view = await serverView();
  const line = view.lines[0]!;
  const card = await screen.findByTestId(`line-${line.code}`, {}, { timeout: 15_000 });
  return { view, line, done: within(card).getByLabelText('Kết quả đã thực hiện') as HTMLTextAreaElement };
}

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

describe('the report form when a colleague saves first', () => {
  it('keeps what was typed, offers both ways, and "Giữ bản của tôi" saves it', async () => {
    const user = userEvent.setup();
    const { line, done } = await openForm();
    await colleagueSaves(line.taskId, 'Đồng nghiệp ghi trước');

    await user.click(done);
    await user.paste('Tôi ghi sau');
    const conflict = await screen.findByTestId('conflict', {}, { timeout: 15_000 });
    expect(conflict.textContent).toContain('Người khác vừa sửa báo cáo này');
    expect(screen.getByTestId('save-status').textContent).toBe('Tạm dừng lưu — xem thông báo ở trên');
    expect(done.value).toBe('Tôi ghi sau');

    await user.click(within(conflict).getByRole('button', { name: 'Giữ bản của tôi' }));
    await waitFor(() => expect(screen.queryByTestId('conflict')).toBeNull());
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toMatch(/^Đã lưu lúc \d\d:\d\d$/), {
      timeout: 15_000,
    });
    const stored = await serverView();
    expect(stored.lines.find((l) => l.taskId === line.taskId)?.doneText).toBe('Tôi ghi sau');
  });

  it('"Tải bản của họ" shows their text in the form and mine in a box to copy', async () => {
    const user = userEvent.setup();
    const { line, done } = await openForm();
    await colleagueSaves(line.taskId, 'Bản mới nhất của đồng nghiệp');

    await user.clear(done);
    await user.paste('Nội dung riêng của tôi');
    const conflict = await screen.findByTestId('conflict', {}, { timeout: 15_000 });
    await user.click(within(conflict).getByRole('button', { name: 'Tải bản của họ' }));

    const mine = (await screen.findByRole('textbox', {
      name: 'Nội dung bạn đã nhập (chưa lưu)',
    })) as HTMLTextAreaElement;
    expect(mine.value).toContain('Nội dung riêng của tôi');
    expect(mine.value).toContain(line.title);
    await waitFor(() => expect(done.value).toBe('Bản mới nhất của đồng nghiệp'));
    expect(screen.queryByTestId('conflict')).toBeNull();
    expect(screen.getByTestId('save-status').textContent).toBe('Tự động lưu khi bạn nhập');
    const stored = await serverView();
    expect(stored.lines.find((l) => l.taskId === line.taskId)?.doneText).toBe('Bản mới nhất của đồng nghiệp');
  });
});
