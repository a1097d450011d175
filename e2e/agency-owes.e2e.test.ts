import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, shot, signIn, startHarness, stopHarness, type Harness } from './harness.js';

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await stopHarness(harness);
});

const LEAD_BY_TRANSFER = ['1', '2.3.3', '3', '4'];
const OWN_LEAD = ['7.1', '7.5'];

describe('the agency page explains what an agency owes on a date', () => {
  it('shows Sở VHTTDL leading the tasks it took over from Sở TT&TT on 01/03/2025', async () => {
    const started = Date.now();
    const context = await newContext(harness!.browser, harness!.server);
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');
    await page.getByRole('link', { name: 'Cơ quan, đơn vị' }).click();
    await page.getByRole('link', { name: 'Sở Ngoại vụ', exact: true }).waitFor();
    await page.getByLabel('Tìm cơ quan').fill('van hoa the thao');
    // Searching without diacritics narrows the list (wait for it before clicking).
    await page.getByRole('link', { name: 'Sở Ngoại vụ', exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Sở Văn hóa, Thể thao và Du lịch', exact: true }).click();
    await page.getByRole('heading', { name: 'Sở Văn hóa, Thể thao và Du lịch', level: 1 }).waitFor();

    const date = page.getByLabel('Tính đến ngày');
    await date.fill('01/06/2025');
    await date.press('Enter');
    await page.waitForURL(/asOf=2025-06-01/);
    await page.getByTestId('owe-1-lead').waitFor();
    expect(await page.getByTestId('exists-on-date').innerText()).toContain('01/06/2025');

    for (const code of LEAD_BY_TRANSFER) {
      const why = await page.getByTestId(`owe-${code}-lead`).getByTestId('why').innerText();
      expect(why, code).toContain('Sở Thông tin và Truyền thông → Sở Văn hóa, Thể thao và Du lịch');
      expect(why, code).toContain('chuyển giao chức năng');
      expect(why, code).toContain('01/03/2025');
    }
    for (const code of OWN_LEAD) {
      expect(await page.getByTestId(`owe-${code}-lead`).getByTestId('why').innerText(), code).toContain(
        'Được giao trực tiếp',
      );
    }
    expect(await page.getByTestId('agency-history').innerText()).toContain('01/03/2025');
    await shot(page, '3-agency-vhttdl-2025-06-01');

    // Before the transfer, task 1 was still Sở TT&TT's: it is not owed here on 01/02/2025.
    await date.fill('01/02/2025');
    await date.press('Enter');
    await page.waitForURL(/asOf=2025-02-01/);
    await page.getByTestId('owe-1-lead').waitFor({ state: 'detached' });
    expect(await page.getByTestId('owe-7.1-lead').count()).toBe(1);
    await context.close();
    console.log(`[e2e] journey 3 (agency owes and why): ${Date.now() - started} ms`);
  });
});
