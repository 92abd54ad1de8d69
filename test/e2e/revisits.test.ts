import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Department, Staff, Room } from '../../shared/domain/office/officeRecords';
import { launchChromium, startWebOffice, openOfficePage, type WebOffice } from '../helpers/browser';
import { officeTime } from '../helpers/officeClock';

const password = 'staff-pass';

/**
 * The revisit queue in Chromium against the real services: a finished complaint waits in the queue, the clerk's
 * unanswered call is logged and counted, then the reached owner is unsatisfied and the complaint reopens.
 */
describe('revisits in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  let clerk: Staff;
  let complaint: { id: number; number: string };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    office = await startWebOffice();
    const { app } = office;
    await app.call('auth.setup', { name: '林经理', password: 'manager-pass' });
    await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    const departments: Department[] = await app.call('departments.list', {});
    const service = departments.find((department) => department.name === '客户服务部')!;
    clerk = await app.call('staff.save', { name: '王堃', departmentId: service.id, role: 'clerk' });
    const supervisor = await app.call('staff.save', { name: '周珺', departmentId: service.id, role: 'supervisor' });
    for (const member of [clerk, supervisor]) await app.call('staff.setPassword', { staffId: member.id, password });
    const room: Room = await app.call('rooms.save', { building: '3', unit: '1', roomNo: '1502', owners: [{ name: '陈喆', phone: '13912345678' }] });

    // Finished through the services: logged, handled, approved (待回访).
    const asClerk = app.as(clerk.id);
    complaint = await asClerk.call('complaints.create', {
      receivedAt: officeTime.slice(0, 16), channel: 'phone', complainantName: '陈喆', roomId: room.id, phone: '13912345678',
      content: '电梯厅灯不亮。', category: 'maintenance', severity: 'general',
    });
    // 工程部 investigates: the desk may then revisit it (职责分离: never the one whose work it checks).
    const engineering = departments.find((department) => department.name.startsWith('工程部'))!;
    const engineer = await app.call('staff.save', { name: '李犇', departmentId: engineering.id, role: 'departmentStaff' });
    await asClerk.call('complaints.recordHandling', { id: complaint.id, investigatorStaffId: engineer.id, findings: '灯管损坏。', validity: 'valid', result: '已更换灯管。' });
    await app.as(supervisor.id).call('complaints.review', { id: complaint.id, decision: 'approve', comment: '同意。' });

    await app.call('auth.signIn', { staffId: clerk.id, password });
    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  const queueRow = () => page.getByTestId('revisit-queue').locator('tr', { hasText: complaint.number });

  it('shows the finished complaint in the queue, due, for the desk to revisit', async () => {
    await page.goto(`${office.bridge.url}#/revisits`);
    await queueRow().waitFor();
    const text = await queueRow().innerText();
    for (const expected of ['待回访', '3-1-1502', '陈喆', '139****5678', '完成后回访', '前台/客服(王堃)']) expect(text).toContain(expected);
    expect(await queueRow().getByTestId('revisit-attempt-count').innerText()).toBe('0 / 0');
  });

  it('logs an unanswered call with its time and who, and the queue counts it', async () => {
    await queueRow().getByTestId('open-revisit').click();
    await page.getByTestId('revisit-subject').getByText(complaint.number).waitFor();
    await page.getByTestId('attempt-noAnswer').click();
    const attempts = page.getByTestId('revisit-attempts');
    await attempts.getByText('无人接听').waitFor();
    expect(await attempts.innerText()).toContain('王堃');

    await page.goto(`${office.bridge.url}#/revisits`);
    await queueRow().getByTestId('revisit-attempt-count').filter({ hasText: '1 / 1' }).waitFor();
    const detail = await office.app.call('revisits.queue', {});
    expect(detail.items.find((item) => item.subjectId === complaint.id)).toMatchObject({ attempts: 1, ownerAttempts: 1 });
  });

  it('records a reached, unsatisfied revisit with its checklist, which reopens the complaint', async () => {
    await queueRow().getByTestId('open-revisit').click();
    await page.getByTestId('revisit-script').getByText('使用情况是否正常', { exact: false }).click();
    await page.getByLabel('业户意见').fill('灯又不亮了。');
    await page.getByTestId('result-satisfaction').getByRole('radio', { name: '不满意' }).check();
    await page.getByTestId('attitude-satisfaction').getByRole('radio', { name: '满意', exact: true }).check();
    await page.getByTestId('reopen-warning').waitFor();
    await page.getByTestId('save-revisit').click();
    await page.getByTestId('revisit-outcome').getByText('业户不满意,已重新处理').waitFor();
    expect(await page.getByTestId('revisit-attempts').innerText()).toContain('已联系上');

    const { complaint: reopened } = await office.app.call('complaints.get', { id: complaint.id });
    expect(reopened).toMatchObject({ status: 'inProgress', round: 1 });
    const queue = await office.app.call('revisits.queue', {});
    expect(queue.items.filter((item) => item.subjectId === complaint.id)).toEqual([]);
    const id = Number(page.url().split('/').at(-1));
    expect((await office.app.call('revisits.get', { id })).revisit.scriptChecks).toEqual(['workingNormally']);
    expect(pageErrors).toEqual([]);
  });
});
