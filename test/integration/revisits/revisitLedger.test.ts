import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settableClock, type SettableClock } from '../../../electron/app/clock';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { steps } from '../../helpers/lifecycle';
import type { ComplaintSeverity } from '../../../shared/domain/complaints/complaint';
import type { RevisitScriptItem } from '../../../shared/domain/revisits/revisit';

/** A complaint taken to 待回访 (approved by the supervisor at the clock's time). */
async function finished(office: TestOffice, severity: ComplaintSeverity = 'general', overrides = {}) {
  const created = await office.asClerk.call('complaints.create', complaintIntake(office, { severity, ...overrides }));
  await office.asClerk.call('complaints.recordHandling', steps.handling(office, created.id));
  await office.asSupervisor.call('complaints.review', { id: created.id, decision: 'approve', comment: '同意' });
  return created;
}

const reached = (id: number, revisitorStaffId: number, resultSatisfaction: 'satisfied' | 'unsatisfied' = 'satisfied', revisitedAt = '2026-11-23T09:50') => ({
  id,
  method: 'phone' as const,
  revisitorStaffId,
  revisitedAt,
  scriptChecks: ['greeting', 'workingNormally', 'onTime'] as RevisitScriptItem[],
  ownerOpinion: resultSatisfaction === 'satisfied' ? '不再漏水,师傅很准时。' : '还在渗水。',
  resultSatisfaction,
  attitudeSatisfaction: 'fairlySatisfied' as const,
  officeOpinion: '按期回访',
});

describe('the revisit ledger', () => {
  let office: TestOffice;
  let clock: SettableClock;
  beforeEach(async () => {
    clock = settableClock();
    clock.set('2026-11-23T10:00:00');
    office = await openTestOffice({ clock });
  });
  afterEach(() => office.close());

  it('plans revisits when a complaint is finished: 7 days, 1 week–1 month, and 3–6 months by severity', async () => {
    const general = await finished(office, 'general');
    const major = await finished(office, 'major', { phone: '13700000001', roomId: null, complainantName: '李雷' });
    const serious = await finished(office, 'serious', { phone: '13700000002', roomId: null, complainantName: '韩梅' });
    const queue = await office.asClerk.call('revisits.queue', {});
    const rows = (id: number) => queue.items.filter((item) => item.subjectId === id).map((item) => [item.purpose, item.windowFrom, item.dueAt, item.requiredRole, item.timing]);
    expect(rows(general.id)).toEqual([['completion', '2026-11-23T00:00:00', '2026-11-30T23:59:59', 'clerk', 'due']]);
    expect(rows(major.id)).toEqual([['first', '2026-11-30T00:00:00', '2026-12-23T23:59:59', 'supervisor', 'upcoming']]);
    expect(rows(serious.id)).toEqual([
      ['first', '2026-11-30T00:00:00', '2026-12-23T23:59:59', 'manager', 'upcoming'],
      ['second', '2027-02-23T00:00:00', '2027-05-23T23:59:59', 'manager', 'upcoming'],
    ]);
    expect(queue.counts).toEqual({ overdue: 0, due: 1, upcoming: 3 });
    // The complaint's own 回访期限 follows its first window.
    expect((await office.asClerk.call('complaints.get', { id: major.id })).complaint.revisitDueAt).toBe('2026-12-23T23:59:59');

    // The windows are settings (audited, supervisor only).
    expect(await office.asClerk.invoke('revisits.saveWindows', { importantFromDays: 3, importantToDays: 10, secondFromMonths: 2, secondToMonths: 4 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await office.asSupervisor.call('revisits.saveWindows', { importantFromDays: 3, importantToDays: 10, secondFromMonths: 2, secondToMonths: 4 });
    const later = await finished(office, 'serious', { phone: '13700000003', roomId: null, complainantName: '王五' });
    const after = await office.asClerk.call('revisits.queue', {});
    expect(after.items.filter((item) => item.subjectId === later.id).map((item) => [item.windowFrom.slice(0, 10), item.dueAt.slice(0, 10)])).toEqual([
      ['2026-11-26', '2026-12-03'],
      ['2027-01-23', '2027-03-23'],
    ]);

    clock.set('2026-12-01T08:00:00');
    const overdue = await office.asClerk.call('revisits.queue', {});
    expect(overdue.items.find((item) => item.subjectId === general.id)?.timing).toBe('overdue');
    expect(overdue.items.find((item) => item.subjectId === major.id)?.timing).toBe('due');
  });

  it('proposes who revisits by severity and refuses anyone below that role', async () => {
    const major = await finished(office, 'major');
    const queue = await office.asClerk.call('revisits.queue', {});
    const line = queue.items.find((item) => item.subjectId === major.id)!;
    expect(line).toMatchObject({ requiredRole: 'supervisor', proposedRevisitorName: '周珺' });
    const detail = await office.asClerk.call('revisits.get', { id: line.revisitId! });
    expect(detail.proposedRevisitor).toEqual({ id: office.supervisor.id, name: '周珺' });
    expect((await office.asSupervisor.call('revisits.get', { id: line.revisitId! })).proposedRevisitor?.name).toBe('周珺');

    const refused = await office.asClerk.invoke('revisits.record', reached(line.revisitId!, office.clerk.id));
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'revisitorStaffId', message: '此次回访须由主管或以上进行,王堃(前台/客服)不能登记' } });
    expect((await office.asClerk.call('complaints.get', { id: major.id })).complaint.status).toBe('awaitingRevisit');

    // The clerk may write down the supervisor's revisit.
    const done = await office.asClerk.call('revisits.record', reached(line.revisitId!, office.supervisor.id));
    expect(done.revisit).toMatchObject({ status: 'done', revisitorName: '周珺', resultSatisfaction: 'satisfied', attitudeSatisfaction: 'fairlySatisfied' });
    expect((await office.asClerk.call('complaints.get', { id: major.id })).complaint.status).toBe('resolved');
  });

  it('logs each attempt with time and who, counts them per subject and per owner, and only a reached one carries a result', async () => {
    const first = await finished(office);
    const second = await finished(office, 'general', { content: '走廊灯不亮' });
    const queue = await office.asClerk.call('revisits.queue', {});
    const idOf = (subjectId: number) => queue.items.find((item) => item.subjectId === subjectId)!.revisitId!;

    clock.set('2026-11-24T09:00:00');
    await office.asClerk.call('revisits.logAttempt', { id: idOf(first.id), outcome: 'noAnswer', attemptedAt: '2026-11-24T08:55', note: null });
    await office.asSupervisor.call('revisits.logAttempt', { id: idOf(first.id), outcome: 'callBack', attemptedAt: '2026-11-24T08:58', note: '下午三点后再打' });
    await office.asClerk.call('revisits.logAttempt', { id: idOf(second.id), outcome: 'noAnswer', attemptedAt: '2026-11-24T09:00', note: null });
    // A result is never part of an unanswered attempt, and 已联系上 is not an outcome logged on its own.
    expect(await office.asClerk.invoke('revisits.logAttempt', { id: idOf(first.id), outcome: 'reached', attemptedAt: '2026-11-24T09:00' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await office.asClerk.invoke('revisits.logAttempt', { id: idOf(first.id), outcome: 'noAnswer', attemptedAt: '2026-11-24T09:00', resultSatisfaction: 'satisfied' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await office.asClerk.invoke('revisits.logAttempt', { id: idOf(first.id), outcome: 'noAnswer', attemptedAt: '2026-11-24T11:00' })).toMatchObject({ ok: false, error: { field: 'attemptedAt' } });

    const detail = await office.asClerk.call('revisits.get', { id: idOf(first.id) });
    expect(detail.attempts.map((attempt) => [attempt.outcome, attempt.attemptedAt, attempt.staffName, attempt.note])).toEqual([
      ['noAnswer', '2026-11-24T08:55:00', '王堃', null],
      ['callBack', '2026-11-24T08:58:00', '周珺', '下午三点后再打'],
    ]);
    const tried = await office.asClerk.call('revisits.queue', {});
    const line = (subjectId: number) => tried.items.find((item) => item.subjectId === subjectId)!;
    expect([line(first.id).attempts, line(first.id).ownerAttempts, line(first.id).lastAttemptAt]).toEqual([2, 3, '2026-11-24T08:58:00']);
    expect([line(second.id).attempts, line(second.id).ownerAttempts]).toEqual([1, 3]);
    // The desk asks for the first line only: the counts stay the whole queue's, the line and its tries are the same.
    const desk = await office.asClerk.call('revisits.queue', { first: 1 });
    expect(desk.counts).toEqual(tried.counts);
    expect(desk.items).toEqual(tried.items.slice(0, 1));

    clock.set('2026-11-25T10:00:00');
    const done = await office.asClerk.call('revisits.record', reached(idOf(first.id), office.clerk.id, 'satisfied', '2026-11-25T09:10'));
    expect(done.attempts.map((attempt) => attempt.outcome)).toEqual(['noAnswer', 'callBack', 'reached']);
    // The ticks of the script are kept with the revisit.
    expect(done.revisit.scriptChecks).toEqual(['greeting', 'workingNormally', 'onTime']);
    expect(done.revisit).toMatchObject({ ownerOpinion: '不再漏水,师傅很准时。', officeOpinion: '按期回访', method: 'phone', revisitedAt: '2026-11-25T09:10:00' });
    expect(await office.asClerk.invoke('revisits.logAttempt', { id: idOf(first.id), outcome: 'noAnswer', attemptedAt: '2026-11-25T09:30' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('已回访') } });
    expect((await office.asClerk.call('revisits.queue', {})).items.map((item) => item.subjectId)).toEqual([second.id]);
  });

  it('reopens the complaint when the owner is not satisfied, counts the round and drops its later planned revisit', async () => {
    const serious = await finished(office, 'serious');
    const manager = (await office.app.call('staff.list', {})).find((staff) => staff.role === 'manager')!;
    const [first, second] = (await office.asClerk.call('revisits.queue', {})).items;
    const detail = await office.asClerk.call('revisits.record', reached(first!.revisitId!, manager.id, 'unsatisfied'));
    expect(detail.revisit).toMatchObject({ status: 'done', reopened: true });
    const complaint = await office.asClerk.call('complaints.get', { id: serious.id });
    expect(complaint.complaint).toMatchObject({ status: 'inProgress', round: 1 });
    expect(complaint.history.at(-1)).toMatchObject({ action: '重新处理' });
    expect(complaint.revisits).toMatchObject([{ feedback: '还在渗水。', satisfaction: 'unsatisfied', reopened: true }]);
    expect(complaint.alerts.map((alert) => alert.kind)).toContain('reopened');
    expect((await office.asClerk.call('revisits.get', { id: second!.revisitId! })).revisit.status).toBe('cancelled');
    expect((await office.asClerk.call('revisits.queue', {})).items).toEqual([]);
  });

  it('lets a clerk plan a revisit by hand, and shows revisits in the room history', async () => {
    const complaint = await finished(office);
    await office.asClerk.call('revisits.record', reached((await office.asClerk.call('revisits.queue', {})).items[0]!.revisitId!, office.clerk.id));
    expect(await office.asClerk.invoke('revisits.plan', { subjectKind: 'complaint', subjectId: complaint.id, windowFrom: '2026-12-05T00:00', dueAt: '2026-12-01T00:00', reason: '业主要求再回访' })).toMatchObject({ ok: false, error: { field: 'dueAt' } });
    const planned = await office.asClerk.call('revisits.plan', { subjectKind: 'complaint', subjectId: complaint.id, windowFrom: '2026-12-05T00:00', dueAt: '2026-12-10T18:00', reason: '业主要求雨季后再回访' });
    expect(planned.revisit).toMatchObject({ purpose: 'manual', status: 'planned', requiredRole: 'clerk', reason: '业主要求雨季后再回访', number: expect.stringMatching(/^HF-202611-\d{4}$/) });
    const queue = await office.asClerk.call('revisits.queue', {});
    expect(queue.items.map((item) => [item.revisitId, item.timing])).toEqual([[planned.revisit.id, 'upcoming']]);

    const history = (await office.app.ctx.ledgers.roomHistory.page(office.app.ctx.db, office.room.id)).items.filter((item) => item.kind === 'revisit');
    expect(history.map((item) => [item.statusLabel, item.open])).toEqual([
      ['待回访', true],
      ['满意', false],
    ]);
  });
});
