import type { ComplaintStatus } from '../../shared/domain/complaints/complaint';
import type { ComplaintRecord } from '../../shared/domain/complaints/complaintRecords';
import { complaintIntake, type TestOffice } from './testApp';

/** The inputs of each step as a department and a supervisor would fill them in. */
export const steps = {
  dispatch: (office: TestOffice, id: number) => ({ id, departmentId: office.engineering.id, assigneeStaffId: office.clerk.id }),
  handling: (office: TestOffice, id: number, validity: 'valid' | 'invalid' = 'valid') => ({
    id,
    investigatorStaffId: office.worker.id,
    findings: '现场查看属实:楼上卫生间防水层破损。',
    validity,
    emergencyMeasure: '关闭楼上进水阀',
    emergencyStaffId: office.worker.id,
    causeAnalysis: '防水层老化',
    correctionPeriod: '3天',
    correctiveAction: '重做防水层',
    result: '已重做防水,闭水试验合格。',
    personAtFault: null,
  }),
  revisit: (office: TestOffice, id: number, satisfaction: 'satisfied' | 'unsatisfied' = 'satisfied', revisitorStaffId = office.clerk.id) => ({
    id,
    method: 'phone' as const,
    revisitorStaffId,
    revisitedAt: '2026-11-23T09:50',
    feedback: satisfaction === 'satisfied' ? '已不再渗水,满意。' : '还在渗水。',
    satisfaction,
  }),
};

/** A new complaint taken by the legal steps to `status` (the clerk does the desk's steps, the supervisor approves). */
export async function complaintAt(office: TestOffice, status: ComplaintStatus): Promise<ComplaintRecord> {
  const { asClerk: clerk, asSupervisor: supervisor } = office;
  let record = await clerk.call('complaints.create', complaintIntake(office));
  const id = record.id;
  const path: ComplaintStatus[] = ['accepted', 'dispatched', 'inProgress', 'awaitingReview', 'awaitingRevisit', 'resolved', 'archived'];
  if (status === 'invalid') {
    await clerk.call('complaints.recordHandling', steps.handling(office, id, 'invalid'));
    return supervisor.call('complaints.review', { id, decision: 'approve', comment: '属无效投诉,已向业主解释' });
  }
  if (status === 'voided') return supervisor.call('complaints.void', { id, reason: '重复登记' });
  if (status === 'disputed') {
    const order = await clerk.call('complaints.dispatch', steps.dispatch(office, id));
    await clerk.call('workOrders.collect', { id: order.id });
    return clerk.call('complaints.dispute', { id, reason: '漏水点在公共管井,应由物业公共维修承担' });
  }
  const target = path.indexOf(status);
  if (target >= 1) {
    const order = await clerk.call('complaints.dispatch', steps.dispatch(office, id));
    if (target >= 2) await clerk.call('workOrders.collect', { id: order.id });
  }
  if (target >= 3) await clerk.call('complaints.recordHandling', steps.handling(office, id));
  if (target >= 4) await supervisor.call('complaints.review', { id, decision: 'approve', comment: '同意,按期回访' });
  if (target >= 5) await clerk.call('complaints.revisit', steps.revisit(office, id, 'satisfied', await revisitorFor(office, id)));
  if (target >= 6) {
    await clerk.call('complaints.print', { id });
    await clerk.call('complaints.attachSignedScan', { id, fileName: '签字件.pdf', contentBase64: tinyPdf.toString('base64') });
    await clerk.call('complaints.archive', { id, archiverStaffId: office.clerk.id });
  }
  record = (await clerk.call('complaints.get', { id })).complaint;
  return record;
}

/**
 * seed 002: who revisits follows the severity (一般 the desk, 重大 a supervisor, 严重 the manager); seed 000 篇5: each
 * unsatisfied round goes a level up (round 1 a supervisor, round 2 on the manager).
 */
export async function revisitorFor(office: TestOffice, id: number): Promise<number> {
  const { complaint } = await office.asClerk.call('complaints.get', { id });
  if (complaint.severity === 'serious' || complaint.round >= 2) return (await office.asClerk.call('staff.list', {})).find((staff) => staff.role === 'manager')!.id;
  return complaint.severity === 'major' || complaint.round === 1 ? office.supervisor.id : office.clerk.id;
}

/** The smallest bytes a scanner's PDF starts with: enough for the content check, never rendered. */
export const tinyPdf = Buffer.from('%PDF-1.4\n% 签字扫描件\n%%EOF\n', 'utf8');
