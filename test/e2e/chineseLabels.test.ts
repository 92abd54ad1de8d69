import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openOfficePage, signIn, startWebOfficeWithClerk, pickOption, type WebOffice } from '../helpers/browser';
import { staffPassword } from '../helpers/testApp';

/** Latin letters a person would have to read: code names of fields, statuses or icons (“dispatchedBy”, “phone”). */
const latinWord = /[A-Za-z]{2,}/;

/**
 * Chinese everywhere the clerk or a screen reader looks: a repair's history names its fields and people in
 * Chinese (never “部门:空→2” or “collectDueAt”), a select's clear button is 清除 and out of the Tab order, and no
 * icon beside a text is read aloud by its English name.
 */
describe('Chinese labels for the eye and the screen reader', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  let repairId: number;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const started = await startWebOfficeWithClerk();
    office = started.office;
    const { app } = office;
    const engineering = (await app.call('departments.list', {})).find((department) => department.name.startsWith('工程部'))!;
    const repair = await started.asClerk.call('repairs.create', {
      reportedAt: '2026-11-23T09:50', roomId: null, roomText: '公共区域：3栋大堂', reporterName: '赵敏', phone: null,
      content: '大堂灯不亮', category: 'electrical', workKind: 'repair', urgency: 'urgent',
    });
    repairId = repair.id;
    await started.asClerk.call('repairs.dispatch', { id: repair.id, departmentId: engineering.id, assigneeStaffId: started.clerk.id });
    await app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { viewport: { width: 1366, height: 768 } });
    await page.goto(office.bridge.url);
    await signIn(page, '王堃', staffPassword);
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  it('shows a repair’s history with Chinese field names and the people and department by name', async () => {
    await page.goto(`${office.bridge.url}#/repairs/${repairId}`);
    const changes = page.getByTestId('repair-history').getByTestId('history-changes');
    await changes.first().waitFor();
    const text = (await changes.allInnerTexts()).join('\n');
    expect(text).not.toMatch(latinWord);
    for (const expected of ['接单部门：空 → 工程部', '接单人：空 → 王堃', '派工人：空 → 王堃', '处理状态：已登记 → 已派工', '接单期限']) expect(text).toContain(expected);
    expect(text).not.toMatch(/→ \d+(\s|$)/);
  });

  it('labels a select’s clear button 清除 and keeps it out of the Tab order: Tab goes on to the next field', async () => {
    await page.goto(`${office.bridge.url}#/complaints/new`);
    await page.getByTestId('complaint-intake-form').waitFor();
    const department = page.getByLabel('被投诉部门');
    await pickOption(department, '保洁部');
    const clear = page.getByTestId('complaint-intake-form').locator('.ant-select-clear');
    await clear.first().waitFor({ state: 'attached' });
    expect(await clear.first().getAttribute('aria-label')).toBe('清除');
    expect(await page.getByRole('button', { name: 'Clear' }).count()).toBe(0);
    await department.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('.ant-form-item')?.querySelector('label')?.textContent)).toBe('被投诉对象');
    await page.keyboard.type('保洁员小李');
    expect(await page.getByLabel('被投诉对象').inputValue()).toBe('保洁员小李');
  });

  it('reads no icon beside a text by its English name', async () => {
    for (const path of ['#/desk', '#/calls', '#/repairs', '#/complaints']) {
      await page.goto(`${office.bridge.url}${path}`);
      await page.locator('main, .ant-layout-content').first().waitFor();
      await page.getByTestId('current-staff').waitFor();
      const spokenIcons = () =>
        [...document.querySelectorAll('.anticon[role="img"]:not([aria-hidden="true"])')]
          .filter((icon) => (icon.closest('button, a, [role="button"], [role="menuitem"]')?.textContent ?? '').trim() !== '')
          .map((icon) => icon.getAttribute('aria-label'));
      // quietControls hides an icon's name in the frame after it is drawn (and again as the page's data arrives):
      // read again a frame later while some are left, so a failure names those that stay.
      let spoken = await page.evaluate(spokenIcons);
      for (let frame = 0; frame < 100 && spoken.length > 0; frame++) {
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        spoken = await page.evaluate(spokenIcons);
      }
      expect({ path, spoken }).toEqual({ path, spoken: [] });
    }
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
