import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRowsKept, fileAtVersion, indexesOf, insertRow, rowsOf, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, officeRows, roomIds, staffIds } from './officeRows';

/** A lifecycle database (complaints dispatched by work order) upgraded by 0003, which adds repairs and the call log. */
describe('migration 0003 on a lifecycle database', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(2);
    officeRows(file.raw);
    insertRow(file.raw, 'complaints', { ...leakComplaint, status: 'dispatched', due_at: '2026-10-15T23:59:59', updated_at: '2026-10-12T09:20:00' });
    insertRow(file.raw, 'work_orders', {
      number: 'PG-202610-0001', complaint_id: 1, department_id: 2, assignee_staff_id: staffIds.engineer, issued_by: staffIds.clerk,
      issued_at: '2026-10-12T09:20:00', due_at: '2026-10-13T17:30:00', instructions: '上楼查看1602卫生间防水', status: 'issued',
    });
    insertRow(file.raw, 'calendar_overrides', { date: '2026-10-10', kind: 'workday', name: '国庆调休' });
  });
  afterEach(() => file.close());

  it('keeps the complaints and work orders as they were', async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0003_repairs_calls']);
    expectRowsKept(before, snapshot(file.raw));
    expect(rowsOf(file.raw, 'work_orders').map((row) => [row.number, row.instructions])).toEqual([['PG-202610-0001', '上楼查看1602卫生间防水']]);
  });

  it('takes a call turned into a repair of an old room, and a call about the old complaint, with their indexes', async () => {
    await file.upgrade();
    const callId = insertRow(file.raw, 'calls', {
      number: 'LD-202611-0001', called_at: '2026-11-02T08:40:00', room_id: roomIds.r3_1_1602, room_label: '3-1-1602', caller_name: '刘芳',
      phone: '13700001111', matter: '厨房水龙头关不紧,一直滴水', recorded_by: staffIds.clerk, outcome: 'repair',
      created_at: '2026-11-02T08:41:00', updated_at: '2026-11-02T08:41:00',
    });
    const repairId = insertRow(file.raw, 'repairs', {
      number: 'BX-202611-0001', reported_at: '2026-11-02T08:40:00', room_id: roomIds.r3_1_1602, room_label: '3-1-1602', reporter_name: '刘芳',
      phone: '13700001111', content: '厨房水龙头关不紧,一直滴水', category: 'plumbing', work_kind: 'repair', urgency: 'normal', status: 'accepted',
      receiver_staff_id: staffIds.clerk, call_id: callId, created_at: '2026-11-02T08:41:00', updated_at: '2026-11-02T08:41:00',
    });
    file.raw.prepare('update calls set repair_id = ? where id = ?').run(repairId, callId);
    insertRow(file.raw, 'calls', {
      number: 'LD-202611-0002', called_at: '2026-11-03T14:00:00', room_id: roomIds.r3_1_1502, room_label: '3-1-1502', caller_name: '陈喆',
      matter: '询问漏水投诉处理进度', recorded_by: staffIds.clerk, outcome: 'consultation', answer: '已派工程部上门', complaint_id: 1,
      created_at: '2026-11-03T14:02:00', updated_at: '2026-11-03T14:02:00',
    });

    expect(file.raw.prepare('select number, call_id, round, department_id, due_at, charge_fen from repairs').all()).toEqual([
      { number: 'BX-202611-0001', call_id: callId, round: 0, department_id: null, due_at: null, charge_fen: null },
    ]);
    expect(file.raw.prepare('select c.number, c.repair_id, p.number as complaint from calls c left join complaints p on p.id = c.complaint_id order by c.id').all()).toEqual([
      { number: 'LD-202611-0001', repair_id: repairId, complaint: null },
      { number: 'LD-202611-0002', repair_id: null, complaint: 'TS-202610-0001' },
    ]);
    expect(() => insertRow(file.raw, 'repairs', { ...repairRow(), number: 'BX-202611-0002', room_id: 99 })).toThrow(/FOREIGN KEY/);
    expect(() => insertRow(file.raw, 'calls', { ...callRow(), complaint_id: 99 })).toThrow(/FOREIGN KEY/);

    expect(indexesOf(file.raw, 'calls')).toMatchObject({ calls_called_at: ['called_at', 'id'], calls_room: ['room_id', 'called_at'], calls_complaint: ['complaint_id'] });
    expect(indexesOf(file.raw, 'repairs')).toMatchObject({ repairs_reported: ['reported_at', 'id'], repairs_status: ['status', 'due_at'], repairs_room: ['room_id', 'reported_at'] });
  });
});

function repairRow() {
  return {
    reported_at: '2026-11-04T10:00:00', reporter_name: '陈喆', content: '阳台灯不亮', category: 'electrical', work_kind: 'repair', urgency: 'normal',
    status: 'accepted', receiver_staff_id: staffIds.clerk, created_at: '2026-11-04T10:01:00', updated_at: '2026-11-04T10:01:00',
  };
}

function callRow() {
  return { number: 'LD-202611-0009', called_at: '2026-11-04T10:00:00', matter: '咨询', recorded_by: staffIds.clerk, outcome: 'pending', created_at: '2026-11-04T10:01:00', updated_at: '2026-11-04T10:01:00' };
}
