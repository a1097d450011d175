import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, shot, signIn, startHarness, stopHarness, type Harness } from './harness.js';

// 26/11/2026: the 2026 annual period ("trước ngày 15/11/2026" → due Monday 16/11) is past due; the
// press agency's draft is open on its extension to 30/11/2026.
const TODAY = '2026-11-26';
const DIR_DOCS = 'Văn bản chỉ đạo, hướng dẫn về thông tin đối ngoại ban hành — Tổng số';
const PHONE = { width: 390, height: 844 };
const REASON_LABEL = 'Lý do trả lại';
const DESK = { width: 1280, height: 900 };

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness(TODAY);
});
afterAll(async () => {
  await stopHarness(harness);
});

/** A screenshot at a phone's width and at a desk's, of the same page. */
async function shots(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize(PHONE);
  await shot(page, `15c-${name}-390`);
  await page.setViewportSize(DESK);
  await shot(page, `15c-${name}-1280`);
  if (size) await page.setViewportSize(size);
}

async function signOut(page: Page): Promise<void> {
  const burger = page.getByRole('button', { name: 'Mở menu' });
  if (await burger.isVisible()) await burger.click();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.waitForURL(/\/sign-in/);
}

async function confirmStep(page: Page, button: string, done: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByTestId('confirm-transition').click();
  await page.getByTestId('transition-done').filter({ hasText: done }).waitFor();
}

const nextAction = (page: Page, text: string) => page.getByTestId('next-action').filter({ hasText: text }).waitFor();
const state = (page: Page, label: string) =>
  page.getByTestId('submission-state-status').filter({ hasText: label }).waitFor();

describe('the cycle as its users live it: nothing lost, each next step named, one deadline', () => {
  it('guides officer, leader and coordinator through a return and an extension', async () => {
    const started = Date.now();
    const phone = await newContext(harness!.browser, harness!.server, PHONE);
    const officer = await phone.newPage();

    // 1. The officer's report says what to do, when it is due and why.
    await signIn(officer, 'baotuyenquang');
    await officer.goto('/reporting');
    await officer.locator('[data-testid^="own-period-"]').first().click();
    await officer.waitForURL(/\/reporting\/periods\/\d+\/agencies\/\d+$/);
    const reportUrl = new URL(officer.url()).pathname;
    const periodId = reportUrl.split('/')[3];
    await nextAction(officer, 'Trình lãnh đạo duyệt');
    await officer
      .getByTestId('deadline')
      .filter({ hasText: 'Hạn nộp: 30/11/2026 (đã gia hạn; hạn chung 16/11/2026)' })
      .waitFor();
    await officer.getByRole('button', { name: 'Vì sao là ngày này?' }).click();
    const why = await officer.getByTestId('deadline-why').innerText();
    expect(why).toContain('“trước ngày 15/11/2026”');
    expect(why).toContain('thứ Bảy');
    expect(why).toContain('30/11/2026');

    // 2. A wrong figure is kept as typed, said to be unsaved, survives a reload and blocks the request.
    await officer.getByLabel(DIR_DOCS).fill('hai');
    await officer.getByText('Chưa lưu:').first().waitFor();
    await officer.getByTestId('save-status').filter({ hasText: '1 số liệu chưa lưu' }).waitFor();
    expect(await officer.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).isDisabled()).toBe(true);
    await nextAction(officer, 'chưa lưu được');
    await shots(officer, '1-unsaved-figure');
    await officer.reload();
    await officer.getByLabel(DIR_DOCS).waitFor();
    expect(await officer.getByLabel(DIR_DOCS).inputValue()).toBe('hai');
    await officer.getByText('Chưa lưu:').first().waitFor();
    await shot(officer, '15c-1-unsaved-after-reload-390');
    // A figure with its unit is understood, saved, and the device forgets the unsaved copy.
    await officer.getByLabel(DIR_DOCS).fill('3 văn bản');
    await officer
      .getByTestId('save-status')
      .filter({ hasText: /Đã lưu lúc \d\d:\d\d/ })
      .waitFor();
    await officer.reload();
    await officer.getByLabel(DIR_DOCS).waitFor();
    expect(await officer.getByLabel(DIR_DOCS).inputValue()).toBe('3');

    // 3. The officer asks the leader to approve; the status says so.
    await officer.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
    await officer.getByTestId('transition-done').filter({ hasText: 'Đã trình lãnh đạo duyệt' }).waitFor();
    await state(officer, 'Chờ lãnh đạo duyệt');
    await nextAction(officer, 'chờ lãnh đạo duyệt và gửi báo cáo');
    await signOut(officer);

    // 4. The leader, at a desk, hears of it, approves and sends — each asked once and confirmed.
    const desk = await newContext(harness!.browser, harness!.server, DESK);
    const leader = await desk.newPage();
    await signIn(leader, 'lanhdaobao');
    await leader.goto('/notifications');
    await leader.getByTestId('notification-list').getByText('chờ lãnh đạo duyệt', { exact: false }).first().waitFor();
    await leader.goto(reportUrl);
    await nextAction(leader, 'bấm “Duyệt”');
    await confirmStep(leader, 'Duyệt', 'Đã duyệt báo cáo.');
    await nextAction(leader, 'bấm “Gửi báo cáo”');
    await confirmStep(leader, 'Gửi báo cáo', 'Đã gửi báo cáo cho cơ quan chủ trì.');
    await nextAction(leader, 'chờ cơ quan chủ trì xem xét');
    await shots(leader, '2-leader-sent');
    await signOut(leader);

    // 5. The coordinator returns it with a reason and a line comment.
    const coordinator = leader;
    await signIn(coordinator, 'dieuphoi');
    await coordinator.goto(reportUrl);
    await nextAction(coordinator, '“Chấp nhận” hoặc “Trả lại”');
    const firstLine = coordinator.locator('[data-testid^="line-"]').first();
    const lineCode = (await firstLine.getAttribute('data-testid'))!.slice('line-'.length);
    await coordinator.getByRole('button', { name: 'Trả lại', exact: true }).click();
    const dialog = coordinator.getByRole('dialog');
    await dialog.getByLabel(`Nhận xét nhiệm vụ ${lineCode}`).fill('Nêu rõ số tin, bài bằng tiếng nước ngoài.');
    await dialog.getByLabel(REASON_LABEL).fill('Đề nghị bổ sung số liệu tiếng nước ngoài.');
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await state(coordinator, 'Bị trả lại');
    await signOut(coordinator);

    // 6. The officer is told, the report opens on what was returned, and says what to do next.
    await signIn(officer, 'baotuyenquang');
    await officer.goto('/notifications');
    await officer.getByTestId('notification-list').getByText('bị trả lại', { exact: false }).first().waitFor();
    await officer.goto(reportUrl);
    await nextAction(officer, 'Gửi lại sau khi sửa');
    const summary = officer.getByTestId('returned-summary');
    await summary.filter({ hasText: 'tiếng nước ngoài' }).waitFor();
    await summary.getByText(lineCode, { exact: true }).waitFor();
    await shots(officer, '3-returned');
    await officer
      .getByTestId(`line-${lineCode}`)
      .getByLabel('Kết quả đã thực hiện')
      .fill('Đăng 120 tin, bài TTĐN, trong đó 24 tin, bài tiếng Anh và 12 tin, bài tiếng Trung.');
    await officer
      .getByTestId('save-status')
      .filter({ hasText: /Đã lưu lúc/ })
      .waitFor();
    await state(officer, 'Bị trả lại · đang sửa');
    await officer.getByRole('button', { name: 'Gửi lại sau khi sửa' }).click();
    await state(officer, 'Chờ lãnh đạo duyệt');
    // The reason stays on screen through the corrections.
    await summary.filter({ hasText: 'Đề nghị bổ sung số liệu tiếng nước ngoài.' }).waitFor();
    await signOut(officer);

    // The leader sends it again; the coordinator sees "Đã gửi lại" and what changed since the return.
    await signIn(leader, 'lanhdaobao');
    await leader.goto(reportUrl);
    await nextAction(leader, 'sau khi bị trả lại');
    await confirmStep(leader, 'Duyệt', 'Đã duyệt báo cáo.');
    await confirmStep(leader, 'Gửi báo cáo', 'Đã gửi báo cáo cho cơ quan chủ trì.');
    await state(leader, 'Đã gửi lại');
    await signOut(leader);
    await signIn(coordinator, 'dieuphoi');
    await coordinator.goto(reportUrl);
    await coordinator.getByTestId(`changed-${lineCode}`).filter({ hasText: 'Đã sửa sau khi trả lại' }).waitFor();
    await state(coordinator, 'Đã gửi lại');
    await shots(coordinator, '3b-reviewer-sees-changes');
    await signOut(coordinator);

    // 7. On the board: days late in working days, and an extension granted on screen moves the date.
    await signIn(coordinator, 'dieuphoi');
    await coordinator.goto(`/reporting/periods/${periodId}`);
    await coordinator.getByTestId('board-agencies').waitFor();
    await coordinator.getByTestId('deadline').filter({ hasText: 'Hạn nộp: 16/11/2026' }).waitFor();
    // 16/11 → 26/11/2026: 8 working days.
    const overdue = coordinator
      .locator('[data-testid^="board-row-"]')
      .filter({ hasText: 'Quá hạn' })
      .filter({ hasText: 'trễ 8 ngày làm việc' })
      .filter({ has: coordinator.getByRole('button', { name: /^Gia hạn:/ }) })
      .first();
    await overdue.waitFor();
    const rowId = (await overdue.getAttribute('data-testid'))!;
    const agencyId = rowId.slice('board-row-'.length);
    await shots(coordinator, '4-board-late');
    await overdue.getByRole('button', { name: /^Gia hạn:/ }).click();
    const ext = coordinator.getByRole('dialog');
    await ext.getByLabel('Gia hạn đến hết ngày').fill('04/12/2026');
    await ext.getByLabel('Gia hạn đến hết ngày').press('Tab');
    await ext.getByLabel('Lý do').fill('Cơ quan mới kiện toàn bộ phận phụ trách, đề nghị gia hạn.');
    await shots(coordinator, '5-extension-dialog');
    await ext.getByTestId('extension-save').click();
    await coordinator.getByTestId('extension-done').filter({ hasText: '04/12/2026' }).waitFor();
    const row = coordinator.getByTestId(rowId);
    await row.getByTestId(`board-extended-${agencyId}`).filter({ hasText: '04/12/2026' }).waitFor();
    await row.filter({ hasText: 'Chưa đến hạn' }).waitFor();
    expect(await row.innerText()).not.toContain('Quá hạn');
    await shots(coordinator, '6-board-extended');
    await coordinator.goto(`/reporting/periods/${periodId}/agencies/${agencyId}`);
    await coordinator
      .getByTestId('deadline')
      .filter({ hasText: 'Hạn nộp: 04/12/2026 (đã gia hạn; hạn chung 16/11/2026)' })
      .waitFor();
    await shots(coordinator, '7-report-extended');
    // The board on a phone as a phone opens it: nothing wider than the screen.
    const coordinatorPhone = await phone.newPage();
    await signIn(coordinatorPhone, 'dieuphoi');
    await coordinatorPhone.goto(`/reporting/periods/${periodId}`);
    await coordinatorPhone.getByTestId(`board-extended-${agencyId}`).waitFor();
    await shot(coordinatorPhone, '15c-8-board-phone-390');
    expect(await coordinatorPhone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
    await desk.close();
    console.log(`[e2e] journey 15c (guided cycle): ${Date.now() - started} ms`);
  });
});
