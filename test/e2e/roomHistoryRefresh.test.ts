import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Room } from '../../shared/domain/office/officeRecords';
import { minimalIntake } from '../helpers/intakeFixture';
import { launchChromium, openOfficePage, signIn, startWebOffice, type WebOffice } from '../helpers/browser';
import { staffPassword, testManager } from '../helpers/testApp';
import { hoursBefore } from '../helpers/officeClock';

/**
 * A complaint logged in the app shows on its room's page when the clerk comes back to it, without a reload:
 * the save refreshes every read it may have made stale, the room's history among them.
 */
describe('room history after logging a complaint in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  let room: Room;
  let earlier: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    office = await startWebOffice();
    const { app } = office;
    await app.call('auth.setup', testManager);
    await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    const service = (await app.call('departments.list', {})).find((department) => department.name === '客户服务部')!;
    const clerk = await app.call('staff.save', { name: '王堃', departmentId: service.id, role: 'clerk' });
    await app.call('staff.setPassword', { staffId: clerk.id, password: staffPassword });
    room = await app.call('rooms.save', { building: '3', unit: '1', roomNo: '1502', owners: [{ name: '陈喆', phone: '13912345678' }] });
    const receivedAt = hoursBefore(office.clock.now(), 2).slice(0, 16);
    earlier = (await app.as(clerk.id).call('complaints.create', minimalIntake({ roomId: room.id, receivedAt, content: '楼上卫生间漏水' }))).number;
    await app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { viewport: { width: 1366, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  it('shows the new complaint on the room page the clerk comes back to', async () => {
    await page.goto(office.bridge.url);
    await signIn(page, '王堃', staffPassword);
    await page.goto(`${office.bridge.url}#/rooms/${room.id}`);
    const history = page.getByTestId('room-history');
    await history.getByRole('row').filter({ hasText: earlier }).waitFor();
    expect(await history.locator('tbody tr').count()).toBe(1);
    // The page's Date stands from here (its timers still run): the room's cached history never grows stale by
    // itself, so only the save's own refresh can bring the new complaint onto the page.
    await page.clock.setFixedTime(await page.evaluate(() => Date.now()));
    // Survives only as long as the page is not loaded again.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));

    await page.getByRole('menuitem', { name: '登记投诉' }).click();
    await page.getByTestId('complaint-intake-form').waitFor();
    await page.getByLabel('房号').fill(room.label);
    await page.locator('.ant-select-item-option').filter({ hasText: room.label }).first().click();
    await expect.poll(() => page.getByLabel('投诉人').inputValue()).toBe('陈喆');
    await page.getByLabel('投诉内容').fill('电梯厅的灯整晚不亮');
    await page.getByRole('radio', { name: '保洁服务' }).check();
    await page.getByRole('button', { name: '保存投诉' }).click();
    await page.waitForURL(/#\/complaints\/\d+$/);
    const number = /TS-\d{6}-\d{4}/.exec(await page.getByTestId('complaint-descriptions').innerText())?.[0] ?? '';
    expect(number).not.toBe('');

    await page.goBack();
    await page.waitForURL(new RegExp(`#/rooms/${room.id}$`));
    const row = history.getByRole('row').filter({ hasText: number });
    await row.waitFor();
    expect(await row.innerText()).toContain('电梯厅的灯整晚不亮');
    expect(await history.locator('tbody tr').count()).toBe(2);
    expect(await page.locator('.ant-segmented-item').filter({ hasText: /^投诉 2$/ }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
