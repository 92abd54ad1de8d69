import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalIntake } from '../helpers/intakeFixture';
import { launchChromium, openOfficePage, signIn, startWebOfficeWithClerk, type WebOffice } from '../helpers/browser';
import { staffPassword, testManager } from '../helpers/testApp';

/** The rows a desk card lists, page by page through its table: what the clerk can see, not what the server sent. */
async function listedRows(card: Locator): Promise<number> {
  const table = card.locator('.ant-table-tbody');
  if ((await table.count()) === 0) return 0;
  let rows = 0;
  for (let page = 1; page < 30; page += 1) {
    rows += await table.locator('tr.ant-table-row').count();
    const next = card.locator('.ant-pagination-next');
    if ((await next.count()) === 0 || (await next.getAttribute('aria-disabled')) === 'true') return rows;
    await next.click();
    await card.locator('.ant-pagination-item-active').filter({ hasText: String(page + 1) }).waitFor();
  }
  return rows;
}

/**
 * 今日待办 shows the clerk's own new work and every count equals its list: complaints not yet dispatched, repairs
 * not yet dispatched and calls not yet answered each have a card; the manager's alert count is the same at sign-in
 * and on the desk, drops with each 知悉 and goes with 全部知悉; a supervisor sees only alerts of open complaints.
 */
describe('the desk counts what it lists', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  let managerId: number;
  const pageErrors: string[] = [];
  const alertsLogged = 56;
  const voided = 3;

  beforeAll(async () => {
    const started = await startWebOfficeWithClerk();
    office = started.office;
    const { app } = office;
    const { asClerk } = started;
    const service = (await app.call('departments.list', {})).find((department) => department.name === '客户服务部')!;
    const supervisor = await app.call('staff.save', { name: '周主管', departmentId: service.id, role: 'supervisor' });
    await app.call('staff.setPassword', { staffId: supervisor.id, password: staffPassword });
    const asSupervisor = app.as(supervisor.id);
    managerId = (await app.call('auth.status', {})).signedIn!.staffId;
    // Serious complaints each alert the manager; a few are voided, so the supervisor has nothing to do about them.
    for (let i = 0; i < alertsLogged; i += 1) {
      const created = await asClerk.call('complaints.create', minimalIntake({ receivedAt: '2026-11-23T09:00', severity: 'serious', content: `严重投诉第${i + 1}件` }));
      if (i < voided) await asSupervisor.call('complaints.void', { id: created.id, reason: '重复登记' });
    }
    for (const content of ['客厅灯不亮', '厨房水龙头漏水']) {
      await asClerk.call('repairs.create', { reportedAt: '2026-11-23T09:10', roomId: null, roomText: '公共区域：3栋大堂', reporterName: '赵敏', phone: null, content, category: 'electrical', workKind: 'repair', urgency: 'normal' });
    }
    for (const matter of ['咨询停车月卡', '问快递柜位置', '反映楼道有烟味']) await asClerk.call('calls.create', { matter });
    await app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { viewport: { width: 1366, height: 768 } });
    await page.goto(office.bridge.url);
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  it('shows the clerk’s new complaints, repairs and calls, each card’s count equal to its list', async () => {
    await signIn(page, '王堃', staffPassword);
    await page.getByRole('menuitem', { name: '今日待办' }).click();
    for (const [card, count] of [
      ['desk-notDispatched', alertsLogged - voided],
      ['desk-repairs-notDispatched', 2],
      ['desk-callsPending', 3],
    ] as const) {
      const shown = page.getByTestId(`${card}-count`);
      await expect.poll(() => shown.innerText(), { message: card }).toBe(String(count));
      const listed = count > 50 ? 50 : count;
      expect({ card, rows: await listedRows(page.getByTestId(card)) }).toEqual({ card, rows: listed });
      if (count > listed) expect(await page.getByTestId(card).innerText()).toContain(`共 ${count} 条`);
    }
    expect(await page.getByTestId('desk-alerts').count()).toBe(0);
    await page.getByRole('button', { name: '退出登录' }).click();
  });

  it('shows a supervisor only the alerts of complaints still open, with nothing to acknowledge', async () => {
    await signIn(page, '周主管', staffPassword);
    await page.getByRole('menuitem', { name: '今日待办' }).click();
    const card = page.getByTestId('desk-alerts');
    await card.getByText(`需要跟进的提醒（${alertsLogged - voided} 条）`).waitFor();
    expect(await card.getByRole('button', { name: '知悉' }).count()).toBe(0);
    expect(await card.getByText('严重投诉第1件').count()).toBe(0);
    await page.getByRole('button', { name: '退出登录' }).click();
  });

  it('gives the manager one count at sign-in and on the desk, less one after 知悉, none after 全部知悉', async () => {
    await signIn(page, testManager.name, testManager.password);
    const notice = page.getByRole('dialog').filter({ hasText: '等待您知悉' });
    await notice.getByText(`有 ${alertsLogged} 条提醒等待您知悉`).waitFor();
    await notice.getByText(`还有 ${alertsLogged - 5} 条`).waitFor();
    await notice.getByRole('button', { name: '前往今日待办' }).click();

    const card = page.getByTestId('desk-alerts');
    await card.getByText(`待经理知悉的提醒（${alertsLogged} 条）`).waitFor();
    expect(await card.getByText(`共 ${alertsLogged} 条，这里列出最新的 50 条`).count()).toBe(1);
    await card.getByRole('button', { name: '知悉', exact: true }).first().click();
    await card.getByText(`待经理知悉的提醒（${alertsLogged - 1} 条）`).waitFor();

    await card.getByTestId('acknowledge-all').click();
    const confirm = page.getByRole('dialog').filter({ hasText: '全部知悉' });
    await confirm.locator('.ant-modal-confirm-title').filter({ hasText: `全部知悉 ${alertsLogged - 1} 条提醒？` }).waitFor();
    await confirm.getByRole('button', { name: '全部知悉' }).click();
    await card.waitFor({ state: 'detached' });
    expect((await office.app.as(managerId).call('desk.today', {})).alertTotal).toBe(0);

    // Signing in again tells of nothing.
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, testManager.name, testManager.password);
    await page.getByRole('menuitem', { name: '今日待办' }).click();
    await page.getByTestId('desk-notDispatched').waitFor();
    expect(await page.getByTestId('manager-alerts-notice').count()).toBe(0);
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
