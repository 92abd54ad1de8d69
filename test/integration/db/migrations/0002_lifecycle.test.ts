import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRowsKept, fileAtVersion, indexesOf, insertRow, rowsOf, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, noiseComplaint, officeRows, staffIds } from './officeRows';

/**
 * A foundation database (no deadlines, no passwords, unchained history) upgraded by 0002. The app-level view of
 * the same upgrade (sign-in setup, audit.verify) is test/integration/db/lifecycleMigration.test.ts.
 */
describe('migration 0002 on a foundation database', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(1);
    officeRows(file.raw);
    insertRow(file.raw, 'complaints', leakComplaint);
    insertRow(file.raw, 'complaints', noiseComplaint);
    const history = [
      { entity: 'complaint', entity_id: 1, at: '2026-10-12T09:07:00', staff_id: staffIds.clerk, action: '受理', summary: '受理投诉', changes: null },
      { entity: 'complaint', entity_id: 1, at: '2026-10-12T10:30:00', staff_id: staffIds.clerk, action: '修改', summary: '修改联系电话', changes: '{"phone":["13912345670","13912345678"]}' },
      { entity: 'complaint', entity_id: 2, at: '2026-10-30T21:45:00', staff_id: null, action: '受理', summary: '匿名投诉,系统登记', changes: null },
    ];
    for (const row of history) insertRow(file.raw, 'record_history', row);
  });
  afterEach(() => file.close());

  it('keeps every row and gives old complaints the 3-day deadline, round 0 and no extensions', async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0002_lifecycle']);
    expectRowsKept(before, snapshot(file.raw));

    // Calendar days from the day received, to the end of that day: 10-12 → 10-15, and across the month end 10-30 → 11-02.
    expect(file.raw.prepare('select number, due_at, round, extension_count, printed_revision, archived_at from complaints order by id').all()).toEqual([
      { number: 'TS-202610-0001', due_at: '2026-10-15T23:59:59', round: 0, extension_count: 0, printed_revision: null, archived_at: null },
      { number: 'TS-202610-0002', due_at: '2026-11-02T23:59:59', round: 0, extension_count: 0, printed_revision: null, archived_at: null },
    ]);
    // Nobody has a password yet: the first start asks for the first manager.
    expect(file.raw.prepare('select count(*) from staff where password_hash is not null').pluck().get()).toBe(0);
    expect(indexesOf(file.raw, 'complaints')).toMatchObject({ complaints_status_due: ['status', 'due_at'], complaints_phone_received: ['phone', 'received_at'] });
    for (const table of ['work_orders', 'revisits', 'deadline_extensions', 'alerts', 'complaint_repeats', 'attachments', 'record_attachments', 'capa_reports', 'calendar_overrides']) {
      expect(rowsOf(file.raw, table), table).toEqual([]);
    }
  });

  it('chains the history written before, in the order it was written', async () => {
    await file.upgrade();
    const rows = rowsOf(file.raw, 'record_history');
    expect(rows.map((row) => [row.revision, row.reason])).toEqual([[0, null], [0, null], [0, null]]);
    // The chain's definition, written out here: SHA-256 of the JSON of the previous hash and the sealed fields.
    let previous = '';
    for (const row of rows) {
      const sealed = [previous, row.entity, row.entity_id, row.at, row.staff_id, row.action, row.summary, row.changes, 0, null];
      expect(row.prev_hash, `prev_hash of row ${row.id}`).toBe(previous);
      expect(row.hash, `hash of row ${row.id}`).toBe(createHash('sha256').update(JSON.stringify(sealed)).digest('hex'));
      previous = row.hash as string;
    }
    expect(new Set(rows.map((row) => row.hash)).size).toBe(3);
  });
});
