import * as org from '@common/contracts/organisations';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, openSession, renderScreen, signIn, uniqueName } from '../../test/app';
import { OrganisationAdminPage } from './OrganisationAdminPage';

let other: ApiSession;
beforeAll(async () => {
  await signIn('admin');
  // The coordinator also manages the registry: the second person saving underneath the form.
  other = await openSession('dieuphoi');
});
afterAll(async () => {
  await other?.close();
});

/** An agency of this test alone, so no other test edits it. */
async function newAgency() {
  const { agency } = await other.call(org.createAgency, {
    body: {
      name: `Trung tâm ${uniqueName('thu-nghiem')}`,
      kind: 'other',
      province: 'Tuyên Quang',
      validFrom: '2020-01-01',
    },
  });
  return agency;
}

async function openAgencyForm(user: UserEvent, name: string) {
  renderScreen(<OrganisationAdminPage />, { route: '/admin/organisations?tab=agencies' });
  const search = await screen.findByRole('searchbox', { name: 'Tìm cơ quan' });
  await user.click(search);
  await user.paste(name);
  await user.click(await screen.findByRole('button', { name: `Sửa: ${name}` }));
  return screen.findByRole('dialog');
}

async function typeInto(user: UserEvent, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

describe('the agency edit form', () => {
  it('on VERSION_CONFLICT keeps the typed values and "save mine over it" stores them', async () => {
    const user = userEvent.setup();
    const agency = await newAgency();
    const dialog = await openAgencyForm(user, agency.name);
    const note = within(dialog).getByLabelText('Ghi chú') as HTMLTextAreaElement;
    await typeInto(user, note, 'Ghi chú của tôi');
    await typeInto(user, within(dialog).getByLabelText('Ngày hết hoạt động', { exact: false }), '31/12/2026');
    await other.call(org.updateAgency, {
      params: { id: agency.id },
      body: { version: agency.version, note: 'Ghi chú của người khác' },
    });

    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const conflict = await within(dialog).findByTestId('version-conflict');
    expect(conflict.textContent).toContain('Người khác vừa sửa dữ liệu này.');
    expect(note.value).toBe('Ghi chú của tôi');

    await user.click(within(conflict).getByRole('button', { name: 'Lưu đè bằng nội dung của tôi' }));
    await screen.findByText(`Đã lưu “${agency.name}”.`);
    const { agency: stored } = await other.call(org.getAgency, { params: { id: agency.id } });
    expect(stored).toMatchObject({ note: 'Ghi chú của tôi', validTo: '2026-12-31', version: agency.version + 2 });
  });

  it('"use the version just saved" replaces the form with the stored values', async () => {
    const user = userEvent.setup();
    const agency = await newAgency();
    const dialog = await openAgencyForm(user, agency.name);
    await typeInto(user, within(dialog).getByLabelText('Ghi chú'), 'Bản nháp của tôi');
    await other.call(org.updateAgency, {
      params: { id: agency.id },
      body: { version: agency.version, kind: 'press-agency', note: 'Đã chuyển thành cơ quan báo chí' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const conflict = await within(dialog).findByTestId('version-conflict');

    await user.click(within(conflict).getByRole('button', { name: 'Dùng bản vừa được lưu' }));
    await waitFor(() => expect(within(dialog).queryByTestId('version-conflict')).toBeNull());
    expect((within(dialog).getByLabelText('Ghi chú') as HTMLTextAreaElement).value).toBe(
      'Đã chuyển thành cơ quan báo chí',
    );
    expect((within(dialog).getByRole('combobox', { name: /^Loại/ }) as HTMLInputElement).value).toBe('Cơ quan báo chí');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await screen.findByText(`Đã lưu “${agency.name}”.`);
  });

  it('refuses an end date before the agency began, without sending anything', async () => {
    const user = userEvent.setup();
    const agency = await newAgency();
    const dialog = await openAgencyForm(user, agency.name);
    await typeInto(user, within(dialog).getByLabelText('Ngày hết hoạt động', { exact: false }), '31/12/2019');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(within(dialog).getByText('Ngày kết thúc đang trước ngày bắt đầu.')).toBeTruthy();
    const { agency: stored } = await other.call(org.getAgency, { params: { id: agency.id } });
    expect(stored.version).toBe(agency.version);
  });
});

/** The agency pickers stay disabled until the agency list arrives; typing into them before that is lost. */
const untilEnabled = (box: HTMLElement) => waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));

describe('the group rule form', () => {
  it('changes includes and excludes and shows the members on the chosen date', async () => {
    const user = userEvent.setup();
    const { group } = await other.call(org.createGroup, {
      body: { name: `Nhóm ${uniqueName('bao-chi')}`, province: 'Tuyên Quang', rule: { kinds: ['press-agency'] } },
    });
    const before = group.members.map((m) => m.name);
    expect(before).toContain('Tạp chí Văn nghệ Tuyên Quang');
    renderScreen(<OrganisationAdminPage />, { route: '/admin/organisations?tab=groups' });
    await user.click(await screen.findByRole('button', { name: `Sửa quy tắc: ${group.name}` }));
    const dialog = await screen.findByRole('dialog');

    const include = within(dialog).getByRole('combobox', { name: /^Luôn gồm thêm các cơ quan/ });
    await untilEnabled(include);
    await user.click(include);
    await user.type(include, 'tu phap');
    await user.click(await within(dialog).findByRole('option', { name: 'Sở Tư pháp' }));
    const exclude = within(dialog).getByRole('combobox', { name: /^Trừ các cơ quan/ });
    await untilEnabled(exclude);
    await user.click(exclude);
    await user.type(exclude, 'van nghe');
    await user.click(await within(dialog).findByRole('option', { name: 'Tạp chí Văn nghệ Tuyên Quang' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const saved = await screen.findByTestId('group-saved');
    expect(saved.textContent).toBe(`Đã lưu nhóm “${group.name}”: ${before.length} thành viên ngày 26/11/2026.`);
    const card = screen.getByTestId(`group-${group.id}`);
    const members = within(card)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(members).toContain('Sở Tư pháp');
    expect(members).not.toContain('Tạp chí Văn nghệ Tuyên Quang');
    expect(members).toHaveLength(before.length);
    expect(card.textContent).toContain('Gồm thêm: Sở Tư pháp. Trừ: Tạp chí Văn nghệ Tuyên Quang.');
  });

  it('refuses an agency both included and excluded', async () => {
    const user = userEvent.setup();
    const { group } = await other.call(org.createGroup, {
      body: { name: `Nhóm ${uniqueName('trung')}`, province: 'Tuyên Quang', rule: { kinds: ['armed-forces'] } },
    });
    renderScreen(<OrganisationAdminPage />, { route: '/admin/organisations?tab=groups' });
    await user.click(await screen.findByRole('button', { name: `Sửa quy tắc: ${group.name}` }));
    const dialog = await screen.findByRole('dialog');
    for (const label of [/^Luôn gồm thêm các cơ quan/, /^Trừ các cơ quan/]) {
      const box = within(dialog).getByRole('combobox', { name: label });
      await untilEnabled(box);
      await user.click(box);
      await user.type(box, 'cong an');
      await user.click(await within(dialog).findByRole('option', { name: 'Công an tỉnh' }));
    }
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(within(dialog).getByText('Một cơ quan không thể vừa được gồm thêm vừa bị trừ: Công an tỉnh.')).toBeTruthy();
    const { groups } = await other.call(org.listGroups, {});
    expect(groups.find((g) => g.id === group.id)?.version).toBe(group.version);
  });
});
