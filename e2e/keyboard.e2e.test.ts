import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, DEMO_PASSWORD, newContext, startHarness, stopHarness, type Harness } from './harness.js';

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await stopHarness(harness);
});

/** The accessible name and tag of the element that has the keyboard focus. */
const focused = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      label:
        el?.getAttribute('aria-label') ??
        (el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '') ??
        '',
      text: el?.innerText?.trim() ?? '',
    };
  });

describe('keyboard only', () => {
  it('signs in with Tab and Enter, and opens the plans from the menu without a mouse', async () => {
    const context = await newContext(harness!.browser, harness!.server);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Tên đăng nhập').waitFor();
    await checkPage(page, 'keyboard-sign-in');

    // Tab from the top of the page to the user name field, whatever comes before it.
    let steps = 0;
    while ((await focused(page)).label?.includes('Tên đăng nhập') !== true && steps++ < 10)
      await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('input');
    await page.keyboard.type('baotuyenquang');
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toContain('Mật khẩu');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.locator('main').first().waitFor();
    await checkPage(page, 'keyboard-home');

    // Tab through the page until the menu's plans link has the focus, then follow it with Enter.
    steps = 0;
    while ((await focused(page)).text !== 'Kế hoạch' && steps++ < 60) await page.keyboard.press('Tab');
    expect(steps).toBeLessThan(60);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/plans$/);
    await page.getByRole('link', { name: /Mở kế hoạch: .*2025/ }).waitFor();
    await checkPage(page, 'keyboard-after-enter');
    await context.close();
  });
});
