import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, shot, signIn, startHarness, stopHarness, type Harness } from './harness.js';

// Friday 04/12/2026: the demo's December guidance is open, the November one overdue.
const TODAY = '2026-12-04';
const PHONE = { width: 390, height: 844 };
const PRESS = 'Báo và Phát thanh, Truyền hình Tuyên Quang';
const TITLE = 'Thông tin về Lễ hội Thành Tuyên năm 2026 cho khách quốc tế';

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

describe('guidance from the coordinator to an agency officer on a phone', () => {
  it('issues a note, the officer opens it (receipt) and acknowledges it, the register shows it', async () => {
    const started = Date.now();
    const desk = await newContext(harness!.browser, harness!.server);
    const coordinator = await desk.newPage();
    await signIn(coordinator, 'dieuphoi');

    // 1. The coordinator issues a note to the press agency.
    await coordinator.getByRole('link', { name: 'Định hướng' }).click();
    await coordinator.getByTestId('issue-guidance').click();
    await coordinator.getByRole('textbox', { name: /^Trích yếu/ }).fill(TITLE);
    await coordinator.getByRole('textbox', { name: /^Số, ký hiệu/ }).fill('45/HD-SVHTTDL');
    await coordinator
      .getByRole('textbox', { name: /^Nội dung định hướng/ })
      .fill('Giới thiệu lễ hội bằng tiếng Anh và tiếng Trung; dẫn nguồn Cổng Thông tin điện tử tỉnh.');
    await coordinator.getByRole('combobox', { name: 'Cơ quan nhận', exact: true }).fill('phat thanh');
    await coordinator.getByRole('option', { name: PRESS, exact: true }).click();
    await coordinator.keyboard.press('Escape');
    await shot(coordinator, '12-guidance-issue-1280');
    await coordinator.getByTestId('submit-guidance').click();
    await coordinator.waitForURL(/\/guidance\/\d+$/);
    const noteUrl = new URL(coordinator.url()).pathname;
    await coordinator.getByTestId('guidance-body').waitFor();
    await shot(coordinator, '12-guidance-issued-1280');

    // 2. The officer, on a phone, opens it from the menu: the receipt is recorded, then acknowledges.
    const phone = await newContext(harness!.browser, harness!.server, PHONE);
    const officer = await phone.newPage();
    await signIn(officer, 'baotuyenquang');
    await officer.getByRole('button', { name: 'Mở menu' }).click();
    await officer.getByRole('link', { name: 'Định hướng' }).click();
    const card = officer.locator('[data-testid^="guidance-"]').filter({ hasText: TITLE });
    await card.getByText('Chưa đọc').waitFor();
    await shot(officer, '12-guidance-register-390');
    await card.click();
    await officer.waitForURL((url) => url.pathname === noteUrl);
    await officer.getByTestId('guidance-body').waitFor();
    // The receipt: the page shows the agency's status turn to read.
    await officer.getByTestId('acknowledge-guidance').waitFor();
    await expect
      .poll(() => officer.locator('[data-testid^="recipient-"]').first().innerText(), { timeout: 20_000 })
      .toMatch(/đã đọc/i);
    expect(await officer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(officer, '12-guidance-note-390');
    await officer.getByRole('textbox', { name: /^Ghi chú/ }).fill('Đã giao phòng Thời sự thực hiện.');
    await officer.getByTestId('acknowledge-guidance').click();
    await officer.getByTestId('guidance-acknowledged').waitFor();
    await shot(officer, '12-guidance-acknowledged-390');

    // The year's milestones on the phone: round anniversaries marked, festivals on their lunar dates.
    await officer.goto('/events');
    await officer.getByTestId('milestone-anniversary:people-army:2026').waitFor();
    expect(await officer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(officer, '12-events-390');
    // A calendar link for the phone, then revoked (a phone lost): the list empties, the link stops.
    await officer.getByRole('button', { name: 'Lịch của cơ quan' }).click();
    const feedUrl = await officer.getByTestId('feed-url').innerText();
    await officer.getByTestId('feed-tokens').getByRole('button', { name: 'Thu hồi' }).waitFor();
    await shot(officer, '12-events-feed-390');
    expect((await officer.request.get(feedUrl)).status()).toBe(200);
    await officer.getByTestId('feed-tokens').getByRole('button', { name: 'Thu hồi' }).click();
    await officer.getByTestId('feed-tokens').waitFor({ state: 'detached' });
    expect((await officer.request.get(feedUrl)).status()).toBe(401);
    await signOut(officer);

    // 3. The coordinator's register: read and acknowledged by its one recipient.
    await coordinator.goto('/guidance');
    const line = coordinator.locator('[data-testid^="guidance-"]').filter({ hasText: TITLE });
    await expect
      .poll(() => line.getByTestId('guidance-counts').innerText(), { timeout: 20_000 })
      .toBe('Đã đọc 1/1 · Đã xác nhận 1/1');
    await shot(coordinator, '12-guidance-register-1280');
    await coordinator.goto(noteUrl);
    await coordinator.getByTestId('guidance-body').waitFor();
    expect(await coordinator.locator('[data-testid^="recipient-"]').first().innerText()).toContain(
      'Đã giao phòng Thời sự thực hiện.',
    );

    // 4. The coordinator adds a festival on a lunar date: it is listed on its solar day of the year.
    await coordinator.goto('/events');
    await coordinator.getByRole('textbox', { name: 'Tên lễ hội' }).fill('Lễ hội Lồng Tông xã Tân Trào');
    await coordinator.getByRole('textbox', { name: 'Ngày', exact: true }).fill('15');
    await coordinator.getByRole('textbox', { name: 'Tháng', exact: true }).fill('1');
    await coordinator.getByRole('button', { name: 'Lưu' }).first().click();
    const festival = coordinator.locator('[data-testid^="milestone-festival:"]').filter({ hasText: 'Lồng Tông' });
    await festival.waitFor();
    expect(await festival.innerText()).toContain('03/03/2026');
    await shot(coordinator, '12-events-1280');

    // 5. A day typed wrong is corrected from the festival's own card: it moves to its new solar day.
    await festival.getByRole('button', { name: 'Sửa' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Sửa lễ hội' });
    await dialog.getByRole('textbox', { name: 'Ngày', exact: true }).fill('16');
    await shot(coordinator, '12-events-edit-1280');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => festival.innerText(), { timeout: 20_000 }).toContain('04/03/2026');
    await phone.close();
    await desk.close();
    console.log(`[e2e] journey 12 (guidance): ${Date.now() - started} ms`);
  });
});
