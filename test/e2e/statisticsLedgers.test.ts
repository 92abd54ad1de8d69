import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openOfficePage, signIn, startWebOfficeWithClerk, type WebOffice } from '../helpers/browser';
import { staffPassword } from '../helpers/testApp';

/** A repair figure on 统计分析 opens the repair list filtered to exactly the repairs it counts, and it exports. */
describe('repair statistics in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const numbers: string[] = [];

  beforeAll(async () => {
    let asClerk: Awaited<ReturnType<typeof startWebOfficeWithClerk>>['asClerk'];
    ({ office, asClerk } = await startWebOfficeWithClerk());
    const { app } = office;
    const repair = (reportedAt: string, category: 'plumbing' | 'electrical') =>
      asClerk.call('repairs.create', { reportedAt, roomId: null, roomText: '非登记房号：5-2-301', reporterName: '赵敏', phone: '13700001111', content: '报修测试', category, workKind: 'repair', urgency: 'normal' });
    numbers.push((await repair('2026-10-12T09:00', 'plumbing')).number);
    numbers.push((await repair('2026-10-13T09:00', 'electrical')).number);
    // Another month's repair the October figures must not count.
    await repair('2026-11-02T09:00', 'plumbing');
    await app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { viewport: { width: 1366, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  it('opens the counted repairs from a figure', { timeout: 120_000 }, async () => {
    await page.goto(office.bridge.url);
    await signIn(page, '王堃', staffPassword);
    await page.getByRole('menuitem', { name: '统计分析' }).waitFor();
    await page.goto(`${office.bridge.url}#/statistics?from=2026-10`);
    await expect.poll(() => page.getByTestId('stat-period').textContent()).toContain('2026年10月');
    const plumbing = page.getByTestId('stat-table-repairs.category').locator('tr', { hasText: '给排水' }).getByTestId('stat-link').first();
    expect(await plumbing.textContent()).toBe('1');
    await plumbing.click();
    await page.getByTestId('stats-filter').waitFor();
    expect(page.url()).toContain('category=plumbing');
    await expect.poll(() => page.getByTestId('repair-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    expect(await page.getByTestId('repair-table').textContent()).toContain(numbers[0]);
    await page.getByTestId('export-xlsx').waitFor();

    await page.goBack();
    const total = page.getByTestId('stat-table-repairs.overview').locator('tr', { hasText: '报修总数' }).getByTestId('stat-link').first();
    expect(await total.textContent()).toBe('2');
    await total.click();
    await expect.poll(() => page.getByTestId('repair-table').locator('tbody tr.ant-table-row').count()).toBe(2);
    expect(pageErrors).toEqual([]);
  });
});
