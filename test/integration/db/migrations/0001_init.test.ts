import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnNames, fileAtVersion, indexesOf, insertRow, rowsOf, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, officeRows } from './officeRows';

/** 0001 has no older data to carry: it turns a new, empty file into the foundation schema an office fills. */
describe('migration 0001 on a new file', () => {
  let file: FileAtVersion;
  beforeEach(async () => (file = await fileAtVersion(0)));
  afterEach(() => file.close());

  it('builds the foundation tables, their defaults and the list indexes, and records itself', async () => {
    expect(await file.upgrade()).toEqual(['0001_init']);
    expect(file.raw.pragma('user_version', { simple: true })).toBe(1);
    expect(rowsOf(file.raw, 'schema_migrations')).toEqual([{ version: 1, name: '0001_init', applied_at: '2026-11-23T10:00:00' }]);

    officeRows(file.raw);
    insertRow(file.raw, 'complaints', leakComplaint);
    insertRow(file.raw, 'record_history', { entity: 'complaint', entity_id: 1, at: '2026-10-12T09:07:00', staff_id: 3, action: '受理', summary: '受理投诉' });

    expect(rowsOf(file.raw, 'departments').map((row) => [row.name, row.active, row.sort_order])).toEqual([['客户服务部', 1, 1], ['工程部', 1, 2], ['秩序维护部', 1, 3]]);
    expect(rowsOf(file.raw, 'staff', "name = '张晓'")).toEqual([{ id: 3, name: '张晓', department_id: 1, role: 'clerk', phone: null, active: 1 }]);
    // anonymous, urgent and revision default to 0; validity waits for the investigation.
    expect(rowsOf(file.raw, 'complaints')).toEqual([{ id: 1, referral_source: null, target_description: null, anonymous: 0, urgent: 0, validity: null, revision: 0, ...leakComplaint }]);
    expect(columnNames(file.raw, 'record_history')).toEqual(['id', 'entity', 'entity_id', 'at', 'staff_id', 'action', 'summary', 'changes']);

    expect(indexesOf(file.raw, 'complaints')).toMatchObject({
      complaints_received: ['received_at', 'id'],
      complaints_status_received: ['status', 'received_at'],
      complaints_category_received: ['category', 'received_at'],
      complaints_severity_received: ['severity', 'received_at'],
      complaints_room_id_received: ['room_id', 'received_at'],
    });
    expect(indexesOf(file.raw, 'rooms')).toMatchObject({ rooms_room_no: ['room_no'] });
    expect(indexesOf(file.raw, 'owners')).toMatchObject({ owners_room: ['room_id'], owners_name: ['name'] });
    expect(indexesOf(file.raw, 'record_history')).toMatchObject({ record_history_entity: ['entity', 'entity_id', 'id'] });
  });

  it('keeps one office, one label per room and one number per complaint', async () => {
    await file.upgrade();
    officeRows(file.raw);
    insertRow(file.raw, 'complaints', leakComplaint);
    expect(() => insertRow(file.raw, 'office', { id: 2, name: '第二管理处', company_name: '安居物业服务有限公司', code: 'JX02' })).toThrow(/CHECK/);
    expect(() => insertRow(file.raw, 'rooms', { building: '3栋', unit: '1单元', room_no: '1502', label: '3-1-1502' })).toThrow(/UNIQUE/);
    expect(() => insertRow(file.raw, 'complaints', { ...leakComplaint, content: '重复编号' })).toThrow(/UNIQUE/);
    expect(() => insertRow(file.raw, 'owners', { room_id: 99, name: '无房业主' })).toThrow(/FOREIGN KEY/);
  });
});
