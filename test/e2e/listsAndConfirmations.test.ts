import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openOfficePage, signIn, startWebOffice, type WebOffice } from '../helpers/browser';
import { complaintIntake, staffPassword, testManager, type TestOffice } from '../helpers/testApp';
import { repairIntake } from '../helpers/repairs';
import { lossIntake } from '../helpers/lossDeclaration';
import { complaintAt } from '../helpers/lifecycle';

const longContent = '楼上卫生间漏水，天花板渗水已持续三天，墙面起皮发霉，业主要求尽快上门查明原因并维修，同时赔偿损失的家具和地板';

/**
 * Issue 18, points 6 and 7, at 1366×768 in Chromium: every ledger list fits without scrolling sideways with its
 * summary readable; the list search finds a room and a number's tail and marks what it found; an archive export
 * and a 月结 ask once, saying what they will do; Enter in the month picker exports nothing; 归档 says why it cannot
 * be done before it is pressed.
 */
describe('lists at 1366 px and confirmations of irreversible steps', () => {
  let web: WebOffice;
  let office: TestOffice;
  let browser: Browser;
  let page: Page;
  let resolvedId: number;
  let out: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    web = await startWebOffice();
    out = mkdtempSync(join(tmpdir(), 'taizhang-usb-'));
    const { app } = web;
    await app.call('auth.setup', testManager);
    await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    const departments = await app.call('departments.list', {});
    const service = departments.find((department) => department.name === '客户服务部')!;
    const engineering = departments.find((department) => department.name.startsWith('工程部'))!;
    const clerk = await app.call('staff.save', { name: '王堃', departmentId: service.id, role: 'clerk', phone: '13800138000' });
    const supervisor = await app.call('staff.save', { name: '周珺', departmentId: service.id, role: 'supervisor' });
    const worker = await app.call('staff.save', { name: '李犇', departmentId: engineering.id, role: 'departmentStaff' });
    for (const member of [clerk, supervisor, worker]) await app.call('staff.setPassword', { staffId: member.id, password: staffPassword });
    const room = await app.call('rooms.save', { building: '3', unit: '1', roomNo: '1502', owners: [{ name: '陈喆', phone: '13912345678' }] });
    const noop = async () => {};
    office = { app, dataDir: web.dataDir, clerk, supervisor, worker, asClerk: app.as(clerk.id), asSupervisor: app.as(supervisor.id), asWorker: app.as(worker.id), engineering, room, close: noop };
    const other = await app.call('rooms.save', { building: '3', unit: '2', roomNo: '501', owners: [{ name: '赵敏', phone: '13600001234' }] });
    // Eleven long complaints of 3-1-1502, then the twelfth (TS-202611-0012) of 3-2-501.
    for (let n = 1; n <= 11; n += 1) await office.asClerk.call('complaints.create', complaintIntake(office, { content: `${longContent}（第${n}次）` }));
    await office.asClerk.call('complaints.create', complaintIntake(office, { roomId: other.id, complainantName: '赵敏', phone: '13600001234', content: '电梯异响，夜里吵得睡不着' }));
    for (let n = 1; n <= 12; n += 1) {
      await office.asClerk.call('repairs.create', repairIntake(office, { content: `${longContent}（报修${n}）`, ...(n === 12 ? { roomId: other.id, reporterName: '赵敏' } : {}) }));
    }
    await office.asClerk.call('calls.create', { calledAt: '2026-11-23T09:20', roomId: room.id, callerName: '陈喆', phone: '13912345678', matter: longContent });
    await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    await complaintAt(office, 'awaitingRevisit');
    resolvedId = (await complaintAt(office, 'resolved')).id;
    // October is over: two of its complaints are still open when it is archived and closed.
    for (const day of ['10', '12']) await office.asClerk.call('complaints.create', complaintIntake(office, { receivedAt: `2026-10-${day}T09:00`, content: `十月${day}日的投诉` }));
    await app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, web, pageErrors, { viewport: { width: 1366, height: 768 } });
    await page.goto(web.bridge.url);
    await signIn(page, '周珺', staffPassword);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  /** How far the table's body is wider than what it shows (0: no horizontal scrolling), and its summary column's width. */
  async function measure(table: Locator, summary: string) {
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    return table.evaluate((element, title) => {
      const body = element.querySelector<HTMLElement>('.ant-table-body') ?? element.querySelector<HTMLElement>('.ant-table-content')!;
      const headers = [...element.querySelectorAll<HTMLElement>('thead th')];
      const column = headers.find((header) => header.textContent?.trim() === title);
      return { overflow: body.scrollWidth - body.clientWidth, pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, summaryWidth: column?.getBoundingClientRect().width ?? 0 };
    }, summary);
  }

  it('fits every ledger list into 1366 px without scrolling sideways, the summary readable and whole on hover', async () => {
    const lists = [
      ['complaints', 'complaint-table', '内容摘要'],
      ['repairs', 'repair-table', '内容'],
      ['calls', 'call-table', '事项内容'],
      ['loss-declarations', 'loss-table', '票据'],
      ['revisits', 'revisit-queue', '事项'],
    ] as const;
    for (const [path, testId, summary] of lists) {
      await page.goto(`${web.bridge.url}#/${path}`);
      const measured = await measure(page.getByTestId(testId), summary);
      expect({ path, ...measured, summaryWidth: measured.summaryWidth >= 180 }).toEqual({ path, overflow: 0, pageOverflow: 0, summaryWidth: true });
    }
    // A summary cut by the column keeps its whole text for the mouse.
    await page.goto(`${web.bridge.url}#/complaints`);
    const excerpt = page.getByTestId('complaint-table').getByTestId('content-excerpt').first();
    expect(await excerpt.getAttribute('title')).toContain('楼上卫生间漏水');
    expect(pageErrors).toEqual([]);
  });

  async function search(placeholder: string, q: string) {
    const box = page.getByPlaceholder(placeholder);
    await box.fill(q);
    await box.press('Enter');
  }

  it('finds complaints by a number’s tail and by a room however written, and marks what it found', async () => {
    const table = page.getByTestId('complaint-table');
    const rows = table.locator('tbody tr.ant-table-row');
    const expectOnly = async (number: string, hit: string) => {
      await table.locator(`mark[data-search-hit="${hit}"]`).first().waitFor();
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().innerText()).toContain(number);
    };
    await page.goto(`${web.bridge.url}#/complaints`);
    await search('搜索编号、投诉人、内容', '0012');
    await expectOnly('TS-202611-0012', '0012');
    await search('搜索编号、投诉人、内容', '501');
    await expectOnly('TS-202611-0012', '501');
    await search('搜索编号、投诉人、内容', '3栋2单元501');
    await expectOnly('TS-202611-0012', '3-2-501');
    // A word of the text is marked in the summary of every row it found.
    await search('搜索编号、投诉人、内容', '异响');
    await expectOnly('TS-202611-0012', '异响');
    expect(await table.getByTestId('content-excerpt').locator('mark[data-search-hit]').innerText()).toBe('异响');
    expect(pageErrors).toEqual([]);
  });

  it('asks the app once for each search and each new order: the request sent from the input is the one the list shows', async () => {
    const table = page.getByTestId('complaint-table');
    await page.goto(`${web.bridge.url}#/complaints`);
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    const asked: unknown[] = [];
    const onRequest = (request: Request) => {
      if (new URL(request.url()).pathname === '/ipc/complaints.list') asked.push(request.postDataJSON());
    };
    page.on('request', onRequest);
    try {
      for (const word of ['电梯', '漏水']) {
        asked.length = 0;
        // One input event, as an IME commits a word: searched at once, and the rows show which search they answer.
        await page.getByPlaceholder('搜索编号、投诉人、内容').fill(word);
        await expect.poll(() => table.getAttribute('data-shown-query')).toBe(word);
        await table.locator(`mark[data-search-hit="${word}"]`).first().waitFor();
        expect(asked).toHaveLength(1);
      }
      asked.length = 0;
      await table.getByRole('columnheader', { name: '投诉时间' }).click();
      await page.waitForURL(/order=oldest/);
      await expect.poll(() => table.locator('tbody tr.ant-table-row').first().innerText()).toContain('TS-202611-0001');
      expect(asked).toHaveLength(1);
    } finally {
      page.off('request', onRequest);
    }
    expect(pageErrors).toEqual([]);
  });

  it('finds repairs, calls and loss declarations by room and number tail, marked', async () => {
    await page.goto(`${web.bridge.url}#/repairs`);
    const repairs = page.getByTestId('repair-table');
    await search('搜索编号、房号、报修人、内容', '0012');
    await repairs.locator('mark[data-search-hit="0012"]').waitFor();
    await expect.poll(() => repairs.locator('tbody tr.ant-table-row').count()).toBe(1);
    await search('搜索编号、房号、报修人、内容', '3-2-501');
    await repairs.locator('mark[data-search-hit="3-2-501"]').waitFor();
    await expect.poll(() => repairs.locator('tbody tr.ant-table-row').count()).toBe(1);
    expect(await repairs.locator('tbody tr.ant-table-row').innerText()).toContain('BX-202611-0012');

    await page.goto(`${web.bridge.url}#/calls`);
    await search('搜索编号、房号、来电人、事项', '1502');
    await page.getByTestId('call-table').locator('mark[data-search-hit="1502"]').waitFor();
    await search('搜索编号、房号、来电人、事项', '0001');
    await page.getByTestId('call-table').locator('mark[data-search-hit="0001"]').waitFor();

    await page.goto(`${web.bridge.url}#/loss-declarations`);
    await page.getByPlaceholder('编号、客户姓名、房号或票据号码').fill('1502');
    await page.getByTestId('loss-table').locator('mark[data-search-hit="1502"]').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('exports nothing on Enter in the month picker, and asks once, naming the open items and the archive already there', async () => {
    await page.goto(`${web.bridge.url}#/archive`);
    const card = page.getByTestId('archive-export');
    await page.getByTestId('archive-out').fill(out);
    await card.getByRole('radio', { name: '指定月份' }).check();
    const month = card.getByPlaceholder('请选择月份');
    await month.click();
    await month.fill('2026-10');
    await month.press('Enter');
    await expect.poll(() => month.inputValue()).toBe('2026-10');

    // The button asks first; cancelled, nothing was written.
    await page.getByTestId('archive-export-start').click();
    const confirm = page.getByTestId('archive-export-confirm');
    await confirm.waitFor();
    const said = await confirm.innerText();
    expect(said).toContain('taizhang-JX01-2026-10.zip');
    expect(said).toContain('还有 2 件未办结');
    await page.getByRole('button', { name: '取消' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await card.getByTestId('archive-export-progress').count()).toBe(0);

    await page.getByTestId('archive-export-start').click();
    await confirm.waitFor();
    await page.getByRole('button', { name: '确认导出' }).click();
    await card.getByText('已导出').waitFor({ timeout: 60_000 });
    expect(readdirSync(out)).toEqual(['taizhang-JX01-2026-10.zip']);
    // One export in the audit history: the Enter in the picker started none.
    expect((await web.app.call('archive.plan', { period: { month: '2026-10' } })).exportedAt).toHaveLength(1);

    // A second export of the month says the first is there and what the new file will be called; cancelled, no -2.
    await page.getByTestId('archive-export-start').click();
    await page.getByTestId('archive-existing').filter({ hasText: 'taizhang-JX01-2026-10.zip' }).waitFor();
    expect(await page.getByTestId('archive-existing').innerText()).toContain('taizhang-JX01-2026-10-2.zip');
    await page.getByRole('button', { name: '取消' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(readdirSync(out)).toEqual(['taizhang-JX01-2026-10.zip']);
    expect(pageErrors).toEqual([]);
  });

  it('月结 asks once with the month’s open items', async () => {
    await page.goto(`${web.bridge.url}#/statistics?from=2026-10`);
    await page.getByTestId('month-close').click();
    const confirm = page.getByTestId('month-close-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('还有 2 件未办结');
    expect(await confirm.getByRole('link').count()).toBe(2);
    await page.getByRole('button', { name: '取消' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await page.getByTestId('month-closed').count()).toBe(0);

    await page.getByTestId('month-close').click();
    await page.getByRole('button', { name: '确认月结' }).click();
    await page.getByTestId('month-closed').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('归档 says why it cannot be done before it is pressed, its button disabled', async () => {
    await page.goto(`${web.bridge.url}#/complaints/${resolvedId}`);
    await page.getByTestId('complaint-actions').getByRole('button', { name: '归档', exact: true }).click();
    await page.getByTestId('step-blocked').filter({ hasText: '还没有扫描上传' }).waitFor();
    expect(await page.getByRole('dialog').getByRole('button', { name: '归档', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('dialog').getByRole('button', { name: '取消', exact: true }).click();
    await page.getByTestId('step-blocked').waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });
});
