import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTimeLimits } from '../../shared/domain/complaints/complaintLifecycle';
import type { Caller } from '../../electron/app/openApp';
import { launchChromium, signIn, startWebOffice, openOfficePage, pickOption, type WebOffice } from '../helpers/browser';
import { minutesAfter, officeInstant } from '../helpers/officeClock';

/**
 * Signing in at the desk, in Chromium against the real services: the first start, a wrong and a right password,
 * locking (by the button, by the server, by the idle timer) and what a clerk may not change.
 */
describe('sign-in in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  let asManager: Caller;
  const pageErrors: string[] = [];
  const clerk = { name: '王堃', password: 'desk-2468' };
  const manager = { name: '林经理', password: 'lin-2468' };

  beforeAll(async () => {
    office = await startWebOffice();
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  const signInForm = () => page.locator('form#signIn');
  const nameButton = (name: string) => signInForm().getByRole('group', { name: '选择姓名' }).getByRole('button', { name, exact: true });

  it('on first start creates the manager account and signs it in', async () => {
    await page.goto(office.bridge.url);
    await page.getByText('首次使用:创建经理账号').waitFor();
    await page.getByLabel('经理姓名').fill('林经理');
    await page.getByLabel('密码', { exact: true }).fill(manager.password);
    await page.getByLabel('再次输入密码').fill('lin-2460');
    await page.getByRole('button', { name: '创建并登录' }).click();
    await page.getByText('两次输入的密码不一致').waitFor();

    await page.getByLabel('再次输入密码').fill(manager.password);
    await page.getByLabel('再次输入密码').press('Enter');
    const header = page.getByTestId('current-staff');
    await header.filter({ hasText: '林经理' }).waitFor();
    expect(await header.innerText()).toContain('经理/主任');
    await page.waitForURL(/#\/desk$/);

    const status = await office.app.call('auth.status', {});
    expect(status).toMatchObject({ needsSetup: false, signedIn: { name: '林经理', role: 'manager' } });
    asManager = office.app.as(status.signedIn!.staffId);
  });

  it('refuses a wrong password in Chinese, then signs in with the right one', async () => {
    const departments = await asManager.call('departments.list', {});
    const member = await asManager.call('staff.save', { name: clerk.name, departmentId: departments[0]!.id, role: 'clerk' });
    await asManager.call('staff.setPassword', { staffId: member.id, password: clerk.password });

    await page.getByRole('button', { name: '退出登录' }).click();
    await signInForm().waitFor();
    // Signed out, not locked: nobody is preselected.
    expect(await nameButton(clerk.name).getAttribute('aria-pressed')).toBe('false');

    await nameButton(clerk.name).click();
    await page.getByLabel('密码', { exact: true }).fill('0000');
    await page.keyboard.press('Enter');
    await signInForm().getByText('姓名或密码不正确').waitFor();
    expect(await page.getByLabel('密码', { exact: true }).inputValue()).toBe('');
    expect((await office.app.call('auth.status', {})).signedIn).toBeNull();

    await signIn(page, clerk.name, clerk.password);
    expect(await page.getByTestId('current-staff').innerText()).toContain('前台/客服');
  });

  it('locks with the 锁屏 button and offers the same person first', async () => {
    await page.getByRole('menuitem', { name: '投诉台账' }).click();
    await page.waitForURL(/#\/complaints$/);
    await page.getByRole('button', { name: '锁屏' }).click();
    await page.getByText('屏幕已锁定', { exact: true }).waitFor();
    expect(await nameButton(clerk.name).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('signIn_password');
    expect(await office.app.call('auth.status', {})).toMatchObject({ signedIn: null, lockedFor: { name: clerk.name } });

    // Only the password is needed to carry on, on the same page.
    await page.keyboard.type(clerk.password);
    await page.keyboard.press('Enter');
    await page.getByTestId('current-staff').filter({ hasText: clerk.name }).waitFor();
    expect(page.url()).toMatch(/#\/complaints$/);
  });

  it('returns to the sign-in screen when a call finds the session locked', async () => {
    // As the main process does after the idle minutes on its own clock.
    await office.app.call('auth.lock', {});
    await page.getByRole('menuitem', { name: '房屋业主' }).click();
    await signInForm().waitFor();
    expect(await nameButton(clerk.name).getAttribute('aria-pressed')).toBe('true');
    await signIn(page, clerk.name, clerk.password);
  });

  it('shows a clerk the settings read-only, and the server refuses a direct call', async () => {
    await page.goto(`${office.bridge.url}#/settings?tab=limits`);
    await page.getByText('只有主管或经理可以修改处理时限和锁屏设置。').waitFor();
    expect(await page.getByLabel('一般投诉(全案)').isDisabled()).toBe(true);
    expect(await page.getByLabel('无人操作自动锁屏').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '保存' }).count()).toBe(0);

    await page.getByRole('tab', { name: '员工' }).click();
    await page.getByRole('cell', { name: clerk.name }).waitFor();
    expect(await page.getByRole('button', { name: '新增员工' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '设置密码' }).count()).toBe(0);
    await page.getByRole('tab', { name: '工作日历' }).click();
    await page.getByText('只有主管或经理可以修改工作日历。').waitFor();
    expect(await page.getByRole('button', { name: '添加' }).count()).toBe(0);

    const answer = await page.evaluate(async (timeLimits) => {
      const response = await fetch('/ipc/settings.save', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Taizhang-Key': new URLSearchParams(location.search).get('key')! },
        body: JSON.stringify({ timeLimits, idleLockMinutes: 0 }),
      });
      return (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
    }, defaultTimeLimits);
    expect(answer.ok).toBe(false);
    expect(answer.error?.code).toBe('forbidden');
    expect(answer.error?.message).toContain('主管或经理');
    expect((await asManager.call('settings.get', {})).idleLockMinutes).toBe(10);
  });

  it('lets a manager change the time limits and set passwords, which then sign in', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, manager.name, manager.password);
    // The clerk's wrong password earlier is shown to the manager once, at this sign-in.
    const notice = page.getByRole('dialog', { name: '有账号登录时密码错误' });
    await notice.getByText(`${clerk.name}:错误 1 次`).waitFor();
    await notice.getByRole('button', { name: '知道了' }).click();
    await notice.waitFor({ state: 'hidden' });

    await page.goto(`${office.bridge.url}#/settings?tab=limits`);
    await page.getByLabel('一般投诉(全案)').fill('4');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('处理时限与锁屏设置已保存').waitFor();
    expect((await asManager.call('settings.get', {})).timeLimits.general).toBe(4);

    // A new colleague: saving them offers the password at once.
    await page.getByRole('tab', { name: '员工' }).click();
    await page.getByRole('button', { name: '新增员工' }).click();
    await page.getByLabel('员工姓名').fill('周珺');
    await pickOption(page.getByLabel('部门', { exact: true }), '客户服务部');
    await page.getByRole('dialog', { name: '新增员工' }).getByRole('button', { name: '保存' }).click();
    const passwordDialog = page.getByRole('dialog', { name: '为 周珺 设置密码' });
    await passwordDialog.waitFor();
    expect(await page.getByRole('row').filter({ hasText: '周珺' }).innerText()).toContain('未设置');
    await passwordDialog.getByLabel('新密码', { exact: true }).fill('zhou-1357');
    await passwordDialog.getByLabel('再次输入新密码').fill('zhou-1357');
    await passwordDialog.getByLabel('再次输入新密码').press('Enter');
    await passwordDialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await asManager.call('staff.list', {})).find((member) => member.name === '周珺')?.hasPassword).toBe(true);
    // The list shows it: refreshed by the dialog, or at the latest when the tab is opened again.
    await page.getByRole('tab', { name: '部门' }).click();
    await page.getByRole('tab', { name: '员工' }).click();
    await page.getByRole('row').filter({ hasText: '周珺' }).getByText('已设置').waitFor();

    // A forgotten password, reset from the list.
    await page.getByRole('row').filter({ hasText: clerk.name }).getByRole('button', { name: '设置密码' }).click();
    const resetDialog = page.getByRole('dialog', { name: `为 ${clerk.name} 设置密码` });
    await resetDialog.getByLabel('新密码', { exact: true }).fill('wang-8642');
    await resetDialog.getByLabel('再次输入新密码').fill('wang-8642');
    await resetDialog.getByRole('button', { name: '保存' }).click();
    await resetDialog.waitFor({ state: 'hidden' });
    clerk.password = 'wang-8642';

    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, '周珺', 'zhou-1357');
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, clerk.name, clerk.password);
  });

  it('locks the screen itself after the idle minutes (on the page clock)', async () => {
    await asManager.call('settings.save', { timeLimits: defaultTimeLimits, idleLockMinutes: 3 });
    const idlePage = await openOfficePage(browser, office, pageErrors);
    // Each call the page makes, recorded in the page as it is made: what was asked is known without waiting.
    await idlePage.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { ipcCalls: string[] }).ipcCalls = calls;
      const fetchOriginal = window.fetch.bind(window);
      window.fetch = (input, init) => {
        const path = new URL(input instanceof Request ? input.url : String(input), location.href).pathname;
        if (path.startsWith('/ipc/')) calls.push(decodeURIComponent(path.slice('/ipc/'.length)));
        return fetchOriginal(input, init);
      };
    });
    const lockCalls = () => idlePage.evaluate(() => (window as unknown as { ipcCalls: string[] }).ipcCalls.filter((channel) => channel === 'auth.lock').length);
    // This page's Date stands still, so the idle time is exactly what the test sets, however long the steps take.
    const start = office.clock.now();
    await idlePage.clock.setFixedTime(officeInstant(start));
    await idlePage.goto(`${office.bridge.url}#/desk`);
    await idlePage.getByTestId('current-staff').filter({ hasText: clerk.name }).waitFor();

    // Only the page's clock moves, not the app's, so the lock can come from nowhere but the screen's own timer.
    // runFor runs the page's timers through the next 5 s, so the idle check (every 5 s) has run when it returns.
    await idlePage.clock.setFixedTime(officeInstant(minutesAfter(start, 2.5)));
    await idlePage.clock.runFor(5_000);
    expect(await lockCalls()).toBe(0);
    expect(await idlePage.getByTestId('current-staff').count()).toBe(1);

    await idlePage.clock.setFixedTime(officeInstant(minutesAfter(start, 3)));
    await idlePage.clock.runFor(5_000);
    expect(await lockCalls()).toBe(1);
    await idlePage.getByText('屏幕已锁定', { exact: true }).waitFor();
    expect(await office.app.call('auth.status', {})).toMatchObject({ signedIn: null, lockedFor: { name: clerk.name } });
    await idlePage.context().close();
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
