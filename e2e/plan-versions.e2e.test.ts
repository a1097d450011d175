import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, newContext, shot, signIn, startHarness, stopHarness, type Harness, viewShot } from './harness.js';

const TODAY = '2026-12-06';
const PHONE = { width: 390, height: 844 };
const COLLECTIVE = 'UBND các xã biên giới';
let harness: Harness | undefined;
let revised = '';

/**
 * The 2026 plan as a revised document would print it: task 2.1 ("Quán triệt…") dropped, its
 * younger siblings renumbered, and a new task 7.6 whose coordinators are the border communes.
 */
function reviseDemoPlan(): string {
  const text = readFileSync(join(REPO, 'server/demo/documents/ke-hoach-ttdn-tuyen-quang-2026.txt'), 'utf8');
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('2.1. Quán triệt'));
  const end = lines.findIndex((l) => l.startsWith('2.2. Bố trí'));
  lines.splice(start, end - start);
  const renumbered = lines.map((l) =>
    l.replace(
      /^2\.([234])((?:\.\d+)*)\.(\s)/,
      (_, n: string, rest: string, space: string) => `2.${Number(n) - 1}${rest}.${space}`,
    ),
  );
  renumbered.splice(
    renumbered.findIndex((l) => l.startsWith('III. KINH PHÍ')),
    0,
    '7.6. Tuyên truyền về đường biên giới, mốc quốc giới Việt Nam - Trung Quốc cho Nhân dân khu vực biên giới',
    'a) Cơ quan chủ trì: Bộ Chỉ huy Quân sự tỉnh.',
    `b) Cơ quan phối hợp: ${COLLECTIVE}.`,
    'c) Thời gian thực hiện: Thường xuyên.',
  );
  const path = join(mkdtempSync(join(tmpdir(), 'ttdn-revised-')), 'ke-hoach-2026-sua-doi.txt');
  writeFileSync(path, renumbered.join('\n'));
  return path;
}

beforeAll(async () => {
  harness = await startHarness(TODAY);
  revised = reviseDemoPlan();
});
afterAll(async () => {
  await stopHarness(harness);
});

/** The label of the button under the centre of `button` (null when something else covers it). */
async function buttonAtCentre(page: Page, button: Locator): Promise<string | null> {
  const box = (await button.boundingBox())!;
  return page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('button')?.textContent ?? null,
    [box.x + box.width / 2, box.y + box.height / 2],
  );
}

async function upload(page: Page): Promise<void> {
  await page.goto('/plans/import');
  await page.getByText('Kéo thả tệp vào đây').waitFor();
  await page.getByTestId('plan-file-input').setInputFiles(revised);
  await page.getByTestId('plan-diff').waitFor();
}

describe('the coordinator and plan versions, on 06/12/2026', () => {
  it('a merge preview names the plan and lists each task that moves once, to the one successor', async () => {
    const context = await newContext(harness!.browser, harness!.server);
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');
    await page.goto('/admin/organisations');
    await page.getByRole('tab', { name: 'Sắp xếp tổ chức' }).click();
    await page.getByRole('button', { name: 'Ghi nhận sự kiện' }).click();
    const form = page.getByRole('dialog', { name: 'Ghi nhận sự kiện' });
    await form.getByRole('combobox', { name: 'Loại sự kiện' }).click();
    await page.getByRole('option', { name: 'hợp nhất, sáp nhập' }).click();
    await form.getByLabel('Cơ quan nguồn').fill('Sở Ngoại');
    await page.getByRole('option', { name: 'Sở Ngoại vụ', exact: true }).click();
    await form.getByRole('combobox', { name: 'Cơ quan nhận' }).fill('tu phap');
    await page.getByRole('option', { name: 'Sở Tư pháp', exact: true }).click();
    await form.getByRole('button', { name: 'Xem trước thay đổi' }).click();
    const plan = form.getByTestId('succession-plan-2026');
    await plan.waitFor();
    const text = await plan.innerText();
    expect(text).toContain('Kế hoạch công tác thông tin đối ngoại năm 2026');
    expect(text).toContain('Số 12/KH-UBND');
    const moves = plan.locator('[data-testid^="move-"]:not([data-testid="move-route"])');
    const codes = await moves.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')));
    expect(codes.length).toBeGreaterThan(5);
    expect(new Set(codes).size).toBe(codes.length);
    expect(await plan.getByTestId('succession-moving-count').innerText()).toBe(
      `${codes.length} nhiệm vụ chuyển sang cơ quan kế thừa`,
    );
    for (const route of await plan.getByTestId('move-route').allInnerTexts())
      expect(route).toMatch(/^Sở Ngoại vụ → Sở Tư pháp( \(đã có nhiệm vụ này\))?$/);
    // 7.4 names Sở Ngoại vụ as lead and (through "các sở, ban, ngành") as coordinator: one line, two roles.
    const t74 = plan.getByTestId('move-7.4');
    expect(await t74.innerText()).toMatch(/Chủ trì[\s\S]*Phối hợp/);
    await form.getByTestId('succession-preview').scrollIntoViewIfNeeded();
    await viewShot(page, 'plan-versions-1-succession-preview');
    await context.close();
  });

  it('on a phone the review shows the comparison, and the new-group form’s open list leaves its buttons free', async () => {
    const context = await newContext(harness!.browser, harness!.server, PHONE);
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');
    await upload(page);
    await page.getByTestId('plan-diff').scrollIntoViewIfNeeded();
    await viewShot(page, 'plan-versions-2-phone-diff');
    const row = page.getByTestId(`name-row-${COLLECTIVE}`);
    await row.scrollIntoViewIfNeeded();
    await row.getByRole('button', { name: 'Tạo nhóm mới' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo nhóm mới' });
    await dialog.getByLabel('Các cơ quan trong nhóm').fill('UBND');
    await page.getByRole('option', { name: 'Ủy ban nhân dân xã Mèo Vạc' }).waitFor();
    expect(await page.getByRole('listbox').isVisible()).toBe(true);
    await viewShot(page, 'plan-versions-3-phone-group-dropdown');
    expect(await buttonAtCentre(page, dialog.getByRole('button', { name: 'Hủy' }))).toBe('Hủy');
    expect(await buttonAtCentre(page, dialog.getByRole('button', { name: 'Tạo nhóm' }))).toBe('Tạo nhóm');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
    await context.close();
  });

  it('compares the revised plan by content, maps the collective name to a new group, confirms and issues', async () => {
    const started = Date.now();
    const context = await newContext(harness!.browser, harness!.server);
    const page = await context.newPage();
    await signIn(page, 'dieuphoi');
    await upload(page);

    // Paired by content: 2.1 is removed, 7.6 added, the rest only renumbered — nothing "changed".
    const diff = page.getByTestId('plan-diff');
    expect(await page.getByTestId('plan-diff-counts').innerText()).toMatch(
      /^Thêm 1 · Bỏ 1 · Thay đổi 0 · Chỉ đổi số thứ tự 6 · Giữ nguyên \d+$/,
    );
    expect(await page.getByTestId('plan-diff-removed').innerText()).toContain('2.1. Quán triệt');
    expect(await page.getByTestId('plan-diff-added').innerText()).toContain('7.6. Tuyên truyền về đường biên giới');
    expect(await diff.getByTestId('plan-diff-changed').count()).toBe(0);
    expect(await page.getByTestId('plan-diff-previous').innerText()).toContain(
      '“Kế hoạch công tác thông tin đối ngoại năm 2026” (Số 12/KH-UBND, đã ban hành, ban hành 12/01/2026)',
    );
    await diff.getByRole('button', { name: /6 nhiệm vụ chỉ đổi số thứ tự/ }).click();
    expect(await page.getByTestId('plan-diff-renumbered').innerText()).toContain('2.2 → 2.1. Bố trí nhân sự');
    await viewShot(page, 'plan-versions-4-diff');

    // The collective name becomes a group of the two border communes, found by "UBND …".
    const row = page.getByTestId(`name-row-${COLLECTIVE}`);
    expect(await row.getAttribute('data-tone')).toBe('red');
    await row.getByRole('button', { name: 'Tạo nhóm mới' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo nhóm mới' });
    expect(await dialog.getByLabel('Tên nhóm').inputValue()).toBe(COLLECTIVE);
    const members = dialog.getByLabel('Các cơ quan trong nhóm');
    await members.fill('UBND meo vac');
    await page.getByRole('option', { name: 'Ủy ban nhân dân xã Mèo Vạc' }).click();
    await members.fill('ubnd dong van');
    await page.getByRole('option', { name: 'Ủy ban nhân dân xã Đồng Văn' }).click();
    await members.fill('');
    await viewShot(page, 'plan-versions-5-group-form');
    await dialog.getByRole('button', { name: 'Tạo nhóm', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator(`[data-testid="name-row-${COLLECTIVE}"][data-tone="green"]`).waitFor();
    expect(await row.innerText()).toContain('nhóm mới');

    // Confirming asks first, names the plan the draft would replace and says what comes next.
    await page.getByTestId('confirm-import').click();
    const ask = page.getByTestId('confirm-import-dialog');
    await ask.waitFor();
    await page.waitForTimeout(400); // the dialog fades in
    const question = await ask.innerText();
    expect(question).toContain('Kế hoạch hiện có: “Kế hoạch công tác thông tin đối ngoại năm 2026” (Số 12/KH-UBND');
    expect(question).toContain('kế hoạch hiện hành vẫn có hiệu lực cho đến khi bản mới được ban hành');
    expect(question).toContain('Bước tiếp theo');
    await viewShot(page, 'plan-versions-6-confirm-dialog');
    await ask.getByRole('button', { name: 'Hủy' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/plans/import');
    await page.getByTestId('confirm-import').click();
    await page.getByTestId('confirm-import-save').click();
    await page.waitForURL((url) => /^\/plans\/\d+$/.test(url.pathname));
    expect(await page.getByTestId('import-result').innerText()).toMatch(/Đã lưu kế hoạch dự thảo \(\d+ nhiệm vụ\)/);
    expect(await page.getByTestId('plan-status').textContent()).toBe('Dự thảo');
    await page.getByTestId('task-7.6').getByText(`Nhóm: ${COLLECTIVE}`).waitFor();

    // Issuing sits in the draft's own panel, apart from the status, and asks first.
    const panel = page.getByTestId('draft-panel');
    expect(await panel.getByTestId('issue-consequences').innerText()).toContain(
      'kế hoạch “Kế hoạch công tác thông tin đối ngoại năm 2026” (số 12/KH-UBND, ban hành 12/01/2026) được chuyển vào lưu trữ',
    );
    expect(await panel.getByTestId('plan-status').count()).toBe(0);
    await shot(page, 'plan-versions-7-draft');
    await panel.getByRole('button', { name: 'Ban hành kế hoạch…' }).click();
    const issue = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
    await page.waitForTimeout(400); // the dialog fades in
    await viewShot(page, 'plan-versions-8-issue-dialog');
    await issue.getByRole('button', { name: 'Hủy' }).click();
    await issue.waitFor({ state: 'detached' });
    expect(await page.getByTestId('plan-status').textContent()).toBe('Dự thảo');
    await panel.getByRole('button', { name: 'Ban hành kế hoạch…' }).click();
    await issue.getByTestId('issue-confirm').click();
    const result = page.getByTestId('issue-result');
    await result.waitFor();
    expect(await result.innerText()).toMatch(
      /Đã mở 3 kỳ báo cáo; đã thông báo cho \d+ cơ quan \(\d+ thông báo, \d+ thư\); 1 kế hoạch cũ chuyển vào lưu trữ\./,
    );
    await page.locator('[data-testid="plan-status"]', { hasText: 'Đã ban hành' }).waitFor();
    await viewShot(page, 'plan-versions-9-issued');
    await context.close();
    console.log(`[e2e] plan versions (compare, group, confirm, issue): ${Date.now() - started} ms`);
  });
});
