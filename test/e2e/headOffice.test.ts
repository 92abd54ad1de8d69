import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openOfficePage, startWebOffice, type WebOffice } from '../helpers/browser';
import { complaintIntake, openTestOffice } from '../helpers/testApp';
import { complaintAt } from '../helpers/lifecycle';
import { exportArchive } from '../../electron/app/archive/archiveExport';
import { signingKeyFingerprint } from '../../electron/app/archive/officeSigningKey';

/**
 * The app opened on a head-office folder in Chromium: the first start chooses 总部汇总, two offices' archives are
 * imported, the records are filtered by office, a record shows its history and its PDF, statistics sit side by side.
 */
describe('head office in the browser', () => {
  let headOffice: WebOffice;
  let browser: Browser;
  let page: Page;
  let out: string;
  const files: string[] = [];
  const fingerprints: string[] = [];
  let archivedNumber: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'taizhang-e2e-ho-'));
    const jinxiu = await openTestOffice();
    const cuihu = await openTestOffice();
    try {
      await cuihu.app.call('office.save', { name: '翠湖苑管理处', companyName: '安居物业服务有限公司', code: 'CH02' });
      archivedNumber = (await complaintAt(jinxiu, 'archived')).number;
      await jinxiu.asClerk.call('complaints.create', complaintIntake(jinxiu, { category: 'cleaning', content: '楼道垃圾未清' }));
      await cuihu.asClerk.call('complaints.create', complaintIntake(cuihu, { category: 'greening', content: '草坪枯死' }));
      for (const office of [jinxiu, cuihu]) {
        files.push((await exportArchive(office.app.ctx, { outDir: out, staffId: null })).file);
        fingerprints.push((await signingKeyFingerprint(office.app.ctx.db))!);
      }
    } finally {
      await jinxiu.close();
      await cuihu.close();
    }
    headOffice = await startWebOffice();
    browser = await launchChromium();
    page = await openOfficePage(browser, headOffice, pageErrors, { viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await headOffice?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('first start: this computer is for head office; the shell has no desk and imports both archives', async () => {
    await page.goto(headOffice.bridge.url);
    await page.getByText('首次使用:创建经理账号').waitFor();
    await page.getByText('这台电脑用于总部汇总').click();
    await page.getByText('总部汇总:创建第一个账号').waitFor();
    expect(await page.getByTestId('setup-head-office-meaning').innerText()).toContain('选定后不能再改');
    await page.getByLabel('经理姓名').fill('总部林经理');
    await page.getByLabel('密码', { exact: true }).fill('zongbu-2468');
    await page.getByLabel('再次输入密码').fill('zongbu-2468');
    // Picked by mistake: the confirmation's focused answer goes back to 日常登记 and nothing is set up.
    await page.getByRole('button', { name: '创建并登录' }).click();
    const confirmation = page.getByRole('dialog').filter({ hasText: '确定这台电脑用于总部汇总?' });
    await confirmation.waitFor();
    await page.keyboard.press('Enter');
    await confirmation.waitFor({ state: 'detached' });
    await page.getByText('首次使用:创建经理账号').waitFor();
    expect(await page.getByTestId('setup-head-office-meaning').count()).toBe(0);
    expect((await headOffice.app.call('auth.status', {})).needsSetup).toBe(true);
    // Chosen on purpose: confirmed, and the folder becomes head office's.
    await page.getByText('这台电脑用于总部汇总').click();
    await page.getByRole('button', { name: '创建并登录' }).click();
    await confirmation.getByRole('button', { name: '确定,用于总部汇总' }).click();
    await page.getByTestId('head-office-title').waitFor();
    await page.waitForURL(/#\/head-office$/);
    expect(await page.getByRole('menuitem', { name: '今日待办' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '登记投诉' }).count()).toBe(0);

    await page.getByRole('menuitem', { name: '导入归档' }).click();
    await page.getByTestId('head-office-import-files').fill(join(out, 'nothing.zip'));
    await page.getByTestId('head-office-import-start').click();
    await page.getByTestId('head-office-import-error').getByText('整份不导入').waitFor();
    await page.getByTestId('head-office-import-files').fill(files.join('\n'));
    await page.getByTestId('head-office-import-start').click();
    // Each office's first archive waits for its key's fingerprint to be confirmed with the office.
    for (const [index, fingerprint] of fingerprints.entries()) {
      const key = page.getByTestId('head-office-import-key');
      await key.getByText(fingerprint).waitFor();
      expect(await key.innerText()).toContain(index === 0 ? '锦绣花园管理处(JX01)第一次导入' : '翠湖苑管理处(CH02)第一次导入');
      await page.getByTestId('head-office-import-confirm-key').click();
      if (index === 0) await page.getByTestId('head-office-import').getByText('锦绣花园管理处(JX01)2026-11:新增').waitFor();
    }
    await page.getByTestId('head-office-import').getByText('翠湖苑管理处(CH02)2026-11:新增 1').waitFor();
    expect(await page.getByTestId('head-office-import').innerText()).toContain('锦绣花园管理处(JX01)2026-11:此归档已导入过');
    expect(pageErrors).toEqual([]);
  });

  it('filters the records by office, opens one with its history, versions and printed PDF', async () => {
    await page.getByRole('menuitem', { name: '各管理处记录' }).click();
    const records = page.getByTestId('head-office-records');
    await records.getByText('草坪枯死').waitFor();
    await page.getByTestId('head-office-filter').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '翠湖苑管理处(CH02)' }).click();
    await records.getByText('锦绣花园管理处').first().waitFor({ state: 'detached' });
    expect(await records.locator('tbody tr').count()).toBe(1);
    expect(await records.innerText()).toContain('草坪枯死');

    await page.getByTestId('head-office-filter').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '锦绣花园管理处(JX01)' }).click();
    await records.getByRole('link', { name: archivedNumber }).click();
    const record = page.getByTestId('head-office-record');
    await record.waitFor();
    expect(await record.innerText()).toContain(`锦绣花园管理处 · 投诉 ${archivedNumber}`);
    const history = page.getByTestId('head-office-history');
    await history.getByText('归档').first().waitFor();
    expect(await history.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await page.getByTestId('head-office-versions').innerText()).toContain('附件 签字件.pdf');
    // Phones stay masked: the archive was not exported with full data.
    expect(await record.innerText()).toContain('139****5678');
    expect(await record.innerText()).not.toContain('13912345678');

    await page.getByRole('button', { name: '查看打印件' }).click();
    await page.getByTestId('head-office-pdf').waitFor();
    expect(await page.getByTestId('head-office-file-download').innerText()).toContain(`${archivedNumber}-R`);
    expect(await page.getByTestId('head-office-pdf').getAttribute('src')).toMatch(/^blob:/);
    await page.keyboard.press('Escape');
    expect(pageErrors).toEqual([]);
  });

  it('shows both offices statistics side by side for the month', async () => {
    await page.getByRole('menuitem', { name: '统计对比' }).click();
    const statistics = page.getByTestId('head-office-statistics');
    await statistics.locator('.ant-card').first().waitFor();
    const headers = await statistics.locator('.ant-card').first().locator('thead th').allInnerTexts();
    expect(headers).toEqual(['项目', '翠湖苑管理处(CH02)', '锦绣花园管理处(JX01)']);
    expect(await statistics.getByTestId('head-office-statistics-month').innerText()).toContain('2026年11月');
    expect(pageErrors).toEqual([]);
  });

  it('has settings only for what head office needs: accounts, where the records live, checking archives and backups', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('cell', { name: '总部林经理' }).waitFor();
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['账号', '记录存放处', '核对与备份', '关于']);
    await page.getByRole('tab', { name: '核对与备份' }).click();
    await page.getByTestId('backup-now').click();
    await page.getByTestId('backup-card').getByRole('cell', { name: '手动' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
