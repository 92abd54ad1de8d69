import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalIntake } from '../helpers/intakeFixture';
import { launchChromium, signIn, startWebOffice, openOfficePage, type WebOffice } from '../helpers/browser';

/** 归档与备份 in Chromium: a supervisor exports the month to a folder and checks the file it wrote. */
describe('archive page in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  let out: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    office = await startWebOffice();
    out = mkdtempSync(join(tmpdir(), 'taizhang-usb-'));
    await office.app.call('auth.setup', { name: '林经理', password: 'manager-pass' });
    await office.app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    await office.app.call('complaints.create', minimalIntake({ content: '电梯异响' }));
    await office.app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await office?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('exports to the typed folder with progress, then verifies the written archive', async () => {
    await page.goto(office.bridge.url);
    await signIn(page, '林经理', 'manager-pass');
    // Head office is a data folder of its own: an office's menu has no 总部汇总.
    expect(await page.getByRole('menuitem', { name: '总部汇总' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: '归档与备份' }).click();
    await page.getByTestId('archive-out').fill(out);
    await page.getByTestId('archive-export-start').click();
    // Asked once, saying what goes in and under which name.
    const confirm = page.getByTestId('archive-export-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toMatch(/taizhang-JX01-\d{4}-\d{2}\.zip/);
    await page.getByRole('button', { name: '确认导出' }).click();
    const done = page.getByTestId('archive-export').getByText('已导出');
    await done.waitFor({ timeout: 60_000 });
    const [file] = readdirSync(out);
    expect(file).toMatch(/^taizhang-JX01-\d{4}-\d{2}\.zip$/);

    await page.getByTestId('archive-verify-file').fill(join(out, file!));
    await page.getByTestId('archive-verify-start').click();
    await page.getByTestId('archive-verify').getByText('归档完整').waitFor();
    expect(await page.getByTestId('archive-verify').textContent()).toContain('投诉：1 条');
    // Every ledger by its Chinese name: no code name (complaints, repairs) reaches the screen.
    expect(await page.getByTestId('archive-verify').textContent()).not.toMatch(/[A-Za-z]{3,}/);

    await page.getByTestId('archive-verify-file').fill(join(out, 'nothing.zip'));
    await page.getByTestId('archive-verify-start').click();
    await page.getByTestId('archive-verify-problems').getByText('无法读取').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('takes a backup now and lists it', async () => {
    await page.getByTestId('backup-now').click();
    await page.getByTestId('backup-card').getByRole('cell', { name: '手动' }).waitFor();
    expect(readdirSync(join(office.dataDir, 'backups')).filter((name) => name.startsWith('manual-'))).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });
});
