import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openOfficePage, signIn, startWebOffice, type WebOffice } from '../helpers/browser';
import { testManager } from '../helpers/testApp';
import { readWorkbook } from '../helpers/imports';

async function xlsx(rows: (string | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('投诉');
  for (const row of rows) sheet.addRow(row.map((cell) => cell ?? undefined));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The import page in Chromium: a file whose headers the match misses, corrected by hand; the dry run's report; the import. */
describe('importing an old complaint ledger in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const header = ['日期', '住户', '反映内容', '投诉人'];

  beforeAll(async () => {
    office = await startWebOffice();
    const { app } = office;
    await app.call('auth.setup', testManager);
    await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    await app.call('rooms.save', { building: '3', unit: '1', roomNo: '1502', owners: [{ name: '陈喆', phone: '13912345678' }] });
    await app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { acceptDownloads: true, viewport: { width: 1366, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  async function chooseFile(name: string, rows: (string | null)[][]) {
    await page.getByTestId('import-page').locator('input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: await xlsx(rows) });
    await page.getByTestId('import-mapping').filter({ hasText: name }).waitFor();
  }

  async function mapColumn(field: string, option: string) {
    await page.getByTestId(`import-map-${field}`).click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option }).first().click();
    // The next select's options are looked up only once this dropdown has closed (its options would match too).
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'detached' });
  }

  it('matches what it can, lets the user match the rest, and reports the faulty row without writing anything', async () => {
    await page.goto(office.bridge.url);
    await signIn(page, testManager.name, testManager.password);
    await page.getByRole('menuitem', { name: '导入旧台账' }).click();
    await page.getByTestId('import-kind').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '业主投诉' }).click();
    await chooseFile('投诉台账.xlsx', [header, ['2026/3/5', '3-1-1502', '楼道灯坏了', '陈喆'], ['2026年3月6日', '9-9-999', '电梯异响', '孙八']]);
    expect(await page.getByTestId('import-row-count').innerText()).toBe('表头下共 2 行');
    // 日期 and 投诉人 are headers it knows; 住户 and 反映内容 are not, and the required 投诉内容 waits for the user.
    await page.getByText('请为必填的“投诉内容”选择文件中的列').waitFor();
    expect(await page.getByTestId('import-check').isDisabled()).toBe(true);
    await mapColumn('content', 'C 列:反映内容');
    await mapColumn('room', 'B 列:住户');
    await page.getByTestId('import-check').click();

    const summary = page.getByTestId('import-summary');
    await summary.filter({ hasText: '共 2 行:可导入 1 行,有问题 1 行' }).waitFor();
    const findings = page.getByTestId('import-findings');
    expect(await findings.locator('tbody tr').count()).toBe(1);
    expect(await findings.locator('tbody tr').innerText()).toMatch(/^3\s+住户\s+错误\s+房号 9-9-999 未登记/);
    expect(await page.getByTestId('import-run').count()).toBe(0);
    expect((await office.app.call('complaints.list', {})).total).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-report').click()]);
    expect(download.suggestedFilename()).toBe('投诉台账-检查结果.xlsx');
    const rows = await readWorkbook(readFileSync(await download.path()));
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['原行号', '检查结果', '日期'],
      ['2', '可导入', '2026/3/5'],
      ['3', expect.stringContaining('错误【住户】房号 9-9-999 未登记'), '2026年3月6日'],
    ]);
  });

  it('imports the corrected file after its dry run, numbered in the office’s scheme', async () => {
    await chooseFile('投诉台账-改.xlsx', [header, ['2026/3/5', '3-1-1502', '楼道灯坏了', '陈喆'], ['2026年3月6日', '3-1-1502', '电梯异响', '陈喆']]);
    await mapColumn('content', 'C 列:反映内容');
    await mapColumn('room', 'B 列:住户');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-run').filter({ hasText: '导入 2 行' }).click();
    await page.getByTestId('import-summary').filter({ hasText: '已导入 2 行' }).waitFor();
    const list = await office.app.call('complaints.list', {});
    expect(list.items.map((item) => item.number).sort()).toEqual(['TS-202603-0001', 'TS-202603-0002']);
    expect(pageErrors).toEqual([]);
  });
});
