import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExperienceEntry } from '../../shared/domain/experience/experience';
import { launchChromium, openOfficePage, signIn, startWebOffice, type WebOffice } from '../helpers/browser';
import { minimalIntake } from '../helpers/intakeFixture';
import { staffPassword, testManager } from '../helpers/testApp';

/**
 * 经验库 on the intake form, in Chromium against the real services: a clerk types a leak complaint, 漏水 is marked,
 * the leak procedure and a past leak case come first, and one key fills category and department.
 */
describe('experience suggestions in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  let procedure: ExperienceEntry;
  let leakCase = '';
  let engineering = 0;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    office = await startWebOffice();
    const { app } = office;
    await app.call('auth.setup', testManager);
    await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    const departments = await app.call('departments.list', {});
    const service = departments.find((department) => department.name === '客户服务部')!;
    engineering = departments.find((department) => department.name.startsWith('工程部'))!.id;
    const order = departments.find((department) => department.name.startsWith('秩序'))!.id;
    const clerk = await app.call('staff.save', { name: '王堃', departmentId: service.id, role: 'clerk' });
    await app.call('staff.setPassword', { staffId: clerk.id, password: staffPassword });
    procedure = await app.call('experience.save', {
      title: '漏水、渗水处理',
      text: '天花板滴水、墙面渗水、水管漏水、楼上渗漏到楼下,先止水再查源头。',
      category: 'maintenance',
      departmentId: engineering,
      steps: ['关闭相关阀门', '工程部 30 分钟内到场'],
    });
    await app.call('experience.save', { title: '噪音扰民', text: '邻居噪音、装修噪音、广场舞等扰民问题。', category: 'order', departmentId: order });
    const asClerk = app.as(clerk.id);
    leakCase = (await asClerk.call('complaints.create', minimalIntake({ content: '楼上卫生间漏水,我家天花板渗水发霉', targetDepartmentId: engineering }))).number;
    await asClerk.call('complaints.create', minimalIntake({ content: '楼下广场舞音响太吵', category: 'order', targetDepartmentId: order, receivedAt: '2026-11-23T09:40' }));
    await asClerk.call('calls.create', { callerName: '陈喆', matter: '楼上卫生间漏水,问什么时候能来修' });
    await app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors);
    await page.goto(office.bridge.url);
    await signIn(page, '王堃', staffPassword);
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  it('marks 漏水, offers the leak procedure and the past leak case first, and Alt+Y fills category and department', async () => {
    await page.keyboard.press('Alt+N');
    await page.getByTestId('complaint-intake-form').waitFor();
    await page.getByLabel('投诉内容').fill('1903 的业主说卫生间天花板漏水,墙角也在渗水。');

    const panel = page.getByTestId('experience-panel');
    await panel.locator('mark[data-keyword="漏水"]').first().waitFor();
    // The room number is who complained, not what about: never a key word.
    expect(await page.getByTestId('experience-keywords').locator('.ant-tag').allInnerTexts()).not.toContain('1903');

    const matches = panel.getByTestId('experience-match');
    await expect.poll(() => matches.count()).toBeGreaterThanOrEqual(2);
    const firstTwo = [await matches.nth(0).getAttribute('data-ref'), await matches.nth(1).getAttribute('data-ref')];
    expect(firstTwo.sort()).toEqual([procedure.ref, leakCase].sort());
    expect(await matches.nth(0).locator('mark[data-keyword="漏水"]').count()).toBeGreaterThan(0);
    expect(await panel.getByText('噪音扰民').count()).toBe(0);

    // Nothing applied until the clerk accepts.
    await panel.getByTestId('experience-suggestion').filter({ hasText: '维修服务' }).waitFor();
    expect(await page.getByRole('radio', { name: '维修服务' }).isChecked()).toBe(false);
    const department = page.getByTestId('complaint-intake-form').locator('.ant-form-item').filter({ has: page.getByLabel('被投诉部门') });
    expect(await department.innerText()).not.toContain('工程部');
    await page.keyboard.press('Alt+Y');
    await expect.poll(() => page.getByRole('radio', { name: '维修服务' }).isChecked()).toBe(true);
    expect(await department.innerText()).toContain('工程部(运行维护部)');
    expect(pageErrors).toEqual([]);
  });

  it('marks the key words in the list’s summaries and on the record page, which offers the leak procedure', async () => {
    await page.goto(`${office.bridge.url}#/complaints`);
    const table = page.getByTestId('complaint-table');
    await table.locator('mark[data-keyword="漏水"]').first().waitFor();
    await table.getByText(leakCase).click();
    const section = page.getByTestId('complaint-experience');
    await section.locator('mark[data-keyword="漏水"]').first().waitFor();
    await section.locator(`[data-testid="experience-match"][data-ref="${procedure.ref}"]`).waitFor();
    // Never the case itself among its matches.
    expect(await section.locator(`[data-testid="experience-match"][data-ref="${leakCase}"]`).count()).toBe(0);
  });

  it('marks the key words in the day’s call log', async () => {
    await page.getByRole('menuitem', { name: '来电记录' }).click();
    await page.locator('mark[data-keyword="漏水"]').first().waitFor();
  });

  it('shows the base in 设置 → 经验库, read-only for a clerk', async () => {
    await page.goto(`${office.bridge.url}#/settings?tab=experience`);
    const entries = page.getByTestId('experience-entries');
    await entries.getByText('漏水、渗水处理').waitFor();
    expect(await entries.getByText(procedure.ref).count()).toBe(1);
    expect(await page.getByRole('button', { name: '新增标准处理流程' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
