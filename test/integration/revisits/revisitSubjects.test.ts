import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { RevisitSubject } from '../../../electron/app/ledgers/revisits/revisitSubject';
import { useLedgers } from '../../helpers/ledgers';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { steps } from '../../helpers/lifecycle';
import { pdfText } from '../../helpers/pdf';

/** A stand-in second ledger: two finished jobs in memory; its outcome writes inside the revisit's transaction. */
function fakeRepairs(outcomes: string[]): RevisitSubject {
  const jobs = [
    { id: 41, number: 'BX-202611-0041', roomLabel: '3-1-1502', ownerName: '陈喆', phone: '139****5678', summary: '厨房水龙头滴水', completedAt: '2026-11-22T16:00:00', revisitDueAt: null },
    { id: 42, number: 'BX-202611-0042', roomLabel: '5-2-0801', ownerName: '赵敏', phone: null, summary: '门禁卡失灵', completedAt: '2026-11-10T16:00:00', revisitDueAt: '2026-11-17T23:59:59' },
  ];
  return {
    kind: 'repair',
    label: '报修',
    awaiting: async () => jobs,
    describe: async (_db, id) => {
      const job = jobs.find((candidate) => candidate.id === id);
      return job && { ...job, result: '已更换阀芯', importance: 'ordinary' };
    },
    recordOutcome: async (trx, actor, id, satisfied, now) => {
      await sql`insert into settings (key, value) values (${`fake-repair-${id}`}, ${satisfied ? 'closed' : 'reopened'})`.execute(trx);
      outcomes.push(`${actor.name}:${id}:${satisfied ? 'closed' : 'reopened'}:${now}`);
      if (id === 42) throw new Error('报修记录已被锁定');
    },
  };
}

describe('revisit subjects', () => {
  let office: TestOffice;
  let unregister: () => void;
  const outcomes: string[] = [];
  beforeEach(async () => {
    office = await openTestOffice();
    outcomes.length = 0;
    const fake = fakeRepairs(outcomes);
    unregister = useLedgers(office.app, (ledgers) => ledgers.map((ledger) => (ledger.name === 'repairs' ? { ...ledger, revisitSubject: fake } : ledger)));
  });
  afterEach(async () => {
    unregister();
    await office.close();
  });

  it('takes any registered ledger: its finished records queue, open and reopen through the same calls', async () => {
    const queue = await office.asClerk.call('revisits.queue', {});
    expect(queue.items.map((item) => [item.subjectKind, item.subjectNumber, item.revisitId, item.timing, item.dueAt])).toEqual([
      ['repair', 'BX-202611-0042', null, 'overdue', '2026-11-17T23:59:59'],
      ['repair', 'BX-202611-0041', null, 'due', '2026-11-29T23:59:59'],
    ]);
    const started = await office.asClerk.call('revisits.start', { subjectKind: 'repair', subjectId: 41 });
    expect(started.subject).toMatchObject({ number: 'BX-202611-0041', result: '已更换阀芯' });
    expect(started.revisit).toMatchObject({ subjectKind: 'repair', subjectId: 41, status: 'planned', dueAt: '2026-11-29T23:59:59', requiredRole: 'clerk' });
    // Starting again finds the same planned revisit.
    expect((await office.asClerk.call('revisits.start', { subjectKind: 'repair', subjectId: 41 })).revisit.id).toBe(started.revisit.id);

    const done = await office.asClerk.call('revisits.record', {
      id: started.revisit.id, method: 'phone', revisitorStaffId: office.clerk.id, revisitedAt: '2026-11-23T09:40',
      ownerOpinion: '还是滴水', resultSatisfaction: 'unsatisfied', attitudeSatisfaction: 'satisfied', officeOpinion: null,
    });
    expect(done.revisit).toMatchObject({ reopened: true, status: 'done' });
    expect(outcomes).toEqual(['王堃:41:reopened:2026-11-23T10:00:00']);
    const stored = await office.app.ctx.db.selectFrom('settings').select('value').where('key', '=', 'fake-repair-41').executeTakeFirst();
    expect(stored?.value).toBe('reopened');

    // A ledger that refuses the outcome rolls the whole revisit back.
    const other = await office.asClerk.call('revisits.start', { subjectKind: 'repair', subjectId: 42 });
    const refused = await office.asClerk.invoke('revisits.record', {
      id: other.revisit.id, method: 'visit', revisitorStaffId: office.clerk.id, revisitedAt: '2026-11-23T09:45',
      ownerOpinion: '好了', resultSatisfaction: 'satisfied', attitudeSatisfaction: 'satisfied',
    });
    expect(refused.ok).toBe(false);
    expect((await office.asClerk.call('revisits.get', { id: other.revisit.id })).revisit.status).toBe('planned');
    expect(await office.app.ctx.db.selectFrom('settings').select('value').where('key', '=', 'fake-repair-42').executeTakeFirst()).toBeUndefined();
  });

  it('prints the 回访记录表 with the owner, the reason, the ticked script, the satisfaction and the tries', async () => {
    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
    await office.asClerk.call('complaints.recordHandling', steps.handling(office, complaint.id));
    await office.asSupervisor.call('complaints.review', { id: complaint.id, decision: 'approve', comment: '同意' });
    const { revisit } = await office.asClerk.call('revisits.start', { subjectKind: 'complaint', subjectId: complaint.id });
    await office.asClerk.call('revisits.logAttempt', { id: revisit.id, outcome: 'noAnswer', attemptedAt: '2026-11-23T09:20' });
    await office.asClerk.call('revisits.record', {
      id: revisit.id, method: 'phone', revisitorStaffId: office.clerk.id, revisitedAt: '2026-11-23T09:50',
      scriptChecks: ['greeting', 'onTime'], ownerOpinion: '已不再渗水,师傅很有礼貌。', resultSatisfaction: 'satisfied',
      attitudeSatisfaction: 'fairlySatisfied', officeOpinion: '回访满意,销项',
    });
    const printed = await office.asClerk.call('revisits.print', { id: revisit.id });
    const file = join(office.dataDir, 'revisit.pdf');
    writeFileSync(file, Buffer.from(printed.pdfBase64, 'base64'));
    const flat = pdfText(file).replace(/\s/g, '');
    for (const expected of [
      '回访记录表', revisit.number, '业户名称', '陈喆', '单元编号', '3-1-1502', '回访事由', complaint.number, '回访人/日期', '王堃',
      '业户意见', '已不再渗水,师傅很有礼貌。', '客户签名/日期', '客服部意见', '回访满意,销项', '客服部主管签名/日期',
      '■电话', '□面访', '■问候并自我介绍', '□使用情况是否正常', '■维修完成是否及时',
      '处理结果满意情况■满意□较满意□不满意', '服务态度满意情况□满意■较满意□不满意', '无人接听', '已联系上', '139****5678',
    ]) expect(flat).toContain(expected.replace(/\s/g, ''));
    expect(flat).not.toContain('13912345678');
  });
});
