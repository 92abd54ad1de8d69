import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { startWebOffice, type WebOffice } from './browser';
import { daysBefore, officeTime } from './officeClock';
import { complaintIntake, staffPassword, testManager, type TestOffice } from './testApp';
import { complaintAt } from './lifecycle';
import { completion, dispatchTo, repairIntake } from './repairs';
import { lossIntake } from './lossDeclaration';

export interface AccessibleOffice {
  office: WebOffice;
  clerkName: string;
  /** One record of each kind, for its page. */
  ids: { complaint: number; overdueComplaint: number; repair: number; loss: number; inspection: number; revisit: number; room: number; call: number };
}

/**
 * A web office at the office time with something in every ledger and every colour the lists show: complaints from
 * today back to two weeks ago (今天到期, 已超期 and on track), one at each later step, an urgent repair and a
 * finished one with its revisit, a call, a loss declaration and an inspection. Everybody is signed out.
 */
export async function openAccessibleOffice(): Promise<AccessibleOffice> {
  const office = await startWebOffice();
  const { app } = office;
  await app.call('auth.setup', testManager);
  await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
  const departments = await app.call('departments.list', {});
  const service = departments.find((department) => department.name === '客户服务部')!;
  const engineering = departments.find((department) => department.name.startsWith('工程部'))!;
  const clerk = await app.call('staff.save', { name: '王堃', departmentId: service.id, role: 'clerk', phone: '13800138000' });
  const supervisor = await app.call('staff.save', { name: '周珺', departmentId: service.id, role: 'supervisor' });
  const worker = await app.call('staff.save', { name: '李犇', departmentId: engineering.id, role: 'departmentStaff', phone: '13700137000' });
  for (const staff of [clerk, supervisor, worker]) await app.call('staff.setPassword', { staffId: staff.id, password: staffPassword });
  const room = await app.call('rooms.save', { building: '3', unit: '1', roomNo: '1502', owners: [{ name: '陈喆', phone: '13912345678' }] });
  // The shape the in-process helpers take: the same app, acting as each person.
  const test = {
    app, dataDir: office.dataDir, clerk, supervisor, worker, engineering, room,
    asClerk: app.as(clerk.id), asSupervisor: app.as(supervisor.id), asWorker: app.as(worker.id), close: async () => undefined,
  } satisfies TestOffice;
  const { asClerk } = test;

  // Received 0…14 days ago and left open: some are due today, some late, some still on track.
  const open: number[] = [];
  for (const days of [0, 1, 2, 3, 4, 5, 7, 10, 14]) {
    const receivedAt = daysBefore(officeTime, days).slice(0, 11) + '09:30';
    const created = await asClerk.call('complaints.create', complaintIntake(test, { receivedAt, severity: days === 0 ? 'serious' : 'general' }));
    open.push(created.id);
  }
  await asClerk.call('complaints.dispatch', { id: open[3]!, departmentId: engineering.id, assigneeStaffId: worker.id });
  for (const status of ['awaitingReview', 'awaitingRevisit', 'archived', 'voided'] as const) await complaintAt(test, status);

  const urgent = await asClerk.call('repairs.create', repairIntake(test, { urgency: 'urgent', reportedAt: daysBefore(officeTime, 2).slice(0, 16) }));
  await asClerk.call('repairs.dispatch', dispatchTo(test, urgent.id));
  const done = await asClerk.call('repairs.create', repairIntake(test, { content: '客厅灯不亮。', category: 'electrical' }));
  await asClerk.call('repairs.dispatch', dispatchTo(test, done.id));
  await asClerk.call('repairs.collect', { id: done.id });
  await asClerk.call('repairs.arrive', { id: done.id });
  await asClerk.call('repairs.complete', completion(done.id));
  const revisit = await asClerk.call('revisits.start', { subjectKind: 'repair', subjectId: done.id });

  const call = await asClerk.call('calls.create', { calledAt: '2026-11-23T09:20', roomId: room.id, callerName: '陈喆', phone: '13912345678', matter: '问楼上漏水何时有人上门' });
  const loss = await asClerk.call('lossDeclarations.create', lossIntake(test));
  const inspection = await asClerk.call('inspections.create', {
    complaintId: open[1]!, inspectedAt: '2026-11-23T09:55', place: '3 栋 1 单元电梯', inspectorStaffId: clerk.id,
    findings: '15 楼按钮确实失灵', followUp: '已报电梯维保单位', outcome: 'followUp',
  });
  await app.call('auth.signOut', {});
  return {
    office,
    clerkName: clerk.name,
    ids: { complaint: open[0]!, overdueComplaint: open.at(-1)!, repair: urgent.id, loss: loss.id, inspection: inspection.id, revisit: revisit.revisit.id, room: room.id, call: call.id },
  };
}

/** axe-core's own bundle, evaluated in the page from outside (the page's CSP allows no inline or outside script). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
}

/** The WCAG 2 A and AA violations of the page as it stands, critical and serious only. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // A colour read mid-fade (a link's colour transition, a dialog zooming in) is not the colour the clerk reads:
  // wait for every transition and finite animation to end (a spinner's never does). A dialog's zoom may not have
  // started yet when it is asked: first wait until no dialog or mask is still marked as entering.
  await page.locator('.ant-zoom-appear, .ant-zoom-enter, .ant-fade-appear, .ant-fade-enter').first().waitFor({ state: 'detached' });
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'], resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id, impact: impact ?? null, help,
      nodes: nodes.map((node: { target: unknown[]; failureSummary?: string }) => ({ target: node.target.map(String), summary: node.failureSummary ?? '' })),
    }));
  });
  return violations.filter((violation) => violation.impact === 'critical' || violation.impact === 'serious');
}

/** The violations as a failure message names them: rule, impact, each node's selector and what is wrong. */
export function describeViolations(where: string, violations: AxeViolation[]): string {
  return violations
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.help}\n${v.nodes.map((node) => `    ${node.target.join(' ')}: ${node.summary.replace(/\s+/g, ' ')}`).join('\n')}`)
    .join('\n');
}
