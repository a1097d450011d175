import seedPlanText from '../../../../fixtures/plans/seed-tuyen-quang-2025.txt?raw';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAppHook, renderScreen, signIn } from '../../test/app';
import { nameKey } from './name-resolution';
import { readPlanDocument } from './plan-import.api';
import type { UploadAnswer } from './plan-import.types';
import { PlanReview } from './PlanReview';
import { usePlanReview } from './use-plan-review';

// The founding plan, read by the real server's parser: the review starts from what an upload gives.
let answer: UploadAnswer;
beforeAll(async () => {
  await signIn('dieuphoi');
  const file = new File([seedPlanText], 'ke-hoach-ttdn-2025.txt', { type: 'text/plain' });
  answer = await readPlanDocument(
    [file],
    () => undefined,
    () => undefined,
  );
});

/** "12 nhiệm vụ · 40 tên cơ quan · 3 chưa xác định" → its three numbers. */
function summaryNumbers(): { tasks: number; names: number; pending: number } {
  const [tasks, names, pending] = (screen.getByTestId('review-summary').textContent ?? '').match(/\d+/g)!.map(Number);
  return { tasks: tasks!, names: names!, pending: pending! };
}

describe('usePlanReview', () => {
  it('looks up a name typed into a task once, and a choice settles a pending name', async () => {
    const { result } = renderAppHook(usePlanReview, answer);
    const task = result.current.plan.tasks.find((t) => t.code === '2.3.2')!;
    const before = result.current.names.length;

    // "Sở VHTTDL" is an abbreviation the registry knows: typed into the task, it resolves by itself.
    act(() => result.current.updateTask('2.3.2', { coordinators: [...task.coordinators, 'Sở VHTTDL'] }));
    expect(result.current.names).toContain('Sở VHTTDL');
    expect(result.current.names).toHaveLength(before + 1);
    await waitFor(() => expect(result.current.resolutions.get('Sở VHTTDL')?.status).toBe('resolved'));
    expect(result.current.resolutions.get('Sở VHTTDL')?.match?.name).toMatch(/^Sở Văn hóa/);
    expect(result.current.pending).not.toContain('Sở VHTTDL');

    // A name the registry does not know stays pending until the reviewer maps it.
    const unknown = result.current.pending[0]!;
    const pendingBefore = result.current.pending.length;
    act(() => result.current.choose(unknown, { type: 'agency', id: 1, name: 'Ủy ban nhân dân tỉnh', how: 'picked' }));
    expect(result.current.pending).not.toContain(unknown);
    expect(result.current.pending).toHaveLength(pendingBefore - 1);
    act(() => result.current.choose(unknown, null));
    expect(result.current.pending).toContain(unknown);
  });
});

describe('PlanReview', () => {
  it('edits a task in place: its title and a new agency name, which the names panel then lists', async () => {
    const user = userEvent.setup();
    renderScreen(<PlanReview answer={answer} fileName="ke-hoach-ttdn-2025.txt" onRestart={() => undefined} />);
    const card = await screen.findByTestId('review-task-2.3.2');
    const before = summaryNumbers();
    expect(before.tasks).toBe(answer.plan.tasks.length);

    await user.click(within(card).getByRole('button', { name: 'Sửa 2.3.2' }));
    const title = within(card).getByLabelText('Tên nhiệm vụ');
    await user.clear(title);
    await user.paste('Quản lý phóng viên nước ngoài');
    const coordinators = within(card).getByRole('combobox', { name: 'Phối hợp (Enter để thêm)' });
    await user.click(coordinators);
    await user.paste('Trung tâm Thử nghiệm Giao diện');
    await user.keyboard('{Enter}');
    await user.click(within(card).getByRole('button', { name: 'Xong 2.3.2' }));

    expect(card.textContent).toContain('2.3.2. Quản lý phóng viên nước ngoài');
    // The new name is looked up on the server, found nowhere, and waits in the names panel.
    const row = await screen.findByTestId('name-row-Trung tâm Thử nghiệm Giao diện');
    expect(row.getAttribute('data-tone')).toBe('red');
    expect(summaryNumbers()).toEqual({ tasks: before.tasks, names: before.names + 1, pending: before.pending + 1 });
  });

  it('resolves an unknown name by recording it as another name of an existing agency', async () => {
    const user = userEvent.setup();
    renderScreen(<PlanReview answer={answer} fileName="ke-hoach-ttdn-2025.txt" onRestart={() => undefined} />);
    const printed = nameKey('Ban Chỉ đạo Nhân quyền tỉnh');
    const row = await screen.findByTestId(`name-row-${printed}`);
    expect(row.getAttribute('data-tone')).not.toBe('green');
    const before = summaryNumbers();

    await user.click(within(row).getByRole('button', { name: 'Thêm làm tên gọi khác của…' }));
    const dialog = await screen.findByRole('dialog');
    const picker = within(dialog).getByRole('combobox', { name: 'Là tên gọi khác của cơ quan' });
    await waitFor(() => expect(picker.hasAttribute('disabled')).toBe(false));
    // The picker starts on the best suggestion; the reviewer searches without diacritics for the right one.
    await user.clear(picker);
    await user.type(picker, 'cong an');
    await user.click(await screen.findByRole('option', { name: 'Công an tỉnh' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.getByTestId(`name-row-${printed}`).getAttribute('data-tone')).toBe('green'));
    expect(screen.getByTestId(`name-row-${printed}`).textContent).toContain('tên gọi khác');
    expect(summaryNumbers()).toEqual({ ...before, pending: before.pending - 1 });
  });
});
