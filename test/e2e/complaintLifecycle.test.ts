import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskPhone } from '../../shared/domain/masking';
import type { Department, Staff, Room } from '../../shared/domain/office/officeRecords';
import { closePrintPreview, downloadPreviewPdf, launchChromium, startWebOffice, openOfficePage, pickOption, type WebOffice } from '../helpers/browser';
import { officeDay, officeTime } from '../helpers/officeClock';
import { pdfText } from '../helpers/pdf';

const password = 'staff-pass';

/**
 * One complaint's whole life, as the people at the office do it in Chromium against the real services: the clerk
 * logs it, dispatches it and prints the 派工单; the engineer collects the order from the department's queue and
 * records the handling; the supervisor approves; the clerk calls the owner back, prints the form, uploads the signed
 * scan and archives it. Then an unsatisfied owner reopens a case, and a correction after printing needs a reason.
 * People sign in through the service (the sign-in screen is not part of this test); the session is the browser's.
 */
describe('complaint lifecycle in the browser', () => {
  let office: WebOffice;
  let browser: Browser;
  let page: Page;
  let room: Room;
  let engineering: Department;
  let clerk: Staff;
  let supervisor: Staff;
  let engineer: Staff;
  const pageErrors: string[] = [];
  const downloads = mkdtempSync(join(tmpdir(), 'taizhang-lifecycle-'));

  beforeAll(async () => {
    office = await startWebOffice();
    const { app } = office;
    await app.call('auth.setup', { name: '林经理', password: 'manager-pass' });
    await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    const departments = await app.call('departments.list', {});
    const service = departments.find((department) => department.name === '客户服务部')!;
    engineering = departments.find((department) => department.name.startsWith('工程部'))!;
    clerk = await app.call('staff.save', { name: '王堃', departmentId: service.id, role: 'clerk', phone: '13800138000' });
    supervisor = await app.call('staff.save', { name: '周珺', departmentId: service.id, role: 'supervisor' });
    engineer = await app.call('staff.save', { name: '李犇', departmentId: engineering.id, role: 'clerk' });
    for (const member of [clerk, supervisor, engineer]) await app.call('staff.setPassword', { staffId: member.id, password });
    room = await app.call('rooms.save', { building: '3', unit: '1', roomNo: '1502', owners: [{ name: '陈喆', phone: '13912345678' }] });

    browser = await launchChromium();
    page = await openOfficePage(browser, office, pageErrors, { acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
    await office?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  /** Sign in on the desk's session (shared with the browser) and show `path` as that person. */
  async function actAs(member: Staff, path: string) {
    await office.app.call('auth.signIn', { staffId: member.id, password });
    await page.goto(`${office.bridge.url}#${path}`);
    await page.reload();
  }

  /** An antd Select with search: type what the option says and take the first match with Enter, as the keyboard does. */
  async function choose(label: string, option: string) {
    const input = page.getByRole('dialog').getByLabel(label, { exact: true });
    await input.click();
    await input.fill(option);
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option }).first().waitFor();
    await input.press('Enter');
  }

  const dialogButton = (name: string) => page.getByRole('dialog').getByRole('button', { name, exact: true });
  const actionButton = (name: string) => page.getByTestId('complaint-actions').getByRole('button', { name, exact: true });
  const status = (text: string) => page.getByTestId('complaint-status').filter({ hasText: text }).waitFor();

  /** Download the preview's PDF, close the preview and read the PDF back. */
  async function downloadPreview(): Promise<{ file: string; text: string }> {
    const file = await downloadPreviewPdf(page, downloads);
    await closePrintPreview(page);
    return { file, text: pdfText(file) };
  }

  const content = '楼上卫生间漏水,我家天花板渗水发霉,已经持续一周。';
  const findings = '现场查看属实,楼上防水层破损导致渗漏。';
  const comment = '同意处理结果,三日内回访业主。';
  let complaintId = 0;
  let number = '';
  let orderNumber = '';
  let signedForm: Buffer;
  let reopenedId = 0;

  it('logs the complaint through the form, naming the signed-in clerk as receiver', async () => {
    await actAs(clerk, '/complaints/new');
    await page.getByTestId('intake-receiver').filter({ hasText: clerk.name }).waitFor();
    await page.getByLabel('房号').fill(room.label);
    await page.locator('.ant-select-item-option').filter({ hasText: room.label }).first().click();
    await expect.poll(() => page.getByLabel('投诉人').inputValue()).toBe('陈喆');
    await page.getByLabel('投诉内容').fill(content);
    await pickOption(page.getByLabel('被投诉部门'), engineering.name);
    await page.getByRole('radio', { name: '维修服务' }).check();
    await page.getByRole('radio', { name: '一般', exact: true }).check();
    await page.getByRole('button', { name: '保存投诉' }).click();

    await page.waitForURL(/#\/complaints\/\d+$/);
    complaintId = Number(/(\d+)$/.exec(page.url())![1]);
    await status('已受理');
    const { complaint } = await office.app.call('complaints.get', { id: complaintId });
    number = complaint.number;
    expect(complaint).toMatchObject({ receiverName: clerk.name, roomLabel: room.label, content, revision: 0, printedRevision: null });
    expect(await page.getByTestId('complaint-descriptions').innerText()).toContain(number);
  });

  it('prints the form at once, then dispatches to engineering and prints the 派工单 it offers', async () => {
    // The desk prints the record for the file: revision 0 is now on paper, so the next step makes revision 1.
    await page.getByTestId('print-complaint').click();
    await downloadPreview();
    await page.getByTestId('complaint-revision').filter({ hasText: '已打印第 0 版' }).waitFor();

    await actionButton('派工').click();
    // The complained-about department is proposed; its people are offered first.
    await page.getByRole('dialog').getByTitle(engineering.name).waitFor();
    await choose('接单人', engineer.name);
    await page.getByRole('dialog').getByLabel('派工说明').fill('业主下午在家');
    await dialogButton('派工').click();

    const offer = page.locator('.ant-modal-confirm');
    await offer.filter({ hasText: '已开出' }).waitFor();
    orderNumber = /PG-\d{6}-\d{4}/.exec(await offer.innerText())?.[0] ?? '';
    expect(orderNumber).not.toBe('');
    await offer.getByRole('button', { name: '打印派工单' }).click();
    const { text } = await downloadPreview();
    for (const expected of [orderNumber, number, engineer.name, room.label]) expect(text).toContain(expected);

    await status('已派工');
    await page.getByTestId('complaint-revision').filter({ hasText: '第 1 版' }).waitFor();
    await page.getByTestId('complaint-work-orders').getByText(orderNumber).waitFor();
  });

  it("shows the order in the engineer's department queue, where it is collected", async () => {
    await actAs(engineer, '/work-orders');
    // The queue opens on the signed-in person's own department.
    const row = page.getByTestId('work-order-table').getByRole('row').filter({ hasText: orderNumber });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain(number);
    expect(text).toContain(room.label);
    expect(text).toContain(maskPhone('13912345678'));
    expect(text).not.toContain('13912345678');
    expect(text).toContain('待接单');
    await row.getByRole('button', { name: '接单' }).click();
    await row.filter({ hasText: '已接单' }).waitFor();

    await row.getByRole('link', { name: number }).click();
    await page.waitForURL(new RegExp(`#/complaints/${complaintId}$`));
    await status('处理中');
  });

  it('records the investigation and sends it for review; a clerk cannot approve', async () => {
    await actionButton('登记调查处理').click();
    const dialog = page.getByRole('dialog');
    // The assignee is proposed as 调查人.
    await dialog.getByTitle(engineer.name).waitFor();
    await dialog.getByRole('radio', { name: '有效投诉' }).check();
    await dialog.getByLabel('调查情况及结果').fill(findings);
    await dialog.getByLabel('应急措施').fill('关闭楼上进水阀,放置接水桶');
    // 有应急措施时请选择实施人: the form says so before anything is sent.
    await dialogButton('提交审核').click();
    await dialog.getByText('有应急措施时请选择实施人').waitFor();
    await choose('实施人', engineer.name);
    await dialog.getByLabel('原因分析').fill('楼上卫生间防水层老化破损。');
    await dialog.getByLabel('要求纠正期限').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: /^3天$/ }).click();
    await dialog.getByLabel('纠正措施').fill('重做楼上卫生间防水。');
    await dialog.getByLabel('处理结果').fill('已重做防水,天花板修补完毕。');
    await dialog.getByLabel('过失人').fill('无');
    await dialogButton('提交审核').click();

    await status('待审核');
    await page.getByTestId('complaint-handling').getByText(findings).waitFor();
    expect(await actionButton('审核批示').count()).toBe(0);
  });

  it('is approved by the supervisor with a 批示', async () => {
    await actAs(supervisor, `/complaints/${complaintId}`);
    await actionButton('审核批示').click();
    await page.getByRole('dialog').getByLabel('批示').fill(comment);
    // Ctrl+Enter in a text area saves, as everywhere.
    await page.getByRole('dialog').getByLabel('批示').press('Control+Enter');
    await status('待回访');
    await page.getByTestId('review-comment').filter({ hasText: comment }).waitFor();
  });

  it('is revisited by the clerk; the satisfied owner closes it (销项)', async () => {
    await actAs(clerk, `/complaints/${complaintId}`);
    await actionButton('回访').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('业户意见').fill('已修好,业主表示满意。');
    // The revisit form asks about the result and about the staff's attitude separately.
    await dialog.getByTestId('result-satisfaction').getByRole('radio', { name: '满意', exact: true }).check();
    await dialog.getByTestId('attitude-satisfaction').getByRole('radio', { name: '满意', exact: true }).check();
    await dialogButton('保存回访').click();
    await status('已销项');
    await page.getByTestId('complaint-revisits').getByText('已修好,业主表示满意。').waitFor();
  });

  it('prints the 业主投诉处理记录表 with the number, revision, findings and 批示', async () => {
    await page.getByTestId('print-complaint').click();
    const { file, text } = await downloadPreview();
    expect(file).toContain(`${number}-R1`);
    const flat = text.replace(/\s/g, '');
    for (const expected of [number, '第1版', findings, comment, engineer.name, '已修好,业主表示满意。']) expect(flat).toContain(expected.replace(/\s/g, ''));
    signedForm = readFileSync(file);
    await page.getByTestId('complaint-revision').filter({ hasText: '已打印第 1 版' }).waitFor();
  });

  it('says why it cannot archive before the signed scan is back, then takes the scan and archives', async () => {
    await actionButton('归档').click();
    // The reason is shown before anything is pressed, and the button that could only be refused is disabled.
    await page.getByTestId('step-blocked').filter({ hasText: '还没有扫描上传' }).waitFor();
    expect(await dialogButton('归档').isDisabled()).toBe(true);
    await dialogButton('取消').click();
    await page.getByTestId('step-blocked').waitFor({ state: 'detached' });

    await actionButton('上传签字扫描件').click();
    await page.getByRole('dialog').locator('input[type=file]').setInputFiles({ name: '签字表.pdf', mimeType: 'application/pdf', buffer: signedForm });
    await page.getByTestId('scan-file-name').filter({ hasText: '签字表.pdf' }).waitFor();
    await dialogButton('上传').click();
    const attachments = page.getByTestId('complaint-attachments');
    await attachments.getByText('签字表.pdf').waitFor();
    expect(await attachments.innerText()).toContain('第 1 版');

    // The stored scan comes back byte for byte.
    await attachments.getByRole('button', { name: '查看/下载' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-attachment').press('Enter')]);
    const file = join(downloads, 'scan-back.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).equals(signedForm)).toBe(true);
    await page.getByTestId('close-attachment').click();
    await page.getByTestId('download-attachment').waitFor({ state: 'detached' });

    await actionButton('归档').click();
    // 归档负责人 is the signed-in clerk unless changed.
    await page.getByRole('dialog').getByTitle(clerk.name).waitFor();
    await dialogButton('归档').click();
    await status('已归档');
    const history = await page.getByTestId('complaint-history').innerText();
    for (const expected of ['受理', '派工', '接单', '调查处理', '审核同意', '销项', '上传签字件', '归档', '批示：空 → ']) expect(history).toContain(expected);
    expect(await page.getByTestId('complaint-actions').getByRole('button', { name: '归档' }).count()).toBe(0);
  });

  it('reopens a case when the owner is not satisfied (第 1 轮), and a correction after printing needs a reason', async () => {
    // Brought to 待回访 through the services, as the people before did through the screens.
    const asClerk = office.app.as(clerk.id);
    const created = await asClerk.call('complaints.create', {
      receivedAt: officeTime.slice(0, 16),
      channel: 'phone',
      complainantName: '陈喆',
      roomId: room.id,
      phone: '13912345678',
      content: '电梯厅灯不亮。',
      demand: '尽快修好',
      category: 'maintenance',
      severity: 'general',
    });
    const order = await asClerk.call('complaints.dispatch', { id: created.id, departmentId: engineering.id, assigneeStaffId: engineer.id });
    await office.app.as(engineer.id).call('workOrders.collect', { id: order.id });
    await office.app.as(engineer.id).call('complaints.recordHandling', { id: created.id, investigatorStaffId: engineer.id, findings: '灯管损坏。', validity: 'valid', result: '已更换灯管。' });
    await office.app.as(supervisor.id).call('complaints.review', { id: created.id, decision: 'approve', comment: '同意。' });

    reopenedId = created.id;
    await actAs(clerk, `/complaints/${created.id}`);
    await actionButton('回访').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('业户意见').fill('灯又不亮了。');
    await dialog.getByTestId('result-satisfaction').getByRole('radio', { name: '不满意' }).check();
    await dialog.getByTestId('attitude-satisfaction').getByRole('radio', { name: '较满意' }).check();
    await page.getByTestId('reopen-warning').filter({ hasText: '第 1 轮' }).waitFor();
    await dialogButton('保存回访').click();
    await status('处理中');
    await page.getByTestId('complaint-status').filter({ hasText: '第 1 轮' }).waitFor();
    await page.getByTestId('complaint-revisits').getByText('重新处理').waitFor();
    await page.getByTestId('complaint-alerts').filter({ hasText: '回访不满意' }).waitFor();

    // Printed for signature, the record needs a reason to be corrected, and the correction is a new revision.
    await page.getByTestId('print-complaint').click();
    await downloadPreview();
    await page.getByTestId('complaint-revision').filter({ hasText: '已打印' }).waitFor();
    const before = (await office.app.call('complaints.get', { id: created.id })).complaint.revision;
    await actionButton('更正登记内容').click();
    await page.getByRole('dialog').getByLabel('投诉要求').fill('今天之内修好');
    await dialogButton('保存更正').click();
    await page.getByRole('dialog').getByText('已打印的记录更正须填写原因').waitFor();
    await page.getByRole('dialog').getByLabel('原因').fill('业主来电补充要求');
    await dialogButton('保存更正').click();
    await page.getByTestId('complaint-revision').filter({ hasText: `第 ${before + 1} 版` }).waitFor();
    const last = page.getByTestId('complaint-history').locator('.ant-timeline-item').last();
    const text = await last.innerText();
    for (const expected of ['更正', `第 ${before + 1} 版`, '原因：业主来电补充要求', '投诉要求：尽快修好 → 今天之内修好']) expect(text).toContain(expected);

    // The list counts the round and shows the time limit.
    await page.goto(`${office.bridge.url}#/complaints`);
    const row = page.getByTestId('complaint-table').getByRole('row').filter({ hasText: created.number });
    await row.filter({ hasText: '第1轮' }).waitFor();
    expect(await row.locator('[data-deadline-state]').count()).toBe(1);
  });

  it('takes an extension request to a supervisor, and a CAPA report from request to print', async () => {
    await actAs(clerk, `/complaints/${reopenedId}`);
    await actionButton('申请延期').click();
    const dialog = page.getByRole('dialog');
    // The new limit is proposed a day after the current one.
    await dialog.getByLabel('原因').fill('更换灯具需等配件到货');
    await dialog.getByLabel('已告知业主的临时处理措施').fill('已在电梯厅加装临时照明并告知业主');
    await dialogButton('提交申请').click();
    const extensions = page.getByTestId('complaint-extensions');
    await extensions.getByText('待审批').waitFor();
    // Only a supervisor decides.
    expect(await extensions.getByRole('button', { name: '批准', exact: true }).count()).toBe(0);

    await actAs(supervisor, `/complaints/${reopenedId}`);
    await extensions.getByRole('button', { name: '批准', exact: true }).click();
    await page.getByRole('dialog').getByLabel('审批意见').fill('同意延期');
    await dialogButton('批准').click();
    await extensions.getByText('已批准').waitFor();
    const { complaint, extensions: stored } = await office.app.call('complaints.get', { id: reopenedId });
    expect(complaint.dueAt).toBe(stored[0]!.requestedDueAt);
    expect(complaint.extensionCount).toBe(1);

    await actionButton('要求纠正/预防措施报告').click();
    await page.getByRole('dialog').getByLabel('说明').fill('同一位置反复损坏');
    await dialogButton('发出要求').click();
    const capa = page.getByTestId('complaint-capa');
    await capa.getByText('待提交').waitFor();
    await capa.getByRole('button', { name: '填写报告' }).click();
    const report = page.getByRole('dialog');
    await report.getByLabel('不合格事实').fill('电梯厅灯具一月内两次损坏。');
    await report.getByLabel('原因分析').fill('灯具质量差,线路老化。');
    await report.getByLabel('纠正措施').fill('更换灯具和线路。');
    await report.getByLabel('预防措施').fill('每月巡检公共照明。');
    await report.getByLabel('责任人').fill('李犇');
    await report.getByLabel('计划完成日期').fill(officeDay);
    // Enter in the last field takes the typed date and saves, as in every form.
    await report.getByLabel('计划完成日期').press('Enter');
    await capa.getByText('已提交').waitFor();
    const [capaReport] = (await office.app.call('complaints.get', { id: reopenedId })).capaReports;
    await capa.getByRole('button', { name: '打印' }).click();
    const { text } = await downloadPreview();
    expect(text.replace(/\s/g, '')).toContain('电梯厅灯具一月内两次损坏。');
    expect(text).toContain(capaReport!.number);
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
