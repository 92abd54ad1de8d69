import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRowsKept, fileAtVersion, indexesOf, insertRow, rowsOf, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, noiseComplaint, officeRows, roomIds, staffIds } from './officeRows';

/**
 * A database with 0002's complaint-only revisits upgraded by 0004, which makes revisits their own numbered ledger.
 * The app-level view (revisits.get, the queue, the next number) is test/integration/db/revisitsMigration.test.ts.
 */
describe('migration 0004 on a database with complaint revisits', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(3);
    officeRows(file.raw);
    insertRow(file.raw, 'record_sequences', { prefix: 'TS', period: '202610', last_value: 2 });
    insertRow(file.raw, 'record_sequences', { prefix: 'TS', period: '202611', last_value: 1 });
    // Revisited twice in October: the first call found it still leaking and reopened it (round 1).
    insertRow(file.raw, 'complaints', {
      ...leakComplaint, status: 'resolved', round: 1, due_at: '2026-10-15T23:59:59', reviewed_by: staffIds.supervisor,
      reviewed_at: '2026-10-14T16:00:00', revisit_due_at: '2026-10-21T23:59:59', resolved_at: '2026-10-18T10:00:00', updated_at: '2026-10-18T10:05:00',
    });
    // Awaiting its revisit, reviewed on 11-20.
    insertRow(file.raw, 'complaints', {
      ...noiseComplaint, status: 'awaitingRevisit', due_at: '2026-11-02T23:59:59', reviewed_by: staffIds.supervisor,
      reviewed_at: '2026-11-20T15:00:00', revisit_due_at: '2026-11-27T23:59:59', updated_at: '2026-11-20T15:00:00',
    });
    // Awaiting its revisit with neither review nor revisit deadline recorded.
    insertRow(file.raw, 'complaints', {
      number: 'TS-202611-0001', received_at: '2026-11-01T08:30:00', channel: 'inPerson', complainant_name: '刘芳', room_id: roomIds.r3_1_1602,
      room_label: '3-1-1602', phone: '13700001111', content: '电梯经常停在顶层不动,老人上下楼不方便', category: 'maintenance', severity: 'general',
      status: 'awaitingRevisit', receiver_staff_id: staffIds.clerk, created_by: staffIds.clerk, created_at: '2026-11-01T08:32:00',
      updated_at: '2026-11-03T11:00:00', due_at: '2026-11-04T23:59:59',
    });
    insertRow(file.raw, 'revisits', {
      complaint_id: 1, method: 'phone', revisitor_staff_id: staffIds.clerk, revisited_at: '2026-10-16T10:00:00',
      feedback: '还在滴水,楼上说修过了,不满意', satisfaction: 'unsatisfied', reopened: 1, created_by: staffIds.clerk, created_at: '2026-10-16T10:04:00',
    });
    insertRow(file.raw, 'revisits', {
      complaint_id: 1, method: 'visit', revisitor_staff_id: staffIds.supervisor, revisited_at: '2026-10-18T10:00:00',
      feedback: '楼上防水已重做,天花板也补好了,满意', satisfaction: 'satisfied', reopened: 0, created_by: staffIds.supervisor, created_at: '2026-10-18T10:05:00',
    });
  });
  afterEach(() => file.close());

  it('carries each old revisit over as a done one with its id, and plans one for each complaint awaiting it', async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0004_revisits']);
    expectRowsKept(before, snapshot(file.raw), ['revisits', 'record_sequences']);

    const columns = 'id, number, subject_kind, subject_id, purpose, status, window_from, due_at, required_role, room_label, owner_name, method, revisitor_staff_id, revisited_at, feedback, satisfaction, reopened, created_by, created_at, updated_at';
    expect(file.raw.prepare(`select ${columns} from revisits order by id`).all()).toEqual([
      {
        id: 1, number: 'HF-202610-0001', subject_kind: 'complaint', subject_id: 1, purpose: 'completion', status: 'done',
        window_from: '2026-10-16T00:00:00', due_at: '2026-10-21T23:59:59', required_role: 'clerk', room_label: '3-1-1502', owner_name: '陈喆',
        method: 'phone', revisitor_staff_id: staffIds.clerk, revisited_at: '2026-10-16T10:00:00', feedback: '还在滴水,楼上说修过了,不满意',
        satisfaction: 'unsatisfied', reopened: 1, created_by: staffIds.clerk, created_at: '2026-10-16T10:04:00', updated_at: '2026-10-16T10:04:00',
      },
      {
        id: 2, number: 'HF-202610-0002', subject_kind: 'complaint', subject_id: 1, purpose: 'completion', status: 'done',
        window_from: '2026-10-18T00:00:00', due_at: '2026-10-21T23:59:59', required_role: 'clerk', room_label: '3-1-1502', owner_name: '陈喆',
        method: 'visit', revisitor_staff_id: staffIds.supervisor, revisited_at: '2026-10-18T10:00:00', feedback: '楼上防水已重做,天花板也补好了,满意',
        satisfaction: 'satisfied', reopened: 0, created_by: staffIds.supervisor, created_at: '2026-10-18T10:05:00', updated_at: '2026-10-18T10:05:00',
      },
      // Planned from the review (by whom, when) and due by the complaint's revisit deadline.
      {
        id: 3, number: 'HF-202611-0001', subject_kind: 'complaint', subject_id: 2, purpose: 'completion', status: 'planned',
        window_from: '2026-11-20T00:00:00', due_at: '2026-11-27T23:59:59', required_role: 'clerk', room_label: null, owner_name: null,
        method: null, revisitor_staff_id: null, revisited_at: null, feedback: null, satisfaction: null, reopened: 0,
        created_by: staffIds.supervisor, created_at: '2026-11-20T15:00:00', updated_at: '2026-11-20T15:00:00',
      },
      // No review recorded: planned from the complaint's last change, by whoever took it.
      {
        id: 4, number: 'HF-202611-0002', subject_kind: 'complaint', subject_id: 3, purpose: 'completion', status: 'planned',
        window_from: '2026-11-03T00:00:00', due_at: '2026-11-03T11:00:00', required_role: 'clerk', room_label: '3-1-1602', owner_name: '刘芳',
        method: null, revisitor_staff_id: null, revisited_at: null, feedback: null, satisfaction: null, reopened: 0,
        created_by: staffIds.clerk, created_at: '2026-11-03T11:00:00', updated_at: '2026-11-03T11:00:00',
      },
    ]);
    expect(file.raw.prepare('select revisit_id, outcome, attempted_at, staff_id, note, created_at from revisit_attempts order by id').all()).toEqual([
      { revisit_id: 1, outcome: 'reached', attempted_at: '2026-10-16T10:00:00', staff_id: staffIds.clerk, note: null, created_at: '2026-10-16T10:04:00' },
      { revisit_id: 2, outcome: 'reached', attempted_at: '2026-10-18T10:00:00', staff_id: staffIds.supervisor, note: null, created_at: '2026-10-18T10:05:00' },
    ]);
  });

  it("continues each month's HF counter after the numbers it gave, leaving the complaints' counters alone", async () => {
    await file.upgrade();
    expect(rowsOf(file.raw, 'record_sequences')).toEqual([
      { prefix: 'TS', period: '202610', last_value: 2 },
      { prefix: 'TS', period: '202611', last_value: 1 },
      { prefix: 'HF', period: '202610', last_value: 2 },
      { prefix: 'HF', period: '202611', last_value: 2 },
    ]);
  });

  it('drops the old table and its index, and indexes the new ledger by subject, due date and room', async () => {
    await file.upgrade();
    expect(file.raw.prepare("select name from sqlite_master where name in ('revisits_0002', 'revisits_complaint')").all()).toEqual([]);
    expect(indexesOf(file.raw, 'revisits')).toMatchObject({
      revisits_subject: ['subject_kind', 'subject_id', 'id'],
      revisits_status_due: ['status', 'due_at'],
      revisits_room: ['room_label', 'owner_name'],
    });
    expect(indexesOf(file.raw, 'revisit_attempts')).toMatchObject({ revisit_attempts_revisit: ['revisit_id', 'id'] });
    expect(file.raw.pragma('foreign_key_check')).toEqual([]);
  });
});
