import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRowsKept, fileAtVersion, indexesOf, insertRow, rowsOf, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, officeRows } from './officeRows';

const localTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/;

/**
 * Folders the 0009 release wrote, upgraded by 0010: each is decided as an office's or head office's by what it holds.
 * The app-level view (auth.status's folderKind) is test/integration/db/headOfficeModeMigration.test.ts.
 */
describe('migration 0010 on data folders of the previous release', () => {
  let file: FileAtVersion;
  beforeEach(async () => (file = await fileAtVersion(9)));
  afterEach(() => file.close());

  function anImport(sha: string) {
    return {
      archive_sha256: sha, file_name: `JX01-2026-10-${sha}.zip`, office_code: 'JX01', office_name: '锦绣花园管理处', period_label: '2026-10',
      created_at: '2026-10-31T18:00:00', imported_at: '2026-11-02T09:00:00', counts: '{"complaints":1}',
    };
  }

  function folderKind(): unknown {
    const rows = rowsOf(file.raw, 'data_folder');
    for (const row of rows) expect(row.decided_at).toMatch(localTime);
    return rows.map((row) => [row.id, row.kind]);
  }

  it("an office's folder, even one that also imported archives, stays an office's", async () => {
    officeRows(file.raw);
    insertRow(file.raw, 'complaints', { ...leakComplaint, due_at: '2026-10-15T23:59:59' });
    insertRow(file.raw, 'ho_imports', anImport('a1'));
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0010_head_office_mode']);
    expectRowsKept(before, snapshot(file.raw));
    expect(folderKind()).toEqual([[1, 'office']]);
  });

  it('a folder with complaints but no office row is an office', async () => {
    insertRow(file.raw, 'departments', { name: '客户服务部' });
    insertRow(file.raw, 'staff', { name: '张晓', department_id: 1, role: 'clerk' });
    insertRow(file.raw, 'complaints', { ...leakComplaint, room_id: null, target_department_id: 1, receiver_staff_id: 1, created_by: 1 });
    await file.upgrade();
    expect(folderKind()).toEqual([[1, 'office']]);
  });

  it('a folder where only a password was set is decided as an office', async () => {
    insertRow(file.raw, 'departments', { name: '客户服务部' });
    insertRow(file.raw, 'staff', { name: '王经理', department_id: 1, role: 'manager', password_hash: 'scrypt$16384$8$1$c2FsdA$aGFzaA' });
    await file.upgrade();
    expect(folderKind()).toEqual([[1, 'office']]);
  });

  it('a folder holding only imports becomes head office, its imports marked as not full data', async () => {
    const importId = insertRow(file.raw, 'ho_imports', anImport('a1'));
    insertRow(file.raw, 'ho_records', {
      office_code: 'JX01', office_name: '锦绣花园管理处', ledger: 'complaints', record_key: 'TS-202610-0001', revision: 0, history_count: 1,
      content_sha256: 'c0', content: '{"number":"TS-202610-0001","content":"楼上卫生间漏水"}', import_id: importId, current: 1,
    });
    const before = snapshot(file.raw);
    await file.upgrade();
    expectRowsKept(before, snapshot(file.raw));
    expect(folderKind()).toEqual([[1, 'headOffice']]);
    expect(file.raw.prepare('select archive_sha256, full_data from ho_imports').all()).toEqual([{ archive_sha256: 'a1', full_data: 0 }]);
  });

  it('a folder nobody set up stays undecided, and only the two kinds can be decided later', async () => {
    await file.upgrade();
    expect(folderKind()).toEqual([]);
    expect(() => insertRow(file.raw, 'data_folder', { id: 1, kind: 'branch', decided_at: '2026-11-23T10:00:00' })).toThrow(/CHECK/);
    expect(() => insertRow(file.raw, 'data_folder', { id: 2, kind: 'office', decided_at: '2026-11-23T10:00:00' })).toThrow(/CHECK/);
  });

  it("adds head office's files, statistics and list indexes", async () => {
    officeRows(file.raw);
    const importId = insertRow(file.raw, 'ho_imports', anImport('a1'));
    const recordId = insertRow(file.raw, 'ho_records', {
      office_code: 'JX01', office_name: '锦绣花园管理处', ledger: 'complaints', record_key: 'TS-202610-0001', revision: 0, history_count: 1,
      content_sha256: 'c0', content: '{}', import_id: importId, current: 1,
    });
    await file.upgrade();
    insertRow(file.raw, 'ho_files', { sha256: 'f1', size: 61234, mime: 'application/pdf', stored_at: '2026-11-23T10:00:00' });
    insertRow(file.raw, 'ho_record_files', { ho_record_id: recordId, role: 'print', name: 'pdf/complaints/TS-202610-0001-R0.pdf', sha256: 'f1' });
    expect(() => insertRow(file.raw, 'ho_record_files', { ho_record_id: recordId, role: 'scan', name: '签字扫描.pdf', sha256: 'f1' })).toThrow(/CHECK/);
    expect(() => insertRow(file.raw, 'ho_record_files', { ho_record_id: recordId, role: 'attachment', name: '签字扫描.pdf', sha256: 'missing' })).toThrow(/FOREIGN KEY/);
    const month = { office_code: 'JX01', office_name: '锦绣花园管理处', month: '2026-10', exported_at: '2026-10-31T18:00:00', report: '{}', import_id: importId };
    insertRow(file.raw, 'ho_statistics', month);
    expect(() => insertRow(file.raw, 'ho_statistics', month)).toThrow(/UNIQUE/);
    expect(file.raw.prepare("select wr from pragma_table_list where name = 'ho_files'").pluck().get()).toBe(1);
    expect(indexesOf(file.raw, 'ho_records')).toMatchObject({
      ho_records_list: ['current', 'office_code', 'ledger', 'record_key desc'],
      ho_records_list_ledger: ['current', 'ledger', 'office_code', 'record_key desc'],
    });
  });
});
