import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRowsKept, fileAtVersion, indexesOf, insertRow, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, officeRows, roomIds, staffIds } from './officeRows';

/** A database with inspections and the seeded phrases upgraded by 0006, which adds 收据、发票遗失声明. */
describe('migration 0006 on a database with complaints and inspections', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(5);
    officeRows(file.raw);
    insertRow(file.raw, 'complaints', { ...leakComplaint, due_at: '2026-10-15T23:59:59' });
    insertRow(file.raw, 'inspections', {
      number: 'XC-202610-0001', complaint_id: 1, inspected_at: '2026-10-13T15:00:00', place: '3栋1单元1602卫生间', inspector_staff_id: staffIds.engineer,
      findings: '地漏周边防水层开裂', outcome: 'followUp', created_by: staffIds.clerk, created_at: '2026-10-13T16:00:00', updated_at: '2026-10-13T16:00:00',
    });
    // An office that edited a seeded phrase and added its own.
    file.raw.prepare("update service_scripts set text = '您好,锦绣花园客服中心,请讲。' where situation = 'greeting' and sort_order = 1").run();
    insertRow(file.raw, 'service_scripts', { situation: 'closing', title: '提醒缴费', text: '本月物业费可在前台或线上缴纳,谢谢!', sort_order: 3 });
  });
  afterEach(() => file.close());

  it('keeps the office edits and records, and takes a loss declaration for an old room', async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0006_loss_declarations']);
    expectRowsKept(before, snapshot(file.raw));

    insertRow(file.raw, 'loss_declarations', {
      number: 'YS-202611-0001', declared_at: '2026-11-05T10:00:00', status: 'reported', customer_name: '陈喆', id_number: '110101199003071234',
      phone: '13912345678', room_id: roomIds.r3_1_1502, room_label: '3-1-1502', document_type: 'receipt', document_number: 'No.0012345',
      amount_fen: 2000000, issue_date: '2026-03-15', purpose: 'deposit', consultant_staff_id: staffIds.clerk, by_agent: 0,
      period_ends_on: '2026-11-20', created_by: staffIds.clerk, created_at: '2026-11-05T10:05:00', updated_at: '2026-11-05T10:05:00',
    });
    expect(file.raw.prepare('select d.number, d.amount_fen, d.outcome, r.label from loss_declarations d join rooms r on r.id = d.room_id').all()).toEqual([
      { number: 'YS-202611-0001', amount_fen: 2000000, outcome: null, label: '3-1-1502' },
    ]);
    expect(() =>
      insertRow(file.raw, 'loss_declarations', {
        number: 'YS-202611-0002', declared_at: '2026-11-05T11:00:00', status: 'reported', customer_name: '刘芳', id_number: '110101198806061111',
        phone: '13700001111', document_type: 'invoice', document_number: '04400001', amount_fen: 150000, issue_date: '2026-01-10', purpose: 'propertyFee',
        consultant_staff_id: 99, by_agent: 0, period_ends_on: '2026-11-20', created_by: staffIds.clerk, created_at: '2026-11-05T11:05:00', updated_at: '2026-11-05T11:05:00',
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(indexesOf(file.raw, 'loss_declarations')).toMatchObject({
      loss_declarations_status_period: ['status', 'period_ends_on'],
      loss_declarations_declared: ['declared_at', 'id'],
      loss_declarations_room: ['room_id', 'declared_at'],
    });
  });
});
