import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalIntake } from '../helpers/intakeFixture';
import { launchChromium, openOfficePage, signIn, startWebOfficeWithClerk, type WebOffice } from '../helpers/browser';
import { staffPassword } from '../helpers/testApp';

/** 统计分析 in Chromium: the month's charts draw, and a figure opens the complaint list filtered to what it counts. */
describe('statistics page in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const numbers: string[] = [];

  beforeAll(async () => {
    let asClerk: Awaited<ReturnType<typeof startWebOfficeWithClerk>>['asClerk'];
    ({ office, asClerk } = await startWebOfficeWithClerk());
    const { app } = office;
    for (const [receivedAt, category] of [
      ['2026-10-12T09:00', 'maintenance'],
      ['2026-10-13T09:00', 'maintenance'],
      ['2026-10-14T09:00', 'cleaning'],
    ] as const) {
      numbers.push((await asClerk.call('complaints.create', minimalIntake({ receivedAt, category }))).number);
    }
    // Another month's complaint the October figures must not count.
    await asClerk.call('complaints.create', minimalIntake({ receivedAt: '2026-11-02T09:00', category: 'cleaning' }));
    await app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { viewport: { width: 1366, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  it('draws the month’s charts and opens the counted records from a figure', { timeout: 120_000 }, async () => {
    await page.goto(office.bridge.url);
    await signIn(page, '王堃', staffPassword);
    await page.getByRole('menuitem', { name: '统计分析' }).waitFor();
    await page.goto(`${office.bridge.url}#/statistics?from=2026-10`);
    await expect.poll(() => page.getByTestId('stat-period').textContent()).toContain('2026年10月');
    // ECharts drew the trend and the category bars as SVG.
    await page.getByTestId('chart-trend').locator('svg').waitFor();
    await page.getByTestId('chart-complaints.category').locator('svg path').first().waitFor({ state: 'attached' });
    expect(await page.getByTestId('chart-complaints.category').textContent()).toContain('维修服务');

    const cleaning = page.getByTestId('stat-table-complaints.category').locator('tr', { hasText: '保洁服务' }).getByTestId('stat-link').first();
    expect(await cleaning.textContent()).toBe('1');
    await cleaning.click();
    await page.getByTestId('stats-filter').waitFor();
    expect(page.url()).toContain('category=cleaning');
    await expect.poll(() => page.getByTestId('complaint-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    expect(await page.getByTestId('complaint-table').textContent()).toContain(numbers[2]);

    await page.goBack();
    const total = page.getByTestId('stat-table-complaints.overview').locator('tr', { hasText: '投诉总数' }).getByTestId('stat-link').first();
    expect(await total.textContent()).toBe('3');
    await total.click();
    await expect.poll(() => page.getByTestId('complaint-table').locator('tbody tr.ant-table-row').count()).toBe(3);
    const text = await page.getByTestId('complaint-table').textContent();
    for (const number of numbers) expect(text).toContain(number);
    expect(pageErrors).toEqual([]);
  });
});
