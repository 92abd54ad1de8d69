import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Department, Room, Staff } from '../../shared/domain/office/officeRecords';
import { launchChromium, openOfficePage, signIn, startWebOffice, type WebOffice } from '../helpers/browser';
import { officeTime } from '../helpers/officeClock';
import { staffPassword, testManager } from '../helpers/testApp';

/**
 * Issue 16 point 8 in Chromium: 工程部's own worker (部门员工) signs in on the sign-in screen and lands on 本部门工单,
 * a shell with nothing else. They see their department's repairs and complaint orders by deadline (not 保洁部's),
 * collect a repair, record arrival and completion, answer one complaint's order and dispute another.
 */
describe('a department worker’s queue in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  let engineering: Department;
  let worker: Staff;
  let clerk: Staff;
  let room: Room;
  const pageErrors: string[] = [];
  /** Every refused call the page made: the worker's screen must ask only what the role may. */
  const refusals: string[] = [];
  const answersRead: Promise<void>[] = [];
  const ids = { repair: 0, handled: 0, disputed: 0 };
  const numbers = { repair: '', handled: '', disputed: '', theirs: '' };

  beforeAll(async () => {
    office = await startWebOffice();
    const { app } = office;
    await app.call('auth.setup', testManager);
    await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    const departments = await app.call('departments.list', {});
    const service = departments.find((department) => department.name === '客户服务部')!;
    const cleaning = departments.find((department) => department.name.startsWith('保洁部'))!;
    engineering = departments.find((department) => department.name.startsWith('工程部'))!;
    clerk = await app.call('staff.save', { name: '王堃', departmentId: service.id, role: 'clerk', phone: '13800138000' });
    worker = await app.call('staff.save', { name: '李犇', departmentId: engineering.id, role: 'departmentStaff', phone: '13700137000' });
    const cleaner = await app.call('staff.save', { name: '赵淼', departmentId: cleaning.id, role: 'departmentStaff' });
    for (const member of [clerk, worker, cleaner]) await app.call('staff.setPassword', { staffId: member.id, password: staffPassword });
    room = await app.call('rooms.save', { building: '3', unit: '1', roomNo: '1502', owners: [{ name: '陈喆', phone: '13912345678' }] });

    const asClerk = app.as(clerk.id);
    const repair = (content: string) =>
      asClerk.call('repairs.create', {
        reportedAt: officeTime.slice(0, 16), roomId: room.id, reporterName: '陈喆', phone: '13912345678', location: '主卫',
        content, category: 'plumbing', workKind: 'repair', urgency: 'normal',
      });
    const complaint = (content: string) =>
      asClerk.call('complaints.create', {
        receivedAt: officeTime.slice(0, 16), channel: 'phone', complainantName: '陈喆', roomId: room.id, phone: '13912345678',
        content, category: 'maintenance', severity: 'general',
      });
    const ours = await repair('卫生间水龙头漏水,关不紧。');
    await asClerk.call('repairs.dispatch', { id: ours.id, departmentId: engineering.id, assigneeStaffId: worker.id });
    const theirs = await repair('楼道地面有油污,请清洗。');
    await asClerk.call('repairs.dispatch', { id: theirs.id, departmentId: cleaning.id, assigneeStaffId: cleaner.id });
    const handled = await complaint('楼上卫生间漏水,天花板渗水。');
    const handledOrder = await asClerk.call('complaints.dispatch', { id: handled.id, departmentId: engineering.id, assigneeStaffId: worker.id });
    const disputed = await complaint('小区路灯晚上不亮。');
    const disputedOrder = await asClerk.call('complaints.dispatch', { id: disputed.id, departmentId: engineering.id, assigneeStaffId: worker.id });
    const cleaningComplaint = await complaint('垃圾桶三天没有清运。');
    const cleaningOrder = await asClerk.call('complaints.dispatch', { id: cleaningComplaint.id, departmentId: cleaning.id, assigneeStaffId: cleaner.id });
    Object.assign(ids, { repair: ours.id, handled: handled.id, disputed: disputed.id });
    Object.assign(numbers, { repair: ours.number, handled: handledOrder.number, disputed: disputedOrder.number, theirs: cleaningOrder.number });

    // Half an hour on: the repair was to be collected within 10 minutes of dispatch, so it is overdue.
    await app.call('auth.signOut', {});
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors);
    await office.moveTo('2026-11-23T10:30:00');
    page.on('response', (response) => {
      if (!response.url().includes('/ipc/')) return;
      const read = response
        .json()
        .then((body: { ok?: boolean; error?: { message?: string } }) => {
          if (body.ok === false) refusals.push(`${decodeURIComponent(response.url().split('/ipc/')[1] ?? '')}: ${body.error?.message ?? ''}`);
        })
        .catch(() => undefined);
      answersRead.push(read);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  const queue = () => page.getByTestId('department-queue');
  const row = (text: string) => queue().locator('tr.ant-table-row', { hasText: text });

  it('signs the worker in to 本部门工单, with no desk and no other menu', async () => {
    await page.goto(office.bridge.url);
    await signIn(page, worker.name, staffPassword);
    await page.waitForURL(/#\/queue$/);
    await queue().waitFor();
    expect(await page.getByRole('menuitem').allInnerTexts()).toEqual(['本部门工单']);
    expect(await page.getByText('今日待办').count()).toBe(0);
    // Their own password and signing out are there; nothing of the office's settings.
    await page.getByRole('button', { name: '修改密码' }).waitFor();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    expect(await page.getByText('设置', { exact: true }).count()).toBe(0);
  });

  it('lists only 工程部’s repairs and work orders, the soonest due first, the overdue one marked, phones masked', async () => {
    await row(numbers.repair).waitFor();
    const texts = await queue().locator('tr.ant-table-row').allInnerTexts();
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain(numbers.repair);
    expect(texts.join('\n')).not.toContain(numbers.theirs);
    expect(texts.join('\n')).not.toContain('楼道地面有油污');
    expect(texts.join('\n')).not.toContain('垃圾桶');
    for (const text of texts) {
      expect(text).toContain('3-1-1502');
      expect(text).toContain('139****5678');
      expect(text).not.toContain('13912345678');
    }
    expect(texts[0]).toContain('接单期限');
    expect(await row(numbers.repair).getAttribute('data-overdue')).toBe('true');
    expect(await row(numbers.handled).getAttribute('data-overdue')).toBe('false');
    expect(await page.getByTestId('queue-overdue-count').innerText()).toBe('已超时 1 张');
  });

  it('sends any other address typed by hand back to the queue', async () => {
    for (const path of ['/desk', '/complaints', '/settings', '/statistics']) {
      await page.goto(`${office.bridge.url}#${path}`);
      await page.waitForURL(/#\/queue$/);
      await row(numbers.repair).waitFor();
    }
  });

  it('collects the repair, records arrival, then completes it with its result and charge', async () => {
    await row(numbers.repair).getByRole('button', { name: '接单' }).click();
    await row(numbers.repair).filter({ hasText: '已接单' }).getByRole('button', { name: '到场' }).click();
    await row(numbers.repair).filter({ hasText: '处理中' }).getByRole('button', { name: '处理完成' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('处理结果').fill('更换水龙头阀芯,试水不漏。');
    await dialog.getByLabel('材料').fill('阀芯 1 个');
    await dialog.getByRole('radio', { name: '按价目表收费' }).check();
    await dialog.getByLabel('金额(元)').fill('35.5');
    await dialog.getByLabel('金额(元)').press('Enter');
    await row(numbers.repair).waitFor({ state: 'detached' });
    expect((await office.app.as(clerk.id).call('repairs.get', { id: ids.repair })).repair).toMatchObject({ status: 'awaitingRevisit', chargeFen: 3550, completedByName: worker.name });
  });

  it('collects a complaint’s order and records its handling, which sends it for review', async () => {
    await row(numbers.handled).getByRole('button', { name: '接单' }).click();
    await row(numbers.handled).filter({ hasText: '已接单' }).getByRole('button', { name: '登记处理' }).click();
    const dialog = page.getByRole('dialog');
    // The worker is 调查人: nobody else to choose, and no staff list asked for.
    await dialog.getByTitle(worker.name).waitFor();
    await dialog.getByRole('radio', { name: '有效投诉' }).check();
    await dialog.getByLabel('调查情况及结果').fill('现场查看属实,楼上防水层破损。');
    await dialog.getByLabel('处理结果').fill('已重做防水,天花板修补完毕。');
    await dialog.getByLabel('处理结果').press('Control+Enter');
    await row(numbers.handled).waitFor({ state: 'detached' });
    const complaint = await office.app.as(clerk.id).call('complaints.get', { id: ids.handled });
    expect(complaint.complaint).toMatchObject({ status: 'awaitingReview', handledByName: worker.name });
  });

  it('raises a dispute on the other order, which then waits for the decision with nothing to do', async () => {
    await row(numbers.disputed).getByRole('button', { name: '提出异议' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('异议理由').fill('路灯线路属市政管理,不在本部门维修范围。');
    await dialog.getByRole('button', { name: '提出异议' }).click();
    await row(numbers.disputed).filter({ hasText: '异议待裁决' }).waitFor();
    expect(await row(numbers.disputed).getByRole('button').count()).toBe(0);
    expect((await office.app.as(clerk.id).call('complaints.get', { id: ids.disputed })).complaint.status).toBe('disputed');
  });

  it('met no script error and no refused call on the way', async () => {
    await Promise.all(answersRead);
    expect(answersRead.length).toBeGreaterThan(10);
    expect(pageErrors).toEqual([]);
    expect(refusals).toEqual([]);
  });
});
