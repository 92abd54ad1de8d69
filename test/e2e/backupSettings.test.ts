import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn, startWebOffice, openOfficePage, type WebOffice } from '../helpers/browser';

/** 备份设置 in Chromium: the rotation counts and a second folder, checked by the main process when saved. */
describe('backup settings in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  let second: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    office = await startWebOffice();
    second = mkdtempSync(join(tmpdir(), 'taizhang-second-'));
    await office.app.call('auth.setup', { name: '林经理', password: 'manager-pass' });
    await office.app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await office?.close();
    rmSync(second, { recursive: true, force: true });
  });

  it('saves the counts and a second folder, refusing a path it cannot use, and copies the next backup there', async () => {
    await page.goto(office.bridge.url);
    await signIn(page, '林经理', 'manager-pass');
    await page.getByRole('menuitem', { name: '归档与备份' }).click();
    await expect.poll(() => page.getByTestId('backup-rotation').textContent()).toContain('保留最近 7 天、4 周、12 个月');
    // The browser mode has no system folder dialog: the path is typed.
    await page.getByTestId('archive-export').getByTestId('archive-out').waitFor();
    expect(await page.getByRole('button', { name: '选择…' }).count()).toBe(0);

    await page.getByTestId('backup-settings').click();
    const dialog = page.getByRole('dialog', { name: '备份设置' });
    await dialog.getByTestId('backup-keepDaily').fill('3');
    await dialog.getByTestId('backup-secondFolder').fill('台账备份');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('请填写完整路径').waitFor();

    await dialog.getByTestId('backup-secondFolder').fill(second);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('backup-rotation').textContent()).toContain(`保留最近 3 天、4 周、12 个月各一份,并复制到 ${second}`);
    expect((await office.app.call('backup.status', {})).settings).toEqual({ keepDaily: 3, keepWeekly: 4, keepMonthly: 12, secondFolder: second });

    await page.getByTestId('backup-now').click();
    await page.getByTestId('backup-card').getByRole('cell', { name: '手动' }).waitFor();
    expect(readdirSync(second).filter((name) => name.startsWith('manual-'))).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });
});
