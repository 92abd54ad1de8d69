import type { App } from '../openApp';
import type { SettableClock } from '../clock';
import type { ComplaintRecord } from '../../../shared/domain/complaints/complaintRecords';
import type { Random } from './demoOffice';

export interface DemoStaff {
  managerId: number;
  clerks: number[];
  supervisors: number[];
  engineers: { id: number; departmentId: number }[];
}

const hour = 3_600_000;

/** seed 002: a 重大 complaint is revisited by a supervisor, a 严重 one by the manager, the rest by the desk. */
/** By severity (seed 002), a level higher for each unsatisfied round before (seed 000 篇5). */
function revisitor(team: DemoStaff, severity: ComplaintRecord['severity'], clerk: number, round: number): number {
  if (severity === 'serious' || round >= 2) return team.managerId;
  return severity === 'major' || round === 1 ? team.supervisors[0]! : clerk;
}
const findings = ['现场查看属实,已确认原因。', '经核实,情况属实,已安排处理。', '现场查看,问题已排除。'];
const results = ['已处理完毕,业主确认。', '已维修完成,恢复正常。', '已整改,加强日常巡查。'];

/**
 * Take a demo complaint as far through its process as its age allows, each step at a plausible time after the
 * last: older cases are closed, recent ones are still with a department, the newest wait at the desk.
 */
export async function advanceComplaint(
  app: App,
  clock: SettableClock,
  rng: Random,
  team: DemoStaff,
  complaint: ComplaintRecord,
  enteredAt: number,
  now: number,
): Promise<void> {
  let at = enteredAt;
  /** Move the clock on by `hours` unless that passes today; answers whether the step happens. */
  const later = (hours: number) => {
    const next = at + hours * hour;
    if (next >= now) return false;
    at = next;
    clock.set(new Date(at).toISOString().slice(0, 19));
    return true;
  };
  const clerk = app.as(rng.pick(team.clerks));
  const supervisor = app.as(rng.pick(team.supervisors));
  const engineer = rng.pick(team.engineers);
  const id = complaint.id;

  if (!later(rng.int(1, 3) / 6)) return;
  const order = await clerk.call('complaints.dispatch', { id, departmentId: engineer.departmentId, assigneeStaffId: engineer.id });
  if (!later(rng.int(1, 6) / 6)) return;
  await clerk.call('workOrders.collect', { id: order.id });
  for (let round = 0; round < 2; round += 1) {
    if (!later(rng.int(4, 60))) return;
    const invalid = rng.next() < 0.05;
    await clerk.call('complaints.recordHandling', {
      id,
      investigatorStaffId: engineer.id,
      findings: rng.pick(findings),
      validity: invalid ? 'invalid' : 'valid',
      causeAnalysis: '日常巡查不到位。',
      correctionPeriod: rng.pick(['1天', '3天', '1周']),
      result: rng.pick(results),
    });
    if (!later(rng.int(1, 20))) return;
    await supervisor.call('complaints.review', { id, decision: 'approve', comment: invalid ? '属无效投诉,做好解释。' : '同意,按期回访。' });
    if (invalid || !later(rng.int(24, 120))) return;
    const unsatisfied = round === 0 && rng.next() < 0.08;
    await clerk.call('complaints.revisit', {
      id,
      method: rng.next() < 0.8 ? 'phone' : 'visit',
      revisitorStaffId: revisitor(team, complaint.severity, rng.pick(team.clerks), round),
      revisitedAt: new Date(at).toISOString().slice(0, 16),
      feedback: unsatisfied ? '问题没有彻底解决,仍有渗水。' : '已解决,表示满意。',
      satisfaction: unsatisfied ? 'unsatisfied' : rng.next() < 0.75 ? 'satisfied' : 'fairlySatisfied',
    });
    if (!unsatisfied) return;
  }
}
