import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, shot, signIn, startHarness, stopHarness, type Harness } from './harness.js';

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await stopHarness(harness);
});

describe('coordinator filters the 2025 plan by agency', () => {
  it('shows what Sở Ngoại vụ owes', async () => {
    const started = Date.now();
    const context = await newContext(harness!.browser, harness!.server);
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.getByRole('link', { name: /Mở kế hoạch: .*2025/ }).click();
    await page.waitForURL(/\/plans\/\d+/);
    await page.getByRole('heading', { name: /Kế hoạch công tác thông tin đối ngoại năm 2025/ }).waitFor();
    await page.getByTestId('task-7.1').waitFor();
    await shot(page, '1-plan-unfiltered');

    const agency = page.getByRole('combobox', { name: 'Cơ quan', exact: true });
    await agency.click();
    await agency.fill('ngoai vu');
    await page.getByRole('option', { name: 'Sở Ngoại vụ', exact: true }).click();
    await page.waitForURL(/agency=\d+/);
    await page.getByTestId('why-2.3.2-lead').waitFor();

    expect(await page.getByTestId('task-2.3.2').getAttribute('data-context')).toBe('false');
    expect(await page.getByTestId('task-7.4').getAttribute('data-context')).toBe('false');
    expect(await page.getByTestId('why-2.3.2-lead').innerText()).toContain('Được giao trực tiếp');
    // 7.1 falls to Sở Ngoại vụ only as a member of "các sở, ban, ngành" (coordinator), and the page says so.
    expect(await page.getByTestId('why-7.1-coordinator').innerText()).toContain('Các sở, ban, ngành');
    await shot(page, '1-plan-so-ngoai-vu');

    // Narrowed to the tasks it leads: 2.3.2 and 7.4 stay, 7.1 is no longer a shown task.
    await page.getByRole('combobox', { name: 'Vai trò', exact: true }).click();
    await page.getByRole('option', { name: 'Chủ trì', exact: true }).click();
    await page.waitForURL(/role=lead/);
    await page.locator('[data-testid="task-7.1"][data-context="false"]').waitFor({ state: 'detached' });
    expect(await page.getByTestId('task-2.3.2').getAttribute('data-context')).toBe('false');
    expect(await page.getByTestId('task-7.4').getAttribute('data-context')).toBe('false');
    expect(await page.locator('[data-testid="task-7.1"][data-context="false"]').count()).toBe(0);
    expect(await page.locator('[data-testid^="task-"][data-context="false"]').count()).toBeGreaterThanOrEqual(2);
    await shot(page, '1-plan-so-ngoai-vu-lead');

    // The filter lives in the URL: reloading keeps it.
    await page.reload();
    await page.getByTestId('task-2.3.2').waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('role')).toBe('lead');
    expect(url.searchParams.get('agency')).toMatch(/^\d+$/);
    expect(await page.locator('[data-testid="task-7.1"][data-context="false"]').count()).toBe(0);
    await context.close();
    console.log(`[e2e] journey 1 (coordinator, plan filter): ${Date.now() - started} ms`);
  });
});
