import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openOfficePage, signIn, startWebOfficeWithClerk, pickOption, type WebOffice } from '../helpers/browser';
import { staffPassword } from '../helpers/testApp';

/**
 * The desk under a hurried clerk's hands, in Chromium at 1366×768: a double-click on a save button makes one
 * record, the call entry keeps the keyboard in 房号 after each save, a number's tail and a room find their
 * complaint, and a room that matches nothing is saved only as a place the clerk chose (drafts: drafts.test.ts).
 */
describe('the desk under a hurried clerk', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  let asClerk: Awaited<ReturnType<typeof startWebOfficeWithClerk>>['asClerk'];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const started = await startWebOfficeWithClerk();
    office = started.office;
    asClerk = started.asClerk;
    await office.app.call('rooms.save', { building: '3', unit: '1', roomNo: '1502', owners: [{ name: '陈喆', phone: '13912345678' }] });
    await office.app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { viewport: { width: 1366, height: 768 } });
    await page.goto(office.bridge.url);
    await signIn(page, '王堃', staffPassword);
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  async function pickRoom(label: string) {
    await page.getByLabel('房号').fill(label);
    await page.locator('.ant-select-item-option').filter({ hasText: label }).first().click();
  }

  it('makes one complaint of a double-click on 保存投诉', async () => {
    await page.goto(`${office.bridge.url}#/complaints/new`);
    await page.getByTestId('complaint-intake-form').waitFor();
    await pickRoom('3-1-1502');
    await expect.poll(() => page.getByLabel('投诉人').inputValue()).toBe('陈喆');
    await page.getByLabel('投诉内容').fill('楼上装修噪音一整天');
    await page.getByRole('radio', { name: '一般', exact: true }).check();
    await page.getByRole('radio', { name: '保洁服务' }).check();
    await page.getByRole('button', { name: '保存投诉' }).dblclick();
    await page.waitForURL(/#\/complaints\/\d+$/);
    await page.goto(`${office.bridge.url}#/complaints`);
    await page.getByTestId('complaint-table').getByRole('row').filter({ hasText: '楼上装修噪音' }).first().waitFor();
    expect(await page.getByTestId('complaint-table').getByRole('row').filter({ hasText: '楼上装修噪音' }).count()).toBe(1);
    expect((await office.app.call('complaints.list', { q: '楼上装修噪音' })).total).toBe(1);
  });

  it('finds the complaint in the list by its number’s tail and by its room', async () => {
    const { items } = await office.app.call('complaints.list', { q: '楼上装修噪音' });
    const number = items[0]!.number;
    for (const q of [number.slice(-4), '1502', '3-1-1502']) {
      await page.goto(`${office.bridge.url}#/complaints`);
      await page.getByPlaceholder('搜索编号、投诉人、内容').fill(q);
      await page.keyboard.press('Enter');
      await page.getByTestId('complaint-table').getByRole('row').filter({ hasText: number }).waitFor();
    }
  });

  it('makes one repair of a double-click on 保存报修', async () => {
    await page.goto(`${office.bridge.url}#/repairs/new`);
    await page.getByTestId('repair-intake-form').waitFor();
    await pickRoom('3-1-1502');
    await expect.poll(() => page.getByLabel('报修人').inputValue()).toBe('陈喆');
    await pickOption(page.getByLabel('报修类别'), '给排水');
    await page.getByLabel('报修内容').fill('阳台地漏反水');
    await page.getByRole('button', { name: '保存报修' }).dblclick();
    await page.waitForURL(/#\/repairs\/\d+$/);
    await page.getByTestId('repair-descriptions').waitFor();
    expect((await office.app.call('repairs.list', { q: '阳台地漏反水' })).total).toBe(1);
  });

  it('keeps the keyboard in 房号 after a call is saved, and makes one call of a double-click on 记录', async () => {
    await page.getByRole('menuitem', { name: '来电记录' }).click();
    await page.getByTestId('call-entry-form').waitFor();
    await page.getByLabel('事项内容').fill('咨询物业费缴纳时间');
    await page.getByTestId('call-entry-form').getByRole('button', { name: '记录' }).dblclick();
    await page.getByTestId('call-table').getByRole('row').filter({ hasText: '咨询物业费缴纳时间' }).waitFor();
    const room = page.getByLabel('房号');
    await expect.poll(() => room.evaluate((input) => input === document.activeElement)).toBe(true);
    // The next caller is typed without a click: every key lands in 房号, none is lost to a later re-render.
    await page.keyboard.type('3-1-1502');
    expect(await room.inputValue()).toBe('3-1-1502');
    await page.locator('.ant-select-item-option').filter({ hasText: '3-1-1502' }).first().click();
    await page.getByLabel('事项内容').fill('门禁卡失灵');
    await page.getByLabel('事项内容').press('Enter');
    await page.getByTestId('call-table').getByRole('row').filter({ hasText: '门禁卡失灵' }).waitFor();
    await expect.poll(() => room.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('5-2');
    expect(await room.inputValue()).toBe('5-2');
    await room.fill('');

    const calls = await office.app.call('calls.list', {});
    expect(calls.items.filter((call) => call.matter === '咨询物业费缴纳时间')).toHaveLength(1);
    expect(calls.items.filter((call) => call.matter === '门禁卡失灵')).toHaveLength(1);
  });

  it('answers a call once on a double-click of the dialog’s 保存', async () => {
    const row = page.getByTestId('call-table').getByRole('row').filter({ hasText: '咨询物业费缴纳时间' });
    await row.getByRole('button', { name: '答复' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('答复内容').fill('每季度首月 1 日至 15 日');
    await dialog.getByRole('button', { name: '保存' }).dblclick();
    await dialog.waitFor({ state: 'detached' });
    const call = (await office.app.call('calls.list', {})).items.find((item) => item.matter === '咨询物业费缴纳时间')!;
    expect(call).toMatchObject({ outcome: 'consultation', answer: '每季度首月 1 日至 15 日' });
    // The second click was the same action: no refusal (“已处理,不能再次处理”) reaches the clerk.
    expect(await page.getByText('不能再次处理').count()).toBe(0);
  });

  it('saves a call whose room matches nothing only as a place the clerk picked', async () => {
    const room = page.getByLabel('房号');
    await room.fill('3栋电梯厅');
    await page.getByText('未找到已登记的房屋').waitFor();
    await page.getByLabel('事项内容').fill('电梯按钮失灵');
    // Enter saves the form, it does not pick a place for the clerk: the room is refused and nothing is kept.
    await page.getByLabel('事项内容').press('Enter');
    await page.getByText('不是已登记的房屋').first().waitFor();
    expect((await office.app.call('calls.list', { q: '电梯按钮失灵' })).total).toBe(0);

    await room.click();
    await page.getByTestId('room-place-public').click();
    expect(await room.inputValue()).toBe('公共区域：3栋电梯厅');
    await page.getByLabel('事项内容').press('Enter');
    await page.getByTestId('call-table').getByRole('row').filter({ hasText: '电梯按钮失灵' }).waitFor();
    const call = (await office.app.call('calls.list', { q: '电梯按钮失灵' })).items[0]!;
    expect(call).toMatchObject({ roomId: null, roomLabel: '公共区域：3栋电梯厅', callerName: null });
  });

  it('asks for the room and the 报修人 when a call turned into a repair did not give them; no placeholder is stored', async () => {
    // A call kept before places were asked for: the clerk had typed the caller's name into 房号.
    const old = await asClerk.call('calls.create', { roomText: '公共区域', matter: '楼道灯不亮' });
    await office.app.ctx.db.updateTable('calls').set({ room_label: '王堃' }).where('id', '=', old.id).execute();
    await page.reload();
    const row = page.getByTestId('call-table').getByRole('row').filter({ hasText: '楼道灯不亮' });
    await row.getByRole('button', { name: '转报修' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('来电时房号填写为“王堃”').waitFor();
    await pickOption(dialog.getByLabel('报修类别'), '公共设施');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('不是已登记的房屋').first().waitFor();
    await dialog.getByText('来电时没有留下姓名').first().waitFor();
    expect((await office.app.call('repairs.list', { q: '楼道灯不亮' })).total).toBe(0);

    await dialog.getByLabel('房号').fill('5-2-301');
    await page.getByTestId('room-place-unregistered').click();
    await dialog.getByLabel('报修人').fill('赵敏');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/repairs\/\d+$/);
    const text = await page.getByTestId('repair-descriptions').innerText();
    expect(text).toContain('非登记房号：5-2-301');
    expect(text).toContain('赵敏');
    expect(text).not.toContain('来电人');
    const { repair } = await office.app.call('repairs.get', { id: Number(/\/repairs\/(\d+)$/.exec(page.url())![1]) });
    expect(repair).toMatchObject({ roomId: null, roomLabel: '非登记房号：5-2-301', reporterName: '赵敏' });
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
