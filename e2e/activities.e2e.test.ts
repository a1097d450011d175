import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, shot, signIn, startHarness, stopHarness, type Harness } from './harness.js';

// 26/11/2026: the press agency's 2026 annual report is an open draft (extended to 30/11/2026).
const TODAY = '2026-11-26';
const PHONE = { width: 390, height: 844 };
const EVENTS = 'Sự kiện, hoạt động có nội dung thông tin đối ngoại';
const TITLE = 'Tổ chức Lễ hội Thành Tuyên 2026 với đoàn khách quốc tế';

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness(TODAY);
});
afterAll(async () => {
  await stopHarness(harness);
});

async function signOut(page: Page): Promise<void> {
  const burger = page.getByRole('button', { name: 'Mở menu' });
  if (await burger.isVisible()) await burger.click();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.waitForURL(/\/sign-in/);
}

async function choose(page: Page, label: string | RegExp, option?: string): Promise<string> {
  await page.getByRole('combobox', { name: label }).click();
  const item = option ? page.getByRole('option', { name: option, exact: true }) : page.getByRole('option').first();
  const text = await item.innerText();
  await item.click();
  return text;
}

describe('an activity recorded on a phone fills the report and the consolidated report', () => {
  it('records an activity, sees it drafted into the report, approves, and finds it behind the consolidated figure', async () => {
    const started = Date.now();
    const phone = await newContext(harness!.browser, harness!.server, PHONE);
    const officer = await phone.newPage();
    await signIn(officer, 'baotuyenquang');

    // 1. On a phone: the record, then quick entry — task, kind, what was done, date, one output.
    await officer.getByRole('button', { name: 'Mở menu' }).click();
    await officer.getByRole('link', { name: 'Hoạt động' }).click();
    await officer.getByTestId('activity-summary').waitFor();
    const entryStarted = Date.now();
    await officer.getByTestId('record-activity').click();
    const taskOption = await choose(officer, /^Nhiệm vụ trong kế hoạch/);
    const taskCode = taskOption.split('. ')[0]!;
    await choose(officer, /^Loại hoạt động/, 'Sự kiện, lễ hội');
    await officer.getByRole('textbox', { name: /^Nội dung hoạt động/ }).fill(TITLE);
    await officer.getByRole('textbox', { name: /^Ngày thực hiện/ }).fill('02/10/2026');
    await officer.getByRole('textbox', { name: /^Đến ngày/ }).fill('04/10/2026');
    await officer.getByRole('button', { name: 'Thêm kết quả' }).click();
    await choose(officer, 'Chỉ tiêu', EVENTS);
    await officer.getByRole('textbox', { name: /^Số lượng/ }).fill('1');
    await shot(officer, '11-activity-form-390');
    // Everything fits the phone's width: no sideways scrolling.
    expect(await officer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const box of [
      await officer.getByRole('combobox', { name: /^Nhiệm vụ trong kế hoạch/ }).boundingBox(),
      await officer.getByRole('button', { name: 'Bỏ kết quả này' }).boundingBox(),
    ])
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await officer.getByRole('button', { name: 'Lưu hoạt động' }).click();
    await officer.waitForURL((url) => url.pathname === '/activities');
    const card = officer.getByTestId('activity-card').filter({ hasText: TITLE });
    await card.waitFor();
    const entryMs = Date.now() - entryStarted;
    expect(await card.innerText()).toContain('02/10/2026–04/10/2026');
    await shot(officer, '11-activities-390');

    // 2. The report: "what was done" and the figure come from the record; a typed figure stays, marked.
    await officer.goto('/reporting');
    await officer.locator('[data-testid^="own-period-"]').first().click();
    await officer.waitForURL(/\/reporting\/periods\/\d+\/agencies\/\d+$/);
    const reportUrl = new URL(officer.url()).pathname;
    await officer.getByTestId('activity-fill').waitFor();
    await officer.getByRole('button', { name: 'Điền từ hoạt động đã ghi' }).click();
    await officer.getByTestId('activity-fill').filter({ hasText: 'Đã điền' }).waitFor();
    const line = officer.getByTestId(`line-${taskCode}`);
    expect(await line.getByLabel('Kết quả đã thực hiện').inputValue()).toContain(`02/10/2026–04/10/2026: ${TITLE}`);
    // The draft from the record fills the figure after the page loads.
    await expect.poll(() => officer.getByLabel(`${EVENTS} — Tổng số`).inputValue(), { timeout: 20_000 }).toBe('1');
    await officer
      .getByTestId('save-status')
      .filter({ hasText: /Đã lưu lúc \d\d:\d\d/ })
      .waitFor();
    // The figure's group opens to show where the figure comes from.
    await officer.getByRole('button', { name: 'V. Ấn phẩm, sự kiện' }).click();
    await officer.getByTestId('indicator-EVENTS').getByText('theo 1 hoạt động').waitFor();
    await shot(officer, '11-report-filled-390');
    await signOut(officer);

    // 3. The leader approves and sends it.
    const desk = await newContext(harness!.browser, harness!.server);
    const leader = await desk.newPage();
    await signIn(leader, 'lanhdaobao');
    await leader.goto(reportUrl);
    await expect.poll(() => leader.getByLabel(`${EVENTS} — Tổng số`).inputValue(), { timeout: 20_000 }).toBe('1');
    await leader.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await leader.getByTestId('confirm-transition').click();
    await leader.getByTestId('submission-state-status').filter({ hasText: 'Đã duyệt' }).waitFor();
    await leader.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await leader.getByTestId('confirm-transition').click();
    await leader.getByTestId('submission-state-status').filter({ hasText: 'Đã gửi' }).waitFor();
    await signOut(leader);

    // 4. The coordinator's consolidated report: the figure opens the activities behind it.
    const coordinator = leader;
    await signIn(coordinator, 'dieuphoi');
    const periodId = reportUrl.split('/')[3];
    await coordinator.goto(`/reporting/periods/${periodId}/consolidation`);
    await coordinator.getByRole('button', { name: 'Số liệu chỉ tiêu' }).click();
    const row = coordinator.getByTestId('consolidation-indicators').locator('tr').filter({ hasText: EVENTS });
    await row.waitFor();
    await shot(coordinator, '11-consolidation-1280');
    await row.getByRole('link').first().click();
    await coordinator.waitForURL((url) => url.pathname === '/activities' && url.search.includes('indicator=EVENTS'));
    await coordinator.getByTestId('activity-card').filter({ hasText: TITLE }).waitFor();
    expect(await coordinator.getByTestId('activity-card').filter({ hasText: TITLE }).innerText()).toContain(
      'Báo và Phát thanh, Truyền hình Tuyên Quang',
    );
    await shot(coordinator, '11-activities-behind-figure-1280');
    await phone.close();
    await desk.close();
    console.log(`[e2e] journey 11 (activities): entry ${entryMs} ms, whole ${Date.now() - started} ms`);
  });
});
