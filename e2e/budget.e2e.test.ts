import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, newContext, shot, signIn, startHarness, stopHarness, type Harness } from './harness.js';

// The demo's today: the 2026 budget has its lines, and one request waits in each state.
const TODAY = '2026-12-06';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
let harness: Harness | undefined;

beforeAll(async () => {
  harness = await startHarness(TODAY);
});
afterAll(async () => {
  await stopHarness(harness);
});

const card = (page: Page, reason: string) => page.getByTestId('budget-request').filter({ hasText: reason });

describe('the budget', () => {
  it('the province leader sees on a phone whether the year is on track, money included', async () => {
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'lanhdao');
    const year = page.getByTestId('year-track');
    await year.waitFor();
    expect(await year.getByRole('heading').first().innerText()).toBe('Cả năm 2026 đến ngày 06/12/2026');
    expect(await page.getByTestId('year-tasks').innerText()).toMatch(/Nhiệm vụ đã có hoạt động\s+\d+\/\d+/);
    // 2026: 730 million allocated and 90 million granted; 333 million spent.
    expect(await page.getByTestId('year-budget').innerText()).toContain('333.000.000 / 820.000.000 đồng');
    expect(await page.getByTestId('year-requests').innerText()).toBe('2 đề nghị bổ sung đang chờ, 1 quá hạn');
    await year.scrollIntoViewIfNeeded();
    await shot(page, 'budget-1-leader-year-phone');
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('link', { name: 'Xem kinh phí' }).click();
    await page.getByTestId('budget-totals').waitFor();
    expect(await page.getByTestId('budget-totals').innerText()).toContain('40,6 %');
    await checkPage(page);
    // A reader changes nothing: no request can be drafted or moved.
    expect(await page.getByRole('button', { name: 'Lập đề nghị bổ sung' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ghi nhận quyết định' }).count()).toBe(0);
    // The Happy Vietnam entries the province sent in 2025, and their prizes.
    await page.goto('/publications?year=2025');
    const contest = page.getByTestId('contest').filter({ hasText: 'Happy Vietnam' });
    await contest.waitFor();
    expect(await contest.innerText()).toContain('5 tác phẩm dự thi, 3 đoạt giải');
    expect(await page.getByTestId('publication').count()).toBe(1);
    await shot(page, 'budget-2-publications-phone');
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });

  it('on a desktop, a request goes from draft to Sở Tài chính to the committee’s approval', async () => {
    const context = await newContext(harness!.browser, harness!.server, DESKTOP);
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');
    await page.goto('/budget?year=2026');
    await page.getByTestId('budget-lines').waitFor();
    await page.getByRole('button', { name: 'Lập đề nghị bổ sung' }).click();
    await page.getByRole('combobox', { name: 'Dòng kinh phí' }).click();
    await page.getByRole('option', { name: /Nguồn hợp pháp khác/ }).click();
    await page.getByLabel('Số tiền đề nghị (đồng)').fill('12500000');
    const reason = 'Thuê phiên dịch tiếng Hàn cho đoàn famtrip tháng 12.';
    await page.getByLabel('Lý do đề nghị').fill(reason);
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    const request = card(page, reason);
    await expect.poll(() => request.getByTestId('budget-request-status').textContent()).toBe('Dự thảo');
    expect(await request.innerText()).toContain('Đề nghị 12.500.000 đồng');
    await shot(page, 'budget-3-draft-desktop');

    await request.getByRole('button', { name: 'Gửi Sở Tài chính' }).click();
    await expect.poll(() => request.getByTestId('budget-request-status').textContent()).toBe('Đã gửi Sở Tài chính');
    // Sent on Sunday 06/12/2026: ten working days from then fall on Friday 18/12/2026.
    expect(await request.innerText()).toContain('Hạn thẩm định 18/12/2026');
    const docx = await request.getByRole('link', { name: 'Tải văn bản đề nghị (DOCX)' }).getAttribute('href');
    const download = await page.request.get(docx!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('wordprocessingml');

    await request.getByLabel('Ý kiến của Sở Tài chính').fill('Thống nhất mức đề nghị.');
    await request.getByRole('button', { name: 'Ghi nhận thẩm định' }).click();
    await expect
      .poll(() => request.getByTestId('budget-request-status').textContent())
      .toBe('Đã thẩm định, chờ UBND tỉnh quyết định');
    await request.getByLabel('Số, ký hiệu văn bản quyết định').fill('QĐ 3001/QĐ-UBND');
    await request.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await expect.poll(() => request.getByTestId('budget-request-status').textContent()).toBe('Đã phê duyệt');
    expect(await request.getByTestId('budget-request-decision').innerText()).toBe(
      'Quyết định QĐ 3001/QĐ-UBND ngày 06/12/2026: 12.500.000 đồng',
    );
    // The approval is money on a line at once: 820 million plus 12.5 million.
    await expect.poll(() => page.getByTestId('budget-totals').innerText()).toContain('832.500.000');
    await shot(page, 'budget-4-approved-desktop');
    await context.close();
  });

  it('an agency officer records a bilingual publication on a phone; it is one activity of the record', async () => {
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'baotuyenquang');
    await page.goto('/publications?year=2026');
    await page.getByRole('button', { name: 'Ghi nhận ấn phẩm' }).click();
    const title = 'Tờ gấp “Mùa xuân trên Cao nguyên đá” (Việt – Anh)';
    await page.getByLabel('Tên ấn phẩm').fill(title);
    await page.getByRole('combobox', { name: 'Nhiệm vụ trong kế hoạch' }).click();
    await page.getByRole('option').first().click();
    await page.getByLabel('Ngày phát hành').fill('01/12/2026');
    await page.getByLabel('Ngày phát hành').press('Tab');
    await page.getByLabel('Tiếng Việt', { exact: true }).fill('500');
    await page.getByLabel('Tiếng Anh', { exact: true }).fill('300');
    await page.getByLabel('Nơi phát hành (mỗi dòng một nơi)').fill('Cửa khẩu Thanh Thủy');
    await page.getByLabel('Kinh phí (đồng)').fill('15000000');
    await shot(page, 'budget-5-publication-form-phone');
    await page.getByRole('button', { name: 'Lưu' }).click();
    const card = page.getByTestId('publication').filter({ hasText: 'Mùa xuân trên Cao nguyên đá' });
    await card.waitFor();
    expect(await card.innerText()).toContain('Số bản: 800');
    expect(await card.innerText()).toContain('Kinh phí: 15.000.000 đồng');
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // The same thing in the activity record, once.
    await page.goto('/activities');
    await expect.poll(() => page.getByText(title).count()).toBe(1);
    await context.close();
  });

  it('on a phone, the coordinator allocates money and the agency officer records a payment with its voucher', async () => {
    const coordinator = await newContext(harness!.browser, harness!.server, PHONE);
    let page = await coordinator.newPage();
    await signIn(page, 'dieuphoi');
    await page.goto('/budget?year=2026');
    await page.getByTestId('budget-lines').waitFor();
    await page.getByRole('button', { name: 'Phân bổ kinh phí' }).click();
    const allocation = page.getByTestId('allocation-form');
    // Nothing chosen: the form says what is missing, in Vietnamese, before asking the server.
    await allocation.getByRole('button', { name: 'Phân bổ', exact: true }).click();
    expect(await allocation.getByRole('alert').innerText()).toContain('Chọn nhiệm vụ được phân bổ kinh phí.');
    await allocation.getByRole('combobox', { name: 'Nhiệm vụ' }).click();
    await page.getByRole('option').first().click();
    await allocation.getByRole('combobox', { name: 'Cơ quan' }).fill('Báo và Phát thanh');
    await page.getByRole('option', { name: /Báo và Phát thanh, Truyền hình Tuyên Quang/ }).click();
    await allocation.getByRole('combobox', { name: 'Nguồn' }).click();
    await page.getByRole('option', { name: 'Ngân sách trung ương' }).click();
    await allocation.getByLabel('Số tiền phân bổ (đồng)').fill('47500000');
    // Typed digits are grouped the Vietnamese way as they are typed.
    expect(await allocation.getByLabel('Số tiền phân bổ (đồng)').inputValue()).toBe('47.500.000');
    await allocation.getByLabel('Số, ký hiệu quyết định giao dự toán').fill('QĐ 77/QĐ-UBND');
    await checkPage(page);
    await shot(page, 'budget-6-allocation-form-phone');
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await allocation.getByRole('button', { name: 'Phân bổ', exact: true }).click();
    const line = page.getByTestId('budget-lines').getByRole('row').filter({ hasText: '47.500.000' });
    await line.waitFor();
    expect(await line.innerText()).toContain('Ngân sách trung ương');
    await coordinator.close();

    const officer = await newContext(harness!.browser, harness!.server, PHONE);
    page = await officer.newPage();
    await signIn(page, 'baotuyenquang');
    await page.goto('/budget?year=2026');
    await page.getByTestId('budget-lines').waitFor();
    await page.getByRole('button', { name: 'Ghi khoản chi' }).click();
    const payment = page.getByTestId('payment-form');
    await payment.getByRole('combobox', { name: 'Dòng kinh phí' }).click();
    await page.getByRole('option', { name: /Ngân sách trung ương · còn 47\.500\.000 đồng/ }).click();
    await payment.getByLabel('Số tiền chi (đồng)').fill('50000000');
    await payment.getByLabel('Nội dung chi').fill('In sách ảnh song ngữ');
    await payment.getByRole('button', { name: 'Ghi khoản chi' }).click();
    expect(await payment.getByRole('alert').innerText()).toContain(
      'vượt số còn lại của dòng kinh phí (47.500.000 đồng)',
    );
    await payment.getByLabel('Số tiền chi (đồng)').fill('12000000');
    await payment.getByRole('button', { name: 'Ghi khoản chi' }).click();
    expect(await payment.getByRole('alert').innerText()).toContain('Chọn tệp chứng từ của khoản chi.');
    // Paid on Friday, recorded on Sunday: the date is typed dd/mm/yyyy.
    await payment.getByLabel('Ngày chi').fill('04/12/2026');
    await payment.getByLabel('Ngày chi').press('Tab');
    await payment.getByLabel('Số chứng từ, hóa đơn').fill('HĐ 45/2026');
    await payment.locator('input[type="file"]').setInputFiles({
      name: 'hóa đơn in sách.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF'),
    });
    await checkPage(page);
    await shot(page, 'budget-7-payment-form-phone');
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await payment.getByRole('button', { name: 'Ghi khoản chi' }).click();
    await payment.waitFor({ state: 'detached' });
    const paid = page.getByTestId('budget-lines').getByRole('row').filter({ hasText: '47.500.000' });
    await expect.poll(() => paid.innerText()).toContain('12.000.000');
    await officer.close();
  });
});
