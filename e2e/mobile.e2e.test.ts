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

const PHONE = { width: 390, height: 844 };
const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

describe('on a 390 px phone', () => {
  it('the plan page fits the screen and "ngoai vu" finds tasks', async () => {
    const started = Date.now();
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');
    await shot(page, '4-mobile-plans');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);

    // Navigation sits behind the burger menu.
    await page.getByRole('button', { name: 'Mở menu' }).click();
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).waitFor();
    await shot(page, '4-mobile-menu');
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();

    await page.getByRole('link', { name: /Mở kế hoạch: .*2025/ }).click();
    await page.getByTestId('task-7.5').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, '4-mobile-plan');

    await page.getByLabel('Tìm nhiệm vụ').fill('ngoai vu');
    await page.waitForURL(/q=ngoai\+vu/);
    await page.locator('[data-testid="task-7.5"]').waitFor({ state: 'detached' });
    const shown = page.locator('[data-testid^="task-"][data-context="false"]');
    expect(await shown.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('task-2.3.2').getAttribute('data-context')).toBe('false');
    expect(await page.getByTestId('task-count').innerText()).toMatch(/Hiển thị [1-9]\d*\/\d+ nhiệm vụ/);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, '4-mobile-search-ngoai-vu');

    // The agency page is usable on the phone too.
    await page.getByTestId('task-2.3.2').getByRole('link', { name: 'Sở Ngoại vụ', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Sở Ngoại vụ', level: 1 }).waitFor();
    await page.getByTestId('agency-owes').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, '4-mobile-agency');
    await context.close();
    console.log(`[e2e] journey 4 (mobile 390 px): ${Date.now() - started} ms`);
  });
});
