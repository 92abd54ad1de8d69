import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../electron/app/openApp';
import { openTestOffice, complaintIntake, type TestOffice } from '../../helpers/testApp';
import { complaintAt, steps } from '../../helpers/lifecycle';
import { pdfText } from '../../helpers/pdf';

describe('audit history and revisions', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(() => office.close());

  it('records who, when, which fields, before and after, for every change', async () => {
    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
    await office.asClerk.call('complaints.edit', { id: complaint.id, severity: 'major', content: '卫生间漏水严重' });
    await office.asClerk.call('complaints.dispatch', steps.dispatch(office, complaint.id));
    const detail = await office.app.call('complaints.get', { id: complaint.id });
    const [, edit, dispatch] = detail.history;
    expect(edit).toMatchObject({ action: '更正', staffName: '王堃', at: '2026-11-23T10:00:00', revision: 0, reason: null });
    expect(edit!.changes).toEqual([
      { field: 'content', before: '楼上卫生间漏水,天花板渗水,已持续三天。', after: '卫生间漏水严重' },
      { field: 'severity', before: 'general', after: 'major' },
      { field: 'dueAt', before: '2026-11-26T23:59:59', after: '2026-11-24T23:59:59' },
    ]);
    expect(dispatch!.changes).toEqual([{ field: 'status', before: 'accepted', after: 'dispatched' }]);
  });

  it('needs a reason to change a printed record, raises its revision, and says which revision each print showed', async () => {
    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
    const first = await office.asClerk.call('complaints.print', { id: complaint.id });
    expect(first.fileName).toBe(`${complaint.number}-R0-业主投诉处理记录表.pdf`);

    const noReason = await office.asClerk.invoke('complaints.edit', { id: complaint.id, phone: '13800001111' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'rule', field: 'reason' } });
    const edited = await office.asClerk.call('complaints.edit', { id: complaint.id, phone: '13800001111', reason: '业主更换了手机号' });
    expect(edited).toMatchObject({ revision: 1, printedRevision: 0, phone: '13800001111' });
    // Until R1 is printed, further changes stay in R1.
    await office.asClerk.call('complaints.edit', { id: complaint.id, demand: '尽快修好', reason: '补记要求' });
    expect((await office.app.call('complaints.get', { id: complaint.id })).complaint.revision).toBe(1);

    const second = await office.asClerk.call('complaints.print', { id: complaint.id });
    expect(second.fileName).toBe(`${complaint.number}-R1-业主投诉处理记录表.pdf`);
    expect(await pdfText(join(office.dataDir, 'prints', second.fileName))).toContain('13800001111');
    // A process step after a print raises the revision too; its action says why.
    const order = await office.asClerk.call('complaints.dispatch', steps.dispatch(office, complaint.id));
    expect(order.number).toMatch(/^PG-202611-\d{4}$/);

    const history = (await office.app.call('complaints.get', { id: complaint.id })).history;
    expect(history.map((entry) => [entry.action, entry.revision, entry.reason])).toEqual([
      ['受理', 0, null],
      ['打印', 0, null],
      ['更正', 1, '业主更换了手机号'],
      ['更正', 1, '补记要求'],
      ['打印', 1, null],
      ['派工', 2, null],
    ]);
  });

  it('chains the history so that editing, deleting or reordering a row is reported', async () => {
    await complaintAt(office, 'awaitingRevisit');
    const clean = await office.asSupervisor.call('audit.verify', {});
    expect(clean).toMatchObject({ ok: true, breaks: [] });
    // The office's set-up (three staff saved, their passwords set, a room registered), then 受理, 派工, 接单, 调查处理,
    // 审核同意 and the revisit it planned (计划回访).
    expect(clean.checked).toBe(13);
    expect(await office.asClerk.invoke('audit.verify', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const raw = new Database(join(office.dataDir, databaseFileName));
    try {
      const original = raw.prepare('select summary from record_history where id = 3').pluck().get();
      raw.prepare(`update record_history set summary = '被改过的摘要' where id = 3`).run();
      let check = await office.asSupervisor.call('audit.verify', {});
      expect(check).toMatchObject({ ok: false, breaks: [{ id: 3, problem: expect.stringContaining('被改动过') }] });

      raw.prepare('update record_history set summary = ? where id = 3').run(original);
      expect(await office.asSupervisor.call('audit.verify', {})).toMatchObject({ ok: true });
      raw.prepare('delete from record_history where id = 4').run();
      check = await office.asSupervisor.call('audit.verify', {});
      expect(check.breaks).toEqual([{ id: 5, problem: expect.stringContaining('衔接不上') }]);
    } finally {
      raw.close();
    }
  });
});
