import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openOfficePage, signIn, startWebOffice, type WebOffice } from '../helpers/browser';
import { staffPassword, testManager } from '../helpers/testApp';
import { describeViolations, openAccessibleOffice, seriousViolations, type AccessibleOffice } from '../helpers/accessibilityFixture';

const viewport = { width: 1366, height: 768 };

/**
 * Wait until the page has settled: its one level-one heading is there, no request is in flight, nothing spins;
 * then what is wrong with it: axe's critical and serious violations, and anything but exactly one <h1>.
 */
async function pageProblems(page: Page, where: string): Promise<string[]> {
  await page.locator('h1').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning, .ant-skeleton').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  const violations = await seriousViolations(page);
  const problems = violations.length > 0 ? [describeViolations(where, violations)] : [];
  const headings = await page.locator('h1').allInnerTexts();
  if (headings.length !== 1) problems.push(`${where}: ${headings.length} level-one headings (${headings.join(', ')}), not one`);
  return problems;
}

/** Every page's problems at once, so one run names them all. */
async function checkPage(page: Page, where: string): Promise<void> {
  const problems = await pageProblems(page, where);
  expect(problems, problems.join('\n')).toEqual([]);
}

/**
 * axe-core over every page of the app in Chromium at 1366×768 (WCAG 2 A/AA and best practice): not one critical or
 * serious violation, on lists whose deadlines show every colour, on records, forms, the desk and the settings.
 */
describe('accessibility of every page', () => {
  let seeded: AccessibleOffice;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    seeded = await openAccessibleOffice();
    browser = await launchChromium();
    page = await openOfficePage(browser, seeded.office, pageErrors, { viewport });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await seeded?.office.close();
  });

  const visit = async (route: string) => {
    await page.goto(`${seeded.office.bridge.url}#/${route}`);
    return pageProblems(page, route);
  };

  it('the sign-in screen', async () => {
    await page.goto(seeded.office.bridge.url);
    await page.locator('form#signIn').waitFor();
    await checkPage(page, 'sign-in');
  });

  it('the desk for a clerk, with due-today and late work', async () => {
    await signIn(page, seeded.clerkName, staffPassword);
    await page.waitForURL(/#\/desk$/);
    await page.locator('[data-deadline-state="overdue"]').first().waitFor();
    const problems = await pageProblems(page, 'desk (clerk)');
    await page.getByRole('button', { name: '退出登录' }).click();
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('every list, form and record page for the manager', { timeout: 300_000 }, async () => {
    await signIn(page, testManager.name, testManager.password);
    // The manager is told about the serious complaint at sign-in: a dialog of its own, checked too.
    const notice = page.getByRole('dialog').filter({ hasText: '等待您知悉' });
    await notice.waitFor();
    await checkPage(page, 'manager alerts notice');
    await page.keyboard.press('Escape');
    await notice.waitFor({ state: 'hidden' });

    const { ids } = seeded;
    await page.goto(`${seeded.office.bridge.url}#/complaints`);
    await page.locator('[data-deadline-state="dueToday"]').first().waitFor();
    await page.locator('[data-deadline-state="overdue"]').first().waitFor();
    const routes = [
      'desk',
      'complaints',
      'complaints/new',
      `complaints/${ids.complaint}`,
      `complaints/${ids.overdueComplaint}`,
      'work-orders',
      'repairs',
      'repairs/new',
      `repairs/${ids.repair}`,
      'calls',
      'revisits',
      `revisits/${ids.revisit}`,
      'rooms',
      `rooms/${ids.room}`,
      'inspections',
      `inspections/${ids.inspection}`,
      'loss-declarations',
      'loss-declarations/new',
      `loss-declarations/${ids.loss}`,
      'paper-forms',
      'archive',
      'statistics',
      'imports',
      ...['office', 'departments', 'staff', 'limits', 'calendar', 'approvals', 'experience', 'about'].map((tab) => `settings?tab=${tab}`),
      'no-such-page',
    ];
    const problems: string[] = [];
    for (const route of routes) problems.push(...(await visit(route)));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** The screens before anyone signs in, and head office's shell. */
describe('accessibility of the first start and head office', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    office = await startWebOffice();
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { viewport });
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  it('the first start screen', async () => {
    await page.goto(office.bridge.url);
    await page.getByText('首次使用:创建经理账号').waitFor();
    await checkPage(page, 'setup');
  });

  it('head office pages', { timeout: 120_000 }, async () => {
    await office.app.call('auth.setup', { ...testManager, folderKind: 'headOffice' });
    await office.app.call('auth.signOut', {});
    await page.goto(office.bridge.url);
    await signIn(page, testManager.name, testManager.password);
    const problems: string[] = [];
    for (const route of ['head-office', 'head-office/statistics', 'head-office/import', 'head-office/settings']) {
      await page.goto(`${office.bridge.url}#/${route}`);
      problems.push(...(await pageProblems(page, route)));
    }
    // 设置 → 记录存放处 with PostgreSQL chosen: the connection string's field and 测试连接.
    await page.getByRole('tab', { name: '记录存放处' }).click();
    await page.getByTestId('head-office-store').getByText('PostgreSQL(集团服务器)').click();
    await page.getByTestId('head-office-store-connection').waitFor();
    problems.push(...(await pageProblems(page, 'head-office/settings 记录存放处')));
    expect(problems, problems.join('\n')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
