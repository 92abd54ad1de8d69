import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openOfficePage, signIn, startWebOffice, pickOption, type WebOffice } from '../helpers/browser';
import { staffPassword, testManager } from '../helpers/testApp';

/**
 * A call is logged from the keyboard while the phone rings, turned into a repair with its fields carried over,
 * and the repair goes dispatched → collected → on site → completed → revisited unsatisfied → reopened → revisited
 * satisfied → closed, in Chromium against the real services.
 */
describe('a call becomes a repair in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    office = await startWebOffice();
    const { app } = office;
    await app.call('auth.setup', testManager);
    await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    const departments = await app.call('departments.list', {});
    const service = departments.find((department) => department.name === '客户服务部')!;
    const clerk = await app.call('staff.save', { name: '王堃', departmentId: service.id, role: 'clerk' });
    await app.call('staff.setPassword', { staffId: clerk.id, password: staffPassword });
    await app.call('rooms.save', { building: '3', unit: '1', roomNo: '1502', owners: [{ name: '陈喆', phone: '13912345678' }] });
    await app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors);
    await page.goto(office.bridge.url);
    await signIn(page, '王堃', staffPassword);
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  it('logs the call from the keyboard, the room filling in the caller, Enter saving', async () => {
    await page.getByRole('menuitem', { name: '来电记录' }).click();
    await page.getByTestId('call-entry-form').waitFor();
    await page.getByLabel('房号').fill('3-1-1502');
    await page.locator('.ant-select-item-option').filter({ hasText: '3-1-1502' }).first().click();
    await expect.poll(() => page.getByLabel('来电人').inputValue()).toBe('陈喆');
    expect(await page.getByLabel('来电号码').inputValue()).toBe('13912345678');
    await page.getByLabel('事项内容').fill('厨房水管爆了,水漫到客厅');
    await page.getByLabel('事项内容').press('Enter');
    const row = page.getByTestId('call-table').getByRole('row').filter({ hasText: '厨房水管爆了' });
    await row.waitFor();
    expect(await row.innerText()).toContain('139****5678');
    expect(await page.getByLabel('事项内容').inputValue()).toBe('');
    const calls = await office.app.call('calls.list', {});
    expect(calls.items[0]).toMatchObject({ roomLabel: '3-1-1502', callerName: '陈喆', phone: '13912345678', outcome: 'pending' });
  });

  it('turns it into a repair with the fields carried over', async () => {
    const row = page.getByTestId('call-table').getByRole('row').filter({ hasText: '厨房水管爆了' });
    await row.getByRole('button', { name: '转报修' }).click();
    const dialog = page.getByRole('dialog');
    await pickOption(dialog.getByLabel('报修类别'), '给排水');
    await dialog.getByRole('radio', { name: '紧急' }).check();
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/repairs\/\d+$/);
    const descriptions = page.getByTestId('repair-descriptions');
    await descriptions.waitFor();
    const text = await descriptions.innerText();
    for (const expected of ['3-1-1502', '陈喆', '13912345678', '厨房水管爆了,水漫到客厅', '给排水', '紧急', 'LD-']) expect(text).toContain(expected);
    await expect.poll(() => page.getByTestId('repair-status').innerText()).toBe('已登记');
  });

  it('dispatches, collects, arrives and completes it with a charge', async () => {
    await page.getByTestId('repair-actions').getByRole('button', { name: '派工' }).click();
    let dialog = page.getByRole('dialog');
    await pickOption(dialog.getByLabel('接单部门'), '工程部(运行维护部)');
    await dialog.getByLabel('接单人').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '王堃' }).first().click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('repair-status').innerText()).toBe('已派工');
    await expect.poll(() => page.getByTestId('timer-collect').innerText()).toContain('还剩');

    await page.getByTestId('repair-actions').getByRole('button', { name: '接单' }).click();
    await expect.poll(() => page.getByTestId('repair-status').innerText()).toBe('已接单');
    await expect.poll(() => page.getByTestId('timer-onSite').innerText()).toContain('还剩');
    await page.getByTestId('repair-actions').getByRole('button', { name: '到场' }).click();
    await expect.poll(() => page.getByTestId('repair-status').innerText()).toBe('处理中');

    await page.getByTestId('repair-actions').getByRole('button', { name: '完成' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('处理结果').fill('更换爆裂水管一段,试压正常');
    await dialog.getByLabel('材料').fill('PPR 管 1 米');
    await dialog.getByRole('radio', { name: '按价目表收费' }).check();
    await dialog.getByLabel('金额(元)').fill('48.5');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('repair-status').innerText()).toBe('待回访');
    expect(await page.getByTestId('repair-charge').innerText()).toBe('按价目表收费 48.50 元');
    await expect.poll(() => page.getByTestId('timer-complete').innerText()).toContain('按时');

    const repairs = await office.app.call('repairs.list', {});
    const { repair, history } = await office.app.call('repairs.get', { id: repairs.items[0]!.id });
    expect(repair).toMatchObject({ status: 'awaitingRevisit', chargeFen: 4850, materials: 'PPR 管 1 米', assigneeName: '王堃' });
    expect(history.map((entry) => entry.action)).toEqual(['受理', '来电转入', '派工', '接单', '到场', '完成']);
    const calls = await office.app.call('calls.list', {});
    expect(calls.items[0]).toMatchObject({ outcome: 'repair', repairNumber: repair.number });
  });

  /** From the repair's page to its revisit, answered reached with the owner's verdict on the result. */
  async function revisitFromRepair(verdict: '满意' | '不满意', opinion: string) {
    const repairUrl = page.url();
    await page.getByTestId('repair-actions').getByTestId('start-revisit').click();
    await page.waitForURL(/#\/revisits\/\d+$/);
    await page.getByTestId('revisit-subject').getByText('厨房水管爆了', { exact: false }).waitFor();
    await page.getByLabel('业户意见').fill(opinion);
    await page.getByTestId('result-satisfaction').getByRole('radio', { name: verdict, exact: true }).check();
    await page.getByTestId('attitude-satisfaction').getByRole('radio', { name: '满意', exact: true }).check();
    await page.getByTestId('save-revisit').click();
    await page.getByTestId('revisit-outcome').getByText(verdict === '满意' ? '业户满意' : '业户不满意,已重新处理').waitFor();
    await page.goto(repairUrl);
  }

  it('is revisited unsatisfied, reopened, completed again, revisited satisfied and closed', async () => {
    await revisitFromRepair('不满意', '接口还在渗水。');
    await expect.poll(() => page.getByTestId('repair-status').innerText()).toBe('处理中');

    await page.getByTestId('repair-actions').getByRole('button', { name: '完成' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('处理结果').fill('重新热熔接口,观察 24 小时无渗漏');
    await dialog.getByRole('radio', { name: '免费' }).check();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('repair-status').innerText()).toBe('待回访');

    await revisitFromRepair('满意', '好了,谢谢。');
    await expect.poll(() => page.getByTestId('repair-status').innerText()).toBe('已销项');

    const repairs = await office.app.call('repairs.list', {});
    const { repair, history } = await office.app.call('repairs.get', { id: repairs.items[0]!.id });
    expect(repair).toMatchObject({ status: 'closed', round: 1 });
    expect(history.map((entry) => entry.action).slice(6)).toEqual(['重新处理', '完成', '销项']);
    const revisits = (await office.app.call('rooms.history', { id: repair.roomId! })).items.filter((item) => item.kind === 'revisit');
    expect(revisits).toHaveLength(2);
  });

  it('opens the call from the room’s history on its day, found by its number', async () => {
    const repairs = await office.app.call('repairs.list', {});
    const { repair } = await office.app.call('repairs.get', { id: repairs.items[0]!.id });
    await page.goto(`${office.bridge.url}#/rooms/${repair.roomId}`);
    await page.getByRole('row').filter({ hasText: repair.callNumber! }).click();
    await page.waitForURL(/#\/calls\?date=\d{4}-\d{2}-\d{2}&q=LD-/);
    const rows = page.getByTestId('call-table').getByRole('row').filter({ hasText: '厨房水管爆了' });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
  });

  it('shows the repair service timers in 设置, read-only for a clerk', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '处理时限' }).click();
    const card = page.getByTestId('repair-timers');
    await card.waitFor();
    expect(await card.getByLabel('派工后接单').inputValue()).toBe('10');
    expect(await card.getByLabel('接单后到场').inputValue()).toBe('30');
    expect(await card.getByLabel('非维修类完成').isDisabled()).toBe(true);
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
