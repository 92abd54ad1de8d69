import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/officeDate';
import { closePrintPreview, downloadPreviewPdf, launchChromium, signIn, startWebOffice, openOfficePage, type WebOffice } from '../helpers/browser';
import { officeDay } from '../helpers/officeClock';
import { staffPassword, testManager } from '../helpers/testApp';
import { customerIdNumber, tinyPng } from '../helpers/lossDeclaration';
import { tinyPdf } from '../helpers/lifecycle';
import { pdfText } from '../helpers/pdf';

/**
 * A lost invoice from the desk's intake to outcome c) in Chromium against the real services: the ID check while
 * typing, the amount in capitals, the ID card scan, the masked list, an audited reveal, finance's stub, the
 * 15-day rule, the outcome and the customer's copy read back from the PDF.
 */
describe('loss declaration in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const downloads = mkdtempSync(join(tmpdir(), 'taizhang-loss-downloads-'));
  const masked = `${customerIdNumber.slice(0, 6)}********${customerIdNumber.slice(-4)}`;
  const today = officeDay;

  beforeAll(async () => {
    office = await startWebOffice();
    const { app } = office;
    await app.call('auth.setup', testManager);
    await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    const sales = (await app.call('departments.list', {})).find((department) => department.name === '营销部')!;
    const clerk = await app.call('staff.save', { name: '王堃', departmentId: sales.id, role: 'clerk' });
    await app.call('staff.setPassword', { staffId: clerk.id, password: staffPassword });
    await app.call('rooms.save', { building: '3', unit: '1', roomNo: '1502', owners: [{ name: '陈喆', phone: '13912345678' }] });
    await app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { acceptDownloads: true, viewport: { width: 1366, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('takes the declaration through the form, checking the ID number and showing the amount in capitals', async () => {
    await page.goto(office.bridge.url);
    await signIn(page, '王堃', staffPassword);
    await page.getByRole('menuitem', { name: '遗失声明' }).click();
    await page.getByRole('button', { name: '登记遗失声明' }).click();
    const form = page.getByTestId('loss-form');
    await form.waitFor();

    await page.getByTestId('customerName-input').fill('陈喆');
    const wrong = customerIdNumber.slice(0, 17) + (customerIdNumber[17] === '1' ? '2' : '1');
    await page.getByTestId('idNumber-input').fill(wrong);
    await page.getByTestId('phone-input').click();
    await form.getByText(`按前 17 位算应为“${customerIdNumber[17]}”`).waitFor();
    await page.getByTestId('idNumber-input').fill(customerIdNumber);
    await page.getByTestId('phone-input').fill('13912345678');
    await form.getByText('按前 17 位算应为').waitFor({ state: 'detached' });

    await form.getByRole('radio', { name: '发票' }).check();
    await page.getByTestId('documentNumber-input').fill('FP-88001234');
    await page.getByTestId('amount-input').fill('10005');
    await expect.poll(() => page.getByTestId('amount-capitals').innerText()).toBe('¥10,005.00 大写:壹万零伍元整');
    await page.getByTestId('issueDate-input').click();
    await page.getByTestId('issueDate-input').fill(addDays(today, -30));
    // Enter would also submit the form: the clerk picks the day the panel jumped to.
    await page.locator(`.ant-picker-dropdown .ant-picker-cell-in-view[title="${addDays(today, -30)}"]`).click();
    await page.getByTestId('idScan-picker').locator('input[type=file]').setInputFiles({ name: '身份证.png', mimeType: 'image/png', buffer: tinyPng });
    await page.getByTestId('idScan-picker').getByText('身份证.png').waitFor();

    await page.getByTestId('save-loss').click();
    await page.waitForURL(/#\/loss-declarations\/\d+$/);
    await page.getByTestId('loss-title').filter({ hasText: '挂失中' }).waitFor();
    expect(await page.getByTestId('loss-period').innerText()).toBe(addDays(today, 14));
    expect(await page.getByTestId('loss-amount').innerText()).toContain('壹万零伍元整');
    expect(await page.getByTestId('customer-id-number').innerText()).toBe(masked);
    await page.getByTestId('loss-attachments').getByText('身份证.png').waitFor();
  });

  it('lists it masked, and shows the full ID only on request, writing the reveal into the history', async () => {
    const url = page.url();
    // The masked 身份证号 and 电话 columns show from 1600 px on (at 1366 the list fits without them).
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('menuitem', { name: '遗失声明' }).click();
    const row = page.getByTestId('loss-table').getByRole('row').filter({ hasText: 'YS-' });
    await row.first().waitFor();
    const text = await row.first().innerText();
    expect(text).toContain(masked);
    expect(text).toContain('139****5678');
    expect(await page.getByTestId('loss-table').innerText()).not.toContain(customerIdNumber);
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.goto(url);
    await page.getByTestId('reveal-customer-id').click();
    await expect.poll(() => page.getByTestId('customer-id-number').innerText()).toBe(customerIdNumber);
    await page.getByTestId('loss-history').getByText('查看客户完整身份证号').waitFor();
  });

  it('records the stub, refuses the outcome before day 16, then closes it as c)', async () => {
    await page.getByTestId('record-stub').click();
    await page.getByTestId('stub-picker').locator('input[type=file]').setInputFiles({ name: '记账联.pdf', mimeType: 'application/pdf', buffer: tinyPdf });
    await page.getByTestId('stub-picker').getByText('记账联.pdf').waitFor();
    await page.getByTestId('stub-form-ok').click();
    await page.getByTestId('loss-attachments').getByText('记账联.pdf').waitFor();
    await page.getByTestId('loss-history').getByText('找到记账联', { exact: false }).first().waitFor();

    await page.getByTestId('decide-outcome').click();
    await page.getByTestId('outcome-form-ok').click();
    await expect.poll(() => page.getByTestId('outcome-form-problem').innerText()).toContain(`挂失期 15 天至 ${addDays(today, 14)} 才满`);
    await page.keyboard.press('Escape');

    await office.moveTo(`${addDays(today, 15)}T09:00:00`);
    await page.reload();
    // Fifteen days on, in the app and the page alike: the desk has locked itself, and the clerk signs in again.
    await signIn(page, '王堃', staffPassword);
    await page.getByTestId('decide-outcome').click();
    await page.getByRole('radio', { name: 'c) 发票遗失,不退款' }).check();
    await page.getByTestId('outcome-form-ok').click();
    await expect.poll(() => page.getByTestId('loss-outcome').innerText()).toContain('c) 发票遗失,不退款');
    await page.getByTestId('loss-title').filter({ hasText: 'c) 发票遗失' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('prints the customer’s copy of the closed declaration with the ID number masked', async () => {
    await page.getByTestId('print-loss').click();
    await page.getByTestId('print-form-ok').click();
    const file = await downloadPreviewPdf(page, downloads);
    const text = pdfText(file).replace(/\s+/g, '');
    expect(text).toContain('收据、发票遗失声明(复印件)');
    expect(text).toContain('c)发票遗失,不退款');
    expect(text).toContain('财务专用章加盖处');
    expect(text).toContain(masked);
    expect(text).not.toContain(customerIdNumber);
    await closePrintPreview(page);
    await page.getByTestId('loss-history').getByText('打印收据、发票遗失声明(复印件),身份证号隐去中间位').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('prints a name with a character no print font has only once the clerk has checked it against the ID card', async () => {
    const staff = await office.app.call('staff.list', {});
    const clerk = staff.find((member) => member.name === '王堃')!;
    const room = (await office.app.call('rooms.list', { building: '3', pageSize: 5 })).items[0]!;
    const declaration = await office.app.as(clerk.id).call('lossDeclarations.create', {
      customerName: '龙𪚥', idNumber: customerIdNumber, phone: '13912345678', roomId: room.id, documentType: 'receipt',
      documentNumber: 'NO.0077001', amountFen: 500000, issueDate: addDays(today, -20), purpose: 'deposit', consultantStaffId: clerk.id,
    });
    await page.goto(`${office.bridge.url}#/loss-declarations/${declaration.id}`);
    await page.getByTestId('print-loss').click();
    // The dialog says how the name will print, and printing waits for the clerk's check.
    await page.getByText('打印字体没有的字将印为代码:龙〔U+2A6A5〕').waitFor();
    await page.getByTestId('print-form-ok').click();
    await page.getByText('请与身份证核对后勾选', { exact: false }).waitFor();
    await page.getByTestId('print-confirm-marked').check();
    await page.getByTestId('print-form-ok').click();
    await page.getByTestId('download-pdf').waitFor();
    await closePrintPreview(page);
    await page.getByTestId('loss-history').getByText('打印收据、发票遗失声明(一式贰份)', { exact: false }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
