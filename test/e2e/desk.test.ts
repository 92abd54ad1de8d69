import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoOffice, demoPassword, demoSupervisorPassword, type DemoSummary } from '../../electron/app/demo/demoOffice';
import type { Caller } from '../../electron/app/openApp';
import { deskListNames, type DeskListName } from '../../shared/domain/desk/desk';
import type { Staff } from '../../shared/domain/office/officeRecords';
import { minimalIntake } from '../helpers/intakeFixture';
import { launchChromium, signIn, startWebOffice, openOfficePage, type WebOffice } from '../helpers/browser';
import { daysBefore, officeTime } from '../helpers/officeClock';

const listNames = Object.keys(deskListNames) as DeskListName[];

/** Office wall-clock text `days` before the office time, to the minute. */
function daysAgo(days: number): string {
  return daysBefore(officeTime, days).slice(0, 16);
}

/**
 * 今日待办 in Chromium on a demo office: the manager is told about open alerts at sign-in, the desk's counts match
 * the service's, a row opens its record, and the manager acknowledges an alert.
 */
describe('desk page in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  let demo: DemoSummary;
  let asManager: Caller;
  let clerk: Staff;
  let alertId: number;
  let serious: { id: number; number: string };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    office = await startWebOffice();
    demo = await buildDemoOffice(office.app, office.clock, { buildings: 1, months: 1, complaintsPerMonth: 12 });
    // The demo leaves its manager signed in at the desk; the browser signs in for itself.
    const manager = (await office.app.call('auth.status', {})).signedIn!;
    asManager = office.app.as(manager.staffId);
    await office.app.call('auth.signOut', {});
    clerk = (await asManager.call('staff.list', {})).find((member) => member.role === 'clerk' && member.departmentName === '客户服务部')!;

    // One case certainly late, one serious case that alerts the manager.
    const asClerk = office.app.as(clerk.id);
    await asClerk.call('complaints.create', minimalIntake({ receivedAt: daysAgo(10), content: '电梯按钮失灵十天了' }));
    const created = await asClerk.call('complaints.create', minimalIntake({ receivedAt: daysAgo(0), severity: 'serious', content: '地库入口积水,车辆熄火' }));
    serious = { id: created.id, number: created.number };
    const detail = await asManager.call('complaints.get', { id: created.id });
    alertId = detail.alerts.find((alert) => alert.kind === 'severe')!.id;

    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { viewport: { width: 1366, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  it('tells the manager about open alerts at sign-in and links to the desk', async () => {
    await page.goto(`${office.bridge.url}#/complaints`);
    await signIn(page, demo.managerName, demoSupervisorPassword);
    const notice = page.getByRole('dialog').filter({ hasText: '等待您知悉' });
    await notice.waitFor();
    const open = (await asManager.call('desk.today', {})).alerts.length;
    expect(await notice.innerText()).toContain(`有 ${open} 条提醒等待您知悉`);
    // The newest first: the serious case just logged.
    await notice.getByText(serious.number).first().waitFor();

    await notice.getByRole('button', { name: '前往今日待办' }).click();
    await page.waitForURL(/#\/desk$/);
    await notice.waitFor({ state: 'hidden' });
  });

  it('shows every list with the service\'s count, and a row opens its record', async () => {
    const desk = await asManager.call('desk.today', {});
    expect(desk.lists.overdue.total).toBeGreaterThan(0);
    for (const name of listNames) {
      const count = page.getByTestId(`desk-${name}-count`);
      await expect.poll(() => count.innerText(), { message: name }).toBe(String(desk.lists[name].total));
      expect(await page.getByTestId(`desk-${name}`).innerText()).toContain(deskListNames[name]);
    }
    // The calendar warning is there exactly when the next 60 days run past the built-in holidays.
    expect(await page.getByTestId('calendar-uncovered').count()).toBe(desk.calendarUncovered.length > 0 ? 1 : 0);

    const first = desk.lists.overdue.items[0]!;
    const row = page.getByTestId('desk-overdue').getByRole('row').filter({ hasText: first.number });
    expect(await row.innerText()).toContain('已超期');
    await row.getByRole('cell').nth(1).click();
    await page.waitForURL(new RegExp(`#/complaints/${first.complaintId}$`));
  });

  it('lets the manager acknowledge an alert, which then leaves the desk', async () => {
    await page.getByRole('menuitem', { name: '今日待办' }).click();
    const alert = page.getByTestId(`alert-${alertId}`);
    await alert.waitFor();
    expect(await alert.innerText()).toContain(serious.number);
    await alert.getByRole('button', { name: '知悉' }).click();
    await alert.waitFor({ state: 'detached' });

    const { alerts } = await asManager.call('complaints.get', { id: serious.id });
    expect(alerts.find((candidate) => candidate.id === alertId)).toMatchObject({ acknowledgedByName: demo.managerName });
    expect((await asManager.call('desk.today', {})).alerts.map((candidate) => candidate.id)).not.toContain(alertId);
  });

  it('lets the manager keep the working calendar: add a day, confirm the year, and undo both', async () => {
    const before = await asManager.call('calendar.status', {});
    const year = before.packageYears.last + 1;
    await page.goto(`${office.bridge.url}#/settings?tab=calendar`);
    const overrides = page.getByTestId('calendar-overrides');
    await overrides.waitFor();

    // From the keyboard: the name, then the date and Enter.
    await page.getByPlaceholder('如 春节、国庆节调休').fill('元旦');
    await page.getByPlaceholder('选择日期').fill(`${year}-01-01`);
    await page.getByPlaceholder('选择日期').press('Enter');
    await overrides.getByRole('row').filter({ hasText: `${year}-01-01` }).filter({ hasText: '元旦' }).waitFor();
    expect((await asManager.call('calendar.status', {})).overrides).toEqual([{ date: `${year}-01-01`, kind: 'holiday', name: '元旦' }]);
    // Ready for the next day of the same holiday.
    expect(await page.getByPlaceholder('选择日期').inputValue()).toBe(`${year}-01-02`);
    await page.keyboard.press('Escape');

    const yearRow = page.getByTestId('calendar-years').getByRole('row').filter({ hasText: `${year} 年` });
    expect(await yearRow.innerText()).toContain('1 天');
    await yearRow.getByRole('button', { name: '确认已录入' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '确认' }).click();
    await yearRow.getByText('已确认录入').waitFor();
    const confirmed = await asManager.call('calendar.status', {});
    expect(confirmed.confirmedYears).toContain(year);
    expect(confirmed.uncovered.some((date) => date.startsWith(`${year}-`))).toBe(false);
    if (confirmed.uncovered.length === 0) await page.getByTestId('calendar-uncovered').waitFor({ state: 'detached' });

    await yearRow.getByRole('button', { name: '取消确认' }).click();
    await yearRow.getByText('尚未录入').waitFor();
    await overrides.getByRole('row').filter({ hasText: `${year}-01-01` }).getByRole('button', { name: '删除' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '取消调整' }).click();
    await overrides.getByRole('row').filter({ hasText: `${year}-01-01` }).waitFor({ state: 'detached' });
    expect(await asManager.call('calendar.status', {})).toMatchObject({ confirmedYears: [], overrides: [] });
  });

  it('shows a clerk the lists but no alerts to acknowledge', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, clerk.name, demoPassword);
    await page.waitForURL(/#\/desk$/);
    await page.getByTestId('desk-overdue').waitFor();
    expect(await page.getByTestId('manager-alerts-notice').count()).toBe(0);
    expect(await page.getByTestId('desk-alerts').count()).toBe(0);
    expect(await page.getByRole('button', { name: '知悉' }).count()).toBe(0);
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
