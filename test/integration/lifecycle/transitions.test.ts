import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import { complaintAt, revisitorFor, steps, tinyPdf } from '../../helpers/lifecycle';
import { actionAllowed, allowedActions, complaintActions, type ComplaintAction } from '../../../shared/domain/complaints/complaintLifecycle';
import { complaintStatusKeys, complaintStatuses, type ComplaintStatus } from '../../../shared/domain/complaints/complaint';
import type { ChannelName } from '../../../shared/contract/channels';
import { defaultApprovalRules } from '../../../shared/domain/approvals/approvals';

/** Each action as one contract call with a valid input for complaint `id`. */
function attempt(office: TestOffice, action: ComplaintAction, id: number): [ChannelName, Record<string, unknown>] {
  switch (action) {
    case 'edit': return ['complaints.edit', { id, content: '更正后的内容', reason: '笔误' }];
    case 'dispatch': return ['complaints.dispatch', steps.dispatch(office, id)];
    case 'recordHandling': return ['complaints.recordHandling', steps.handling(office, id)];
    case 'review': return ['complaints.review', { id, decision: 'approve', comment: '同意' }];
    case 'revisit': return ['complaints.revisit', steps.revisit(office, id)];
    case 'archive': return ['complaints.archive', { id, archiverStaffId: office.clerk.id }];
    case 'void': return ['complaints.void', { id, reason: '重复登记' }];
    case 'requestExtension': return ['complaints.requestExtension', { id, newDueAt: '2026-12-31T18:00', reason: '等材料', interimMeasure: '已临时封堵' }];
    case 'requestCapa': return ['complaints.requestCapa', { id, note: null }];
    case 'attachSignedScan': return ['complaints.attachSignedScan', { id, fileName: 'a.pdf', contentBase64: tinyPdf.toString('base64') }];
    case 'waiveSignedScan': return ['complaints.waiveSignedScan', { id, reason: '业主拒绝签字' }];
    case 'reply': return ['complaints.reply', { id, reply: '经查不属管理处责任,已向业主说明', repliedAt: '2026-11-23T10:00' }];
    case 'dispute': return ['complaints.dispute', { id, reason: '不属本部门' }];
    case 'decideDispute': return ['complaints.decideDispute', { id, decision: 'upheld', comment: '维持原意见' }];
  }
}

describe('complaint transitions', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(() => office.close());

  it('walks the whole process: 已受理 → 已派工 → 处理中 → 待审核 → 待回访 → 已销项 → 已归档', async () => {
    const archived = await complaintAt(office, 'archived');
    expect(archived).toMatchObject({ status: 'archived', archivedByName: '王堃', validity: 'valid', reviewComment: '同意,按期回访' });
    const detail = await office.app.call('complaints.get', { id: archived.id });
    expect(detail.history.map((entry) => entry.action)).toEqual(['受理', '派工', '接单', '调查处理', '审核同意', '销项', '打印', '上传签字件', '归档']);
    expect(detail.workOrders.map((order) => order.status)).toEqual(['done']);
    expect(detail.actions).toEqual(['requestCapa', 'attachSignedScan']);
  });

  it('closes an invalid complaint as 无效 once a supervisor agrees; it is answered and archived like any other', async () => {
    const invalid = await complaintAt(office, 'invalid');
    expect(invalid).toMatchObject({ status: 'invalid', validity: 'invalid', resolvedAt: '2026-11-23T10:00:00' });
    expect((await office.app.call('complaints.get', { id: invalid.id })).actions).toEqual(expect.arrayContaining(['reply', 'archive']));
  });

  it('sends a case back to 处理中 when the supervisor returns it', async () => {
    const waiting = await complaintAt(office, 'awaitingReview');
    const back = await office.asSupervisor.call('complaints.review', { id: waiting.id, decision: 'return', comment: '原因分析不清,重查' });
    expect(back).toMatchObject({ status: 'inProgress', reviewComment: '原因分析不清,重查' });
  });

  it('reopens after an unsatisfied revisit and counts the round (循环往复)', async () => {
    const waiting = await complaintAt(office, 'awaitingRevisit');
    const reopened = await office.asClerk.call('complaints.revisit', steps.revisit(office, waiting.id, 'unsatisfied'));
    expect(reopened).toMatchObject({ status: 'inProgress', round: 1 });
    await office.asClerk.call('complaints.recordHandling', steps.handling(office, waiting.id));
    await office.asSupervisor.call('complaints.review', { id: waiting.id, decision: 'approve', comment: '再次回访' });
    // Round 2 goes a level up (seed 000 篇5): the desk may no longer close it alone.
    const refused = await office.asClerk.invoke('complaints.revisit', steps.revisit(office, waiting.id));
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'revisitorStaffId' } });
    const closed = await office.asClerk.call('complaints.revisit', steps.revisit(office, waiting.id, 'satisfied', office.supervisor.id));
    expect(closed).toMatchObject({ status: 'resolved', round: 1 });
    const detail = await office.app.call('complaints.get', { id: waiting.id });
    expect(detail.revisits.map((revisit) => revisit.reopened)).toEqual([true, false]);
    expect(detail.alerts.map((alert) => alert.kind)).toEqual(['reopened']);
  });

  // Every state × every action: the legal ones are allowed by the table, the rest refused in Chinese.
  const reachable = complaintStatusKeys;
  for (const status of reachable) {
    it(`in “${complaintStatuses[status]}” refuses every action the lifecycle does not allow from there`, async () => {
      const record = await complaintAt(office, status);
      expect(record.status).toBe(status);
      const refused = (Object.keys(complaintActions) as ComplaintAction[]).filter((action) => !actionAllowed(action, status));
      for (const action of refused) {
        const [channel, input] = attempt(office, action, record.id);
        const answer = await office.app.invoke(channel, input);
        expect(answer, `${status} × ${action}`).toMatchObject({
          ok: false,
          error: { code: 'rule', message: `投诉 ${record.number} 当前为“${complaintStatuses[status]}”,不能${complaintActions[action].label}` },
        });
      }
      const after = await office.app.call('complaints.get', { id: record.id });
      expect(after.complaint.status).toBe(status);
      expect(after.actions).toEqual(allowedActions(status as ComplaintStatus, 'manager', defaultApprovalRules));
    });
  }

  it('accepts each action from every state the table allows (as the manager, who may do all)', async () => {
    for (const status of reachable) {
      for (const action of allowedActions(status, 'manager', defaultApprovalRules)) {
        const record = await complaintAt(office, status);
        if (action === 'archive' || action === 'attachSignedScan') await office.app.call('complaints.print', { id: record.id });
        if (action === 'archive') await office.app.call('complaints.waiveSignedScan', { id: record.id, reason: '业主拒签' });
        if (action === 'archive' && status === 'invalid') await office.app.call('complaints.reply', { id: record.id, reply: '已向业主说明', repliedAt: '2026-11-23T10:00' });
        const [channel, input] = attempt(office, action, record.id);
        // Repeats of the same matter have raised later complaints to 严重, which the manager must revisit.
        if (action === 'revisit') input.revisitorStaffId = await revisitorFor(office, record.id);
        const answer = await office.app.invoke(channel, input);
        expect(answer.ok, `${status} × ${action}: ${JSON.stringify(!answer.ok && answer.error)}`).toBe(true);
      }
    }
  }, 120_000);
});
