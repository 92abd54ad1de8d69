import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePrintPreview, launchChromium, openOfficePage, signIn, startWebOfficeWithClerk, type WebOffice } from '../helpers/browser';
import { testManager } from '../helpers/testApp';

/**
 * Blank paper forms in Chromium: a manager reserves numbers and prints two blank complaint forms, voids one, and
 * the desk enters the other when the PC is back, its number read by the scanner from the form's code.
 */
describe('blank paper forms in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ office } = await startWebOfficeWithClerk());
    await office.app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  const row = (number: string) => page.getByTestId('paper-blanks').locator('tr').filter({ hasText: number });

  it('reserves and prints a batch of blanks, and voids a number never used', async () => {
    await page.goto(office.bridge.url);
    await signIn(page, testManager.name, testManager.password);
    await page.getByRole('menuitem', { name: '空白纸质表单' }).click();
    await page.getByTestId('paper-reserve-form').getByRole('spinbutton').fill('2');
    await page.getByTestId('paper-reserve').click();
    await page.getByTestId('download-pdf').waitFor();
    await closePrintPreview(page);
    await row('TS-202611-0001').getByText('已预留').waitFor();
    await row('TS-202611-0002').getByText('已预留').waitFor();

    await row('TS-202611-0002').getByRole('button', { name: '作废' }).click();
    await page.getByLabel('作废原因').fill('打印时卡纸,已销毁');
    await page.getByRole('button', { name: '作废', exact: true }).last().click();
    await row('TS-202611-0002').getByText('已作废').waitFor();
    expect(await row('TS-202611-0002').innerText()).toContain('打印时卡纸,已销毁');
  });

  it('enters a filled paper under the number scanned from its code', async () => {
    await page.keyboard.press('Alt+N');
    await page.getByTestId('complaint-intake-form').waitFor();
    await page.getByLabel('投诉人').fill('陈喆');
    await page.getByLabel('投诉内容').fill('停电时来访:地下车库积水,车辆无法驶出。');
    await page.getByRole('radio', { name: '秩序维护' }).check();
    // The scanner types the code's text and Enter-less: the field keeps only the number.
    await page.getByTestId('paper-number').fill('TAIZHANG:JX01:blankComplaint:TS-202611-0001:R0');
    await page.getByTestId('paper-number').blur();
    await expect.poll(() => page.getByTestId('paper-number').inputValue()).toBe('TS-202611-0001');
    await page.getByText('业主投诉处理记录表 TS-202611-0001:已预留').waitFor();
    await page.getByRole('button', { name: '保存投诉' }).click();
    await page.waitForURL(/#\/complaints\/\d+$/);
    expect(await page.getByTestId('complaint-descriptions').innerText()).toContain('TS-202611-0001');

    await page.getByRole('menuitem', { name: '空白纸质表单' }).click();
    await row('TS-202611-0001').getByText('已使用').waitFor();
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
