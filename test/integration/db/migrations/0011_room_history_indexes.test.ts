import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRowsKept, fileAtVersion, indexesOf, insertRow, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, officeRows, roomIds, staffIds } from './officeRows';

/** An office with records in every ledger for room 3-1-1502, upgraded by 0011: the room history's indexes. */
describe('migration 0011 on an office database', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(10);
    officeRows(file.raw);
    insertRow(file.raw, 'data_folder', { id: 1, kind: 'office', decided_at: '2026-10-01T08:00:00' });
    insertRow(file.raw, 'complaints', { ...leakComplaint, status: 'awaitingRevisit', due_at: '2026-10-15T23:59:59' });
    insertRow(file.raw, 'repairs', {
      number: 'BX-202610-0001', reported_at: '2026-10-20T08:40:00', room_id: roomIds.r3_1_1502, room_label: '3-1-1502', reporter_name: '陈喆',
      content: '天花板修补后掉灰', category: 'building', work_kind: 'repair', urgency: 'normal', status: 'closed', receiver_staff_id: staffIds.clerk,
      created_at: '2026-10-20T08:41:00', updated_at: '2026-10-25T16:00:00', closed_at: '2026-10-25T16:00:00',
    });
    insertRow(file.raw, 'calls', {
      number: 'LD-202610-0001', called_at: '2026-10-12T09:00:00', room_id: roomIds.r3_1_1502, room_label: '3-1-1502', caller_name: '陈喆',
      matter: '楼上卫生间漏水', recorded_by: staffIds.clerk, outcome: 'complaint', complaint_id: 1, created_at: '2026-10-12T09:01:00', updated_at: '2026-10-12T09:07:00',
    });
    insertRow(file.raw, 'loss_declarations', {
      number: 'YS-202610-0001', declared_at: '2026-10-08T10:00:00', status: 'reported', customer_name: '陈喆', id_number: '110101199003071234',
      phone: '13912345678', room_id: roomIds.r3_1_1502, room_label: '3-1-1502', document_type: 'receipt', document_number: 'No.0012345',
      amount_fen: 2000000, issue_date: '2026-03-15', purpose: 'deposit', consultant_staff_id: staffIds.clerk, by_agent: 0,
      period_ends_on: '2026-10-23', created_by: staffIds.clerk, created_at: '2026-10-08T10:05:00', updated_at: '2026-10-08T10:05:00',
    });
    const revisit = (number: string, status: string, dueAt: string, revisitedAt: string | null, feedback: string | null) => ({
      number, subject_kind: 'complaint', subject_id: 1, purpose: 'completion', status, window_from: '2026-10-15T00:00:00', due_at: dueAt,
      required_role: 'clerk', room_label: '3-1-1502', owner_name: '陈喆', method: revisitedAt ? 'phone' : null, revisitor_staff_id: revisitedAt ? staffIds.clerk : null,
      revisited_at: revisitedAt, feedback, satisfaction: revisitedAt ? 'unsatisfied' : null, reopened: revisitedAt ? 1 : 0,
      created_by: staffIds.clerk, created_at: '2026-10-15T09:00:00', updated_at: '2026-10-15T09:00:00',
    });
    insertRow(file.raw, 'revisits', revisit('HF-202610-0001', 'done', '2026-10-22T23:59:59', '2026-10-16T10:00:00', '还在滴水,不满意'));
    insertRow(file.raw, 'revisits', revisit('HF-202610-0002', 'planned', '2026-11-27T23:59:59', null, null));
    insertRow(file.raw, 'revisits', revisit('HF-202610-0003', 'cancelled', '2026-10-29T23:59:59', null, null));
  });
  afterEach(() => file.close());

  function plan(query: string, ...params: unknown[]): string {
    return (file.raw.prepare(`explain query plan ${query}`).all(...params) as { detail: string }[]).map((step) => step.detail).join('\n');
  }

  it('keeps every record and adds the (room, status) and revisit-time indexes', async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0011_room_history_indexes']);
    expectRowsKept(before, snapshot(file.raw));
    expect(indexesOf(file.raw, 'revisits')).toMatchObject({
      revisits_room_history: ['room_label', '<expr>', 'id'],
      revisits_room_status: ['room_label', 'status'],
    });
    expect(indexesOf(file.raw, 'complaints')).toMatchObject({ complaints_room_status: ['room_id', 'status'] });
    expect(indexesOf(file.raw, 'repairs')).toMatchObject({ repairs_room_status: ['room_id', 'status'] });
    expect(indexesOf(file.raw, 'calls')).toMatchObject({ calls_room_outcome: ['room_id', 'outcome'] });
    expect(indexesOf(file.raw, 'loss_declarations')).toMatchObject({ loss_declarations_room_status: ['room_id', 'status'] });
    expect(file.raw.prepare("select sql from sqlite_master where name = 'revisits_room_history'").pluck().get()).toMatch(/coalesce\(revisited_at, due_at\)/);
  });

  it("pages a room's revisits by the time they show through the index, without sorting", async () => {
    await file.upgrade();
    const page = "select id, coalesce(revisited_at, due_at) as at from revisits where room_label = ? and status != ? order by coalesce(revisited_at, due_at) desc, id desc limit 50";
    expect(plan(page, '3-1-1502', 'cancelled')).toMatch(/USING INDEX revisits_room_history/);
    expect(plan(page, '3-1-1502', 'cancelled')).not.toMatch(/TEMP B-TREE/);
    expect(file.raw.prepare(page).all('3-1-1502', 'cancelled')).toEqual([
      { id: 2, at: '2026-11-27T23:59:59' },
      { id: 1, at: '2026-10-16T10:00:00' },
    ]);
  });

  it("counts a room's records and open ones from the indexes alone", async () => {
    await file.upgrade();
    const counts: [string, string][] = [
      ['complaints', 'room_id = 1 and status not in (\'resolved\', \'archived\')'],
      ['repairs', "room_id = 1 and status != 'closed'"],
      ['calls', "room_id = 1 and outcome = 'pending'"],
      ['loss_declarations', "room_id = 1 and status = 'reported'"],
      ['revisits', "room_label = '3-1-1502' and status = 'planned'"],
    ];
    for (const [table, where] of counts) {
      expect(plan(`select count(*) from ${table} where ${where}`), table).toMatch(/USING COVERING INDEX \w+_(status|outcome)\b/);
    }
    expect(file.raw.prepare("select count(*) from complaints where room_id = 1 and status = 'awaitingRevisit'").pluck().get()).toBe(1);
  });
});
