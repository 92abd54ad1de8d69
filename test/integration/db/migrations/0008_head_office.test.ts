import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRowsKept, fileAtVersion, indexesOf, insertRow, rowsOf, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, officeRows } from './officeRows';

/** An office's searchable database upgraded by 0008, which adds head office's store of imported record versions. */
describe('migration 0008 on an office database', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(7);
    officeRows(file.raw);
    insertRow(file.raw, 'complaints', { ...leakComplaint, due_at: '2026-10-15T23:59:59' });
    // What the complaint service wrote beside it: 漏水's bigram and the year.
    file.raw.prepare("insert into complaint_search (rowid, doc) values (1, 'b006f0f006c34 y2026')").run();
  });
  afterEach(() => file.close());

  it("keeps the office's records and its search index", async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0008_head_office']);
    expectRowsKept(before, snapshot(file.raw));
    expect(file.raw.prepare("select rowid from complaint_search where complaint_search match 'b006f0f006c34'").pluck().all()).toEqual([1]);
    expect(rowsOf(file.raw, 'ho_imports')).toEqual([]);
    expect(rowsOf(file.raw, 'ho_records')).toEqual([]);
  });

  it('keeps every version of an imported record once, by content hash', async () => {
    await file.upgrade();
    const importRow = (sha: string, period: string) => ({
      archive_sha256: sha, file_name: `JX01-${period}.zip`, office_code: 'JX01', office_name: '锦绣花园管理处', period_label: period,
      created_at: `${period}-30T18:00:00`, imported_at: '2026-11-23T10:00:00', counts: '{"complaints":1}',
    });
    const october = insertRow(file.raw, 'ho_imports', importRow('a1', '2026-10'));
    const november = insertRow(file.raw, 'ho_imports', importRow('b2', '2026-11'));
    const version = (importId: number, revision: number, sha: string, current: number) => ({
      office_code: 'JX01', office_name: '锦绣花园管理处', ledger: 'complaints', record_key: 'TS-202610-0001', revision, history_count: revision + 1,
      content_sha256: sha, content: JSON.stringify({ number: 'TS-202610-0001', content: '楼上卫生间漏水', revision }), import_id: importId, current,
    });
    insertRow(file.raw, 'ho_records', version(october, 0, 'c0', 0));
    insertRow(file.raw, 'ho_records', version(november, 1, 'c1', 1));
    expect(() => insertRow(file.raw, 'ho_records', version(november, 1, 'c1', 1))).toThrow(/UNIQUE/);
    expect(() => insertRow(file.raw, 'ho_imports', importRow('a1', '2026-10'))).toThrow(/UNIQUE/);
    expect(() => insertRow(file.raw, 'ho_records', version(99, 2, 'c2', 1))).toThrow(/FOREIGN KEY/);

    expect(file.raw.prepare('select record_key, revision, current, json_extract(content, \'$.content\') as content from ho_records order by id').all()).toEqual([
      { record_key: 'TS-202610-0001', revision: 0, current: 0, content: '楼上卫生间漏水' },
      { record_key: 'TS-202610-0001', revision: 1, current: 1, content: '楼上卫生间漏水' },
    ]);
    expect(indexesOf(file.raw, 'ho_records')).toMatchObject({ ho_records_current: ['current', 'office_code', 'ledger'] });
  });
});
