import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Room } from '../../shared/domain/office/officeRecords';
import { minimalIntake } from '../helpers/intakeFixture';
import { launchChromium, signIn, startWebOffice, openOfficePage, type WebOffice } from '../helpers/browser';
import { hoursBefore, officeTime } from '../helpers/officeClock';
import { staffPassword, testManager } from '../helpers/testApp';

/** Office wall-clock text `hours` before the office time, to the minute. */
function hoursAgo(hours: number): string {
  return hoursBefore(officeTime, hours).slice(0, 16);
}

/**
 * The room page, an inspection and the 话术 drawer as a clerk uses them in Chromium: a room opened from the rooms
 * list shows its complaints with the open one highlighted, an inspection logged on a complaint shows on its page
 * (and on the room's), and a phrase is copied from the drawer.
 */
describe('room page, inspections and service scripts in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  let room: Room;
  let open: { id: number; number: string };
  let voided: { id: number; number: string };
  let busy: Room;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    office = await startWebOffice();
    const { app } = office;
    await app.call('auth.setup', testManager);
    await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    const service = (await app.call('departments.list', {})).find((department) => department.name === '客户服务部')!;
    const clerk = await app.call('staff.save', { name: '王堃', departmentId: service.id, role: 'clerk' });
    const supervisor = await app.call('staff.save', { name: '周珺', departmentId: service.id, role: 'supervisor' });
    for (const member of [clerk, supervisor]) await app.call('staff.setPassword', { staffId: member.id, password: staffPassword });
    room = await app.call('rooms.save', { building: '3', unit: '1', roomNo: '1502', owners: [{ name: '陈喆', phone: '13912345678' }] });
    const asClerk = app.as(clerk.id);
    const first = await asClerk.call('complaints.create', minimalIntake({ roomId: room.id, receivedAt: hoursAgo(30), content: '重复登记的一条' }));
    await app.as(supervisor.id).call('complaints.void', { id: first.id, reason: '重复登记' });
    voided = { id: first.id, number: first.number };
    const second = await asClerk.call('complaints.create', minimalIntake({ roomId: room.id, receivedAt: hoursAgo(2), content: '楼上卫生间漏水,天花板渗水' }));
    open = { id: second.id, number: second.number };
    // A room with more calls than one page of its history holds.
    busy = await app.call('rooms.save', { building: '3', unit: '1', roomNo: '1601', owners: [{ name: '李娜', phone: '13700001111' }] });
    for (let hour = 1; hour <= 55; hour++) {
      await asClerk.call('calls.create', { calledAt: hoursAgo(hour + 40), roomId: busy.id, phone: '13700001111', matter: `第 ${56 - hour} 次来电` });
    }
    await app.call('auth.signOut', {});

    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { viewport: { width: 1366, height: 900 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: office.bridge.url });
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  it('opens a room from the rooms list and shows its complaints, the open one highlighted', async () => {
    await page.goto(office.bridge.url);
    await signIn(page, '王堃', staffPassword);
    await page.getByRole('menuitem', { name: '房屋业主' }).click();
    await page.getByTestId('room-table').getByRole('link', { name: '3-1-1502' }).click();
    await page.waitForURL(new RegExp(`#/rooms/${room.id}$`));

    const summary = await page.getByTestId('room-summary').innerText();
    expect(summary).toContain('陈喆 139****5678');
    expect(summary).not.toContain('13912345678');
    const history = page.getByTestId('room-history');
    const openRow = history.getByRole('row').filter({ hasText: open.number });
    const voidedRow = history.getByRole('row').filter({ hasText: voided.number });
    await openRow.waitFor();
    expect(await history.locator('tbody tr').allInnerTexts()).toHaveLength(2);
    // Newest first.
    expect((await history.locator('tbody tr').first().innerText())).toContain(open.number);
    expect(await openRow.getAttribute('class')).toContain('tz-open-row');
    expect(await openRow.innerText()).toContain('待处理');
    expect(await voidedRow.getAttribute('class')).not.toContain('tz-open-row');
    expect(await voidedRow.innerText()).toContain('已作废');
  });

  it('logs an inspection on the complaint and shows it on the complaint page and the room page', async () => {
    await page.getByTestId('room-history').getByRole('link', { name: open.number }).click();
    await page.waitForURL(new RegExp(`#/complaints/${open.id}$`));
    await page.getByTestId('add-inspection').click();
    const form = page.getByTestId('inspection-form');
    await form.waitFor();
    expect(await form.getByLabel('巡查地点').inputValue()).toBe('3-1-1502');
    await form.getByLabel('巡查情况').fill('现场查看:楼上 1602 卫生间地漏周边渗水');
    await form.getByRole('radio', { name: '需继续跟进' }).check();
    await form.getByLabel('采取的措施 / 跟进安排').fill('已约工程部明早重做防水');
    await page.getByRole('button', { name: '保存巡查记录' }).click();

    const row = page.getByTestId('complaint-inspections').getByRole('row').filter({ hasText: '地漏周边渗水' });
    await row.waitFor();
    const stored = await office.app.as(1).call('inspections.list', { complaintId: open.id });
    expect(stored.items).toHaveLength(1);
    const inspection = stored.items[0]!;
    expect(inspection).toMatchObject({ inspectorName: '王堃', outcome: 'followUp', place: '3-1-1502', followUp: '已约工程部明早重做防水' });
    expect(await row.innerText()).toContain(inspection.number);
    expect(await row.innerText()).toContain('需继续跟进');

    await page.getByTestId('complaint-descriptions').getByTestId('room-link').click();
    await page.waitForURL(new RegExp(`#/rooms/${room.id}$`));
    const inspectionRow = page.getByTestId('room-history').getByRole('row').filter({ hasText: inspection.number });
    await inspectionRow.waitFor();
    expect(await inspectionRow.getAttribute('class')).toContain('tz-open-row');
    await page.locator('.ant-segmented-item').filter({ hasText: /^巡查 1$/ }).click();
    await expect.poll(() => page.getByTestId('room-history').locator('tbody tr').count()).toBe(1);
  });

  it('shows a busy room’s history a page at a time, and the next page on 加载更多', async () => {
    await page.goto(`${office.bridge.url}#/rooms/${busy.id}`);
    const history = page.getByTestId('room-history');
    await history.getByRole('row').filter({ hasText: '第 55 次来电' }).waitFor();
    expect(await history.locator('tbody tr').count()).toBe(50);
    expect(await page.locator('.ant-segmented-item').filter({ hasText: /^来电 55$/ }).count()).toBe(1);
    await page.getByTestId('room-history-more').click();
    await history.getByRole('row').filter({ hasText: '第 1 次来电' }).waitFor();
    const rows = await history.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(55);
    expect(rows.map((row) => /第 (\d+) 次来电/.exec(row)?.[1])).toEqual(Array.from({ length: 55 }, (_, index) => String(55 - index)));
    expect(await page.getByTestId('room-history-more').count()).toBe(0);
  });

  it('opens the 话术 drawer from the keyboard and copies a phrase with one click', async () => {
    await page.keyboard.press('F2');
    const drawer = page.getByTestId('scripts-drawer');
    await drawer.getByText('来电人情绪激动').waitFor();
    expect(await drawer.innerText()).toContain('您好,锦绣花园管理处客服中心,请问有什么可以帮您?');
    await drawer.getByRole('button', { name: '复制:平复情绪' }).click();
    await page.locator('.ant-message').getByText('已复制').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('我非常理解您的心情,希望我们心平气和地交谈,将问题尽快解决。');
    // A clerk reads and copies; only a supervisor manages the phrases.
    expect(await drawer.getByRole('switch', { name: '管理话术' }).count()).toBe(0);
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
