import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { REPO, newContext, shot, signIn, startHarness, stopHarness, type Harness, viewShot } from './harness.js';

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await stopHarness(harness);
});

const SEED_DOCX = join(REPO, 'fixtures/plans/seed-tuyen-quang-2025.docx');
const UNKNOWN = 'Ban Chỉ đạo Nhân quyền tỉnh';
let draftPath = '';

describe('coordinator imports the 2025 plan from its Word file', () => {
  it('reviews the document, creates the unknown agency and lands on the new draft', async () => {
    const started = Date.now();
    const context = await newContext(harness!.browser, harness!.server);
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.getByRole('link', { name: 'Nhập kế hoạch từ văn bản' }).click();
    await page.waitForURL(/\/plans\/import$/);
    await page.getByText('Kéo thả tệp vào đây').waitFor();

    // A slow uplink (about 2 s for the file) so the upload progress is on screen long enough to check.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 12_000,
    });
    await page.getByTestId('plan-file-input').setInputFiles(SEED_DOCX);
    const progress = page.getByTestId('upload-progress');
    await progress.getByText(/Đang tải lên seed-tuyen-quang-2025\.docx… [1-9]\d?%/).waitFor();
    expect(Number(await progress.getByRole('progressbar').getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await viewShot(page, 'plan-import-1-progress');
    await page.getByTestId('upload-reading').or(page.getByTestId('plan-diff')).first().waitFor();
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });

    // The review: the diff against the issued 2025 plan first, then source and tasks side by side.
    await page.getByTestId('plan-diff').waitFor();
    expect(await page.getByTestId('plan-diff-counts').innerText()).toMatch(/Thêm 0 · Bỏ 0 · Thay đổi 0/);
    expect(await page.getByTestId('plan-diff').innerText()).toContain('bản dự thảo mới');
    await page.getByTestId('review-task-2.3.2').waitFor();
    expect(await page.getByTestId('source-text').innerText()).toContain('KẾ HOẠCH');
    expect(await page.locator('[data-testid="source-text"] mark[data-span-kind="task"]').count()).toBeGreaterThan(10);
    expect(await page.getByTestId('parser-warnings').innerText()).toContain('dòng 39');

    // Clicking the task scrolls the source to where it was read.
    await page
      .getByTestId('review-task-2.3.2')
      .getByText(/^2\.3\.2\. Quản lý và hướng dẫn phóng viên/)
      .click();
    expect(await page.locator('#source-task-2\\.3\\.2').isVisible()).toBe(true);

    // The one name the registry does not know is red; it becomes a new agency and turns green.
    const row = page.getByTestId(`name-row-${UNKNOWN}`);
    expect(await row.getAttribute('data-tone')).toBe('red');
    expect(await page.getByTestId('review-task-2.3.2').locator('[data-tone="red"]').innerText()).toContain(UNKNOWN);
    await shot(page, 'plan-import-2-review');
    await viewShot(page, 'plan-import-2-review-view');
    await row.scrollIntoViewIfNeeded();
    await viewShot(page, 'plan-import-2-names-view');
    await row.getByRole('button', { name: 'Tạo cơ quan mới' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo cơ quan mới' });
    expect(await dialog.getByLabel('Tên cơ quan').inputValue()).toBe(UNKNOWN);
    expect(await dialog.getByRole('combobox', { name: 'Loại cơ quan' }).inputValue()).toBe('Khác');
    await shot(page, 'plan-import-3-create-agency');
    await dialog.getByRole('button', { name: 'Tạo cơ quan mới' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator(`[data-testid="name-row-${UNKNOWN}"][data-tone="green"]`).waitFor();
    expect(await page.getByTestId('review-task-2.3.2').locator('[data-tone="red"], [data-tone="amber"]').count()).toBe(
      0,
    );
    expect(await page.getByTestId('review-summary').innerText()).toContain('0 chưa xác định');
    await shot(page, 'plan-import-4-resolved');
    await viewShot(page, 'plan-import-4-resolved-view');

    // Confirm: a new draft plan, with the new agency as a resolved coordinator of 2.3.2.
    await page.getByTestId('confirm-import').click();
    await page.getByTestId('confirm-import-save').click();
    await page.waitForURL((url) => /^\/plans\/\d+$/.test(url.pathname) && !url.pathname.endsWith('/1'));
    await page.getByTestId('task-2.3.2').waitFor();
    draftPath = new URL(page.url()).pathname;
    expect(await page.getByTestId('plan-status').textContent()).toBe('Dự thảo');
    const coordinators = page.getByTestId('task-2.3.2').locator('[data-role="coordinator"]');
    const chip = coordinators.getByRole('link', { name: UNKNOWN, exact: true });
    await chip.waitFor();
    expect(await chip.getAttribute('href')).toMatch(/^\/agencies\/\d+$/);
    expect(await page.getByRole('button', { name: 'Ban hành kế hoạch…' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Tải DOCX' }).getAttribute('href')).toMatch(/\/export\.docx$/);
    await shot(page, 'plan-import-5-draft-plan');
    await viewShot(page, 'plan-import-5-draft-plan-view');
    await context.close();
    console.log(`[e2e] plan import journey (coordinator, seed DOCX → draft): ${Date.now() - started} ms`);
  });

  it('on a phone the source and the tasks stack', async () => {
    const started = Date.now();
    const context = await newContext(harness!.browser, harness!.server, { width: 390, height: 844 });
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');
    await page.goto('/plans/import');
    await page.getByText('Kéo thả tệp vào đây').waitFor();
    await viewShot(page, 'plan-import-phone-1-upload');
    await page.getByTestId('plan-file-input').setInputFiles(SEED_DOCX);
    await page.getByTestId('review-task-2.3.2').waitFor();
    const source = await page.getByTestId('source-pane').boundingBox();
    const tasks = await page.getByTestId('review-tasks').boundingBox();
    expect(source!.width).toBeLessThanOrEqual(390);
    expect(tasks!.y).toBeGreaterThan(source!.y + source!.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await viewShot(page, 'plan-import-phone-2-review');
    await page.getByTestId('review-task-2.3.2').scrollIntoViewIfNeeded();
    await viewShot(page, 'plan-import-phone-3-task');
    await page.getByTestId('review-task-2.3.2').getByRole('button', { name: 'Sửa 2.3.2' }).click();
    await viewShot(page, 'plan-import-phone-4-edit');
    await context.close();
    console.log(`[e2e] plan import on a phone: ${Date.now() - started} ms`);
  });

  it('the coordinator issues the draft and sends the notice of duties; Sở Ngoại vụ acknowledges from its notification', async () => {
    expect(draftPath).toMatch(/^\/plans\/\d+$/);
    const started = Date.now();
    const coordinatorContext = await newContext(harness!.browser, harness!.server);
    const coordinator = await coordinatorContext.newPage();
    await signIn(coordinator, 'dieuphoi');
    await coordinator.goto(draftPath);
    await coordinator.getByRole('button', { name: 'Ban hành kế hoạch…' }).click();
    await coordinator
      .getByRole('dialog', { name: 'Ban hành kế hoạch' })
      .getByRole('button', { name: 'Ban hành', exact: true })
      .click();
    await coordinator.locator('[data-testid="plan-status"]', { hasText: 'Đã ban hành' }).waitFor();
    await coordinator.getByRole('button', { name: 'Gửi thông báo nhiệm vụ cho các cơ quan' }).click();
    await coordinator.getByText(/Đã thông báo \d+ cơ quan/).waitFor();
    const pending = coordinator.getByTestId('plan-duties');
    await pending.getByText('Sở Ngoại vụ', { exact: true }).waitFor();
    await viewShot(coordinator, 'plan-import-6-duties-sent');

    const agencyContext = await newContext(harness!.browser, harness!.server, { width: 390, height: 844 });
    const officer = await agencyContext.newPage();
    await signIn(officer, 'songoaivu');
    // The demo's reporting cycle left the officer other notices; the duties notice is one of them.
    const bell = officer.getByRole('button', { name: /^Thông báo \(\d+ chưa đọc\)$/ });
    const unread = Number((await bell.getAttribute('aria-label'))?.match(/\d+/)?.[0] ?? Number.NaN);
    await bell.click();
    const drawer = officer.getByRole('dialog', { name: 'Thông báo' });
    await drawer.getByText(/Nhiệm vụ của Sở Ngoại vụ theo/).waitFor();
    await officer.waitForTimeout(400); // the drawer slides in
    await viewShot(officer, 'plan-import-7-phone-notifications');
    await drawer
      .locator('[data-testid^="notification-"]:not([data-testid="notification-list"])')
      .filter({ hasText: /Nhiệm vụ của Sở Ngoại vụ theo/ })
      .getByRole('link', { name: 'Mở' })
      .first()
      .click();
    await officer.waitForURL(new RegExp(`${draftPath}\\?`));
    await officer.getByRole('button', { name: `Thông báo (${unread - 1} chưa đọc)`, exact: true }).waitFor();
    await officer.getByRole('button', { name: 'Xác nhận đã nhận nhiệm vụ' }).click();
    await officer.getByText(/Cơ quan đã xác nhận nhận nhiệm vụ ngày \d\d\/\d\d\/\d{4}/).waitFor();
    await viewShot(officer, 'plan-import-8-phone-acknowledged');

    await coordinator.reload();
    await coordinator.getByTestId('plan-duties').waitFor();
    await coordinator.getByRole('button', { name: 'Gửi thông báo nhiệm vụ cho các cơ quan' }).waitFor();
    await coordinator.waitForTimeout(300);
    expect(await coordinator.getByTestId('plan-duties').getByText('Sở Ngoại vụ', { exact: true }).count()).toBe(0);
    await coordinatorContext.close();
    await agencyContext.close();
    console.log(`[e2e] issue, notice of duties, acknowledgement: ${Date.now() - started} ms`);
  });
});
