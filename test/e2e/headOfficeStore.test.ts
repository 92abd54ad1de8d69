import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openOfficePage, startWebOffice, type WebOffice } from '../helpers/browser';
import { testManager } from '../helpers/testApp';
import { freePort, startPostgres, type TestPostgres } from '../helpers/postgres';
import { closeHeadOfficeStores } from '../../electron/app/headOffice/headOfficeStoreConfig';

/**
 * Head office just set up, in Chromium: the manager's first page asks where the records live. PostgreSQL's
 * connection string is typed masked, 测试连接 says in Chinese what is wrong (its form, the server, the login) until
 * it reaches the server, and the saved choice names the server without the password; 设置 changes it back.
 */
describe('head office chooses where its records live, in the browser', () => {
  let server: TestPostgres;
  let headOffice: WebOffice;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const password = 'Zb#2026-hq';
  let good: string;

  beforeAll(async () => {
    server = await startPostgres();
    good = server.createLoginDatabase('hq_e2e', password);
    headOffice = await startWebOffice();
    await headOffice.app.call('auth.setup', { ...testManager, folderKind: 'headOffice' });
    browser = await launchChromium();
    page = await openOfficePage(browser, headOffice, pageErrors, { viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await headOffice?.close();
    await closeHeadOfficeStores();
    server?.stop();
  });

  const card = () => page.getByTestId('head-office-store');
  const connection = () => card().getByLabel('连接字符串');
  const fieldError = () => card().locator('.ant-form-item-explain-error');

  async function testConnection(connectionString: string, expected: string): Promise<void> {
    await connection().fill(connectionString);
    await card().getByRole('button', { name: '测试连接' }).click();
    await fieldError().filter({ hasText: expected }).waitFor();
  }

  it('asks first, SQLite chosen by default; 测试连接 names what is wrong, in Chinese, and never shows the password', async () => {
    await page.goto(headOffice.bridge.url);
    // auth.setup signed the manager in (the bridge's one session), as the setup screen would.
    await page.getByTestId('current-staff').filter({ hasText: testManager.name }).waitFor();
    await card().getByText('第一步:选择记录存放处').waitFor();
    expect(await page.getByTestId('head-office-store-current').innerText()).toContain('尚未选择,暂时存放在:SQLite');
    expect(await card().getByRole('radio', { name: 'SQLite(本机,默认)' }).isChecked()).toBe(true);

    await card().getByText('PostgreSQL(集团服务器)').click();
    expect(await connection().getAttribute('type')).toBe('password');
    await testConnection('postgresql://hq:pw@server:port/hq', '连接字符串格式不对');
    await testConnection(`postgresql://hq:pw@127.0.0.1:${await freePort()}/hq`, '连不上 PostgreSQL 服务器');
    await testConnection(good.replace(encodeURIComponent(password), 'guess'), '用户名或密码不对');

    await connection().fill(good);
    await card().getByRole('button', { name: '测试连接' }).click();
    const reached = page.getByTestId('head-office-store-tested');
    await reached.waitFor();
    expect(await reached.innerText()).toContain(`连接成功:taizhang_login@127.0.0.1:${server.port}/hq_e2e`);
    // The last refusal leaves (antd animates it out, so wait for it to go rather than count at once).
    await fieldError().first().waitFor({ state: 'detached' });
    expect(await page.locator('body').innerText()).not.toContain(password);
  });

  it('saves the server, which then holds the records; the first page stops asking', async () => {
    await card().getByRole('button', { name: '测试并保存' }).click();
    await page.getByText(`已保存:总部的记录存放在 PostgreSQL 服务器 taizhang_login@127.0.0.1:${server.port}/hq_e2e`).waitFor();
    await card().waitFor({ state: 'detached' });
    expect(await headOffice.app.call('headOffice.storeInfo', {})).toEqual({ dialect: 'postgres', chosen: true, server: `taizhang_login@127.0.0.1:${server.port}/hq_e2e` });
    expect(await page.locator('body').innerText()).not.toContain(password);
  });

  it('设置 shows the server without the password and goes back to SQLite, warning that records stay where they are', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '记录存放处' }).click();
    await card().getByText(`现在存放在:PostgreSQL 服务器 taizhang_login@127.0.0.1:${server.port}/hq_e2e`).waitFor();
    // The form starts at the server in use, the string not filled in; choosing SQLite instead warns before saving.
    expect(await card().getByRole('radio', { name: 'PostgreSQL(集团服务器)' }).isChecked()).toBe(true);
    expect(await connection().inputValue()).toBe('');
    expect(await card().getByText('已导入的记录留在原处').count()).toBe(0);
    await card().getByText('SQLite(本机,默认)').click();
    await card().getByText('已导入的记录留在原处').waitFor();
    await card().getByRole('button', { name: '保存', exact: true }).click();
    await card().getByText('现在存放在:SQLite(本机数据文件夹)').waitFor();
    expect(await headOffice.app.call('headOffice.storeInfo', {})).toEqual({ dialect: 'sqlite', chosen: true, server: null });
    expect(pageErrors).toEqual([]);
  });
});
