import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, shot, signIn, startHarness, stopHarness, type Harness } from './harness.js';

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await stopHarness(harness);
});

const NEW_AGENCY = 'Trung tâm Thông tin đối ngoại thử nghiệm';

async function pick(page: Page, label: RegExp, search: string, option: string) {
  const box = page.getByRole('dialog').getByRole('combobox', { name: label });
  await box.click();
  await box.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('administration', () => {
  it('reads the audit log, adds an agency, refuses a duplicate, previews and records a transfer, refuses a cycle', async () => {
    const started = Date.now();
    const context = await newContext(harness!.browser, harness!.server);
    const page = await context.newPage();
    await signIn(page, 'admin');

    // Audit log: newest first, details on demand, "load more".
    await page.getByRole('link', { name: 'Nhật ký hệ thống' }).click();
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    await rows.first().waitFor();
    const firstPage = await rows.count();
    expect(firstPage).toBe(50);
    expect(await rows.first().innerText()).toContain('auth.login');
    await page.getByRole('button', { name: 'Tải thêm' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-table"] tbody tr').length > 50);
    await page
      .getByRole('button', { name: /Chi tiết/ })
      .first()
      .click();
    await page.getByText('Sau', { exact: true }).first().waitFor();
    await shot(page, '5-audit-log');

    // Add an agency; the same name again is refused with a clear message.
    await page.getByRole('link', { name: 'Quản trị tổ chức' }).click();
    for (const attempt of [1, 2]) {
      await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/^Tên cơ quan/).fill(NEW_AGENCY);
      await dialog.getByLabel(/^Hoạt động từ ngày/).fill('01/01/2025');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      if (attempt === 1) {
        await page.getByText(`Đã thêm “${NEW_AGENCY}”.`).waitFor();
      } else {
        await dialog.getByRole('alert').waitFor();
        expect(await dialog.getByRole('alert').innerText()).toContain(`Tên “${NEW_AGENCY}” đã có trong hệ thống.`);
        await shot(page, '5-duplicate-name');
        await page.keyboard.press('Escape');
      }
    }

    // Record a transfer of the foreign-information function, previewing what moves first.
    await page.getByRole('tab', { name: 'Sắp xếp tổ chức' }).click();
    await page.getByRole('button', { name: 'Ghi nhận sự kiện' }).click();
    await pick(page, /^Cơ quan nguồn/, 'ngoai vu', 'Sở Ngoại vụ');
    await pick(page, /^Cơ quan nhận/, 'thu nghiem', NEW_AGENCY);
    await page
      .getByRole('dialog')
      .getByLabel(/^Ngày hiệu lực/)
      .fill('01/06/2025');
    await page.getByRole('dialog').getByLabel('Căn cứ pháp lý').fill('Quyết định thử nghiệm');
    const confirm = page.getByRole('button', { name: 'Xác nhận ghi nhận' });
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Xem trước thay đổi' }).click();
    const preview = page.getByTestId('succession-preview');
    await preview.waitFor();
    expect(await preview.innerText()).toContain('2.3.2');
    expect(await preview.innerText()).toContain(`Sở Ngoại vụ → ${NEW_AGENCY}`);
    await shot(page, '5-succession-preview');
    await confirm.click();
    await page.getByText('Đã ghi nhận sự kiện.').waitFor();

    // Sending the duties back would make a cycle: refused, and the message says why.
    await page.getByRole('button', { name: 'Ghi nhận sự kiện' }).click();
    await pick(page, /^Cơ quan nguồn/, 'thu nghiem', NEW_AGENCY);
    await pick(page, /^Cơ quan nhận/, 'ngoai vu', 'Sở Ngoại vụ');
    await page
      .getByRole('dialog')
      .getByLabel(/^Ngày hiệu lực/)
      .fill('02/06/2025');
    await page.getByRole('button', { name: 'Xem trước thay đổi' }).click();
    await page.getByTestId('succession-preview').waitFor();
    await page.getByRole('button', { name: 'Xác nhận ghi nhận' }).click();
    const alert = page.getByRole('dialog').getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('vòng kế thừa');
    await shot(page, '5-succession-cycle');
    await context.close();
    console.log(`[e2e] journey 5 (admin: audit, agency, succession): ${Date.now() - started} ms`);
  });
});
