import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRowsKept, fileAtVersion, indexesOf, insertRow, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, officeRows, staffIds } from './officeRows';

/** An office with a complaint, upgraded by 0012: the imported files and their rows. */
describe('migration 0012 on an office database', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(11);
    officeRows(file.raw);
    insertRow(file.raw, 'data_folder', { id: 1, kind: 'office', decided_at: '2026-10-01T08:00:00' });
    insertRow(file.raw, 'complaints', { ...leakComplaint, status: 'accepted', due_at: '2026-10-15T23:59:59' });
  });
  afterEach(() => file.close());

  it('keeps every record and adds the import tables, each file and each old number once', async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0012_data_imports']);
    expectRowsKept(before, snapshot(file.raw));
    expect(indexesOf(file.raw, 'import_rows')).toMatchObject({
      import_rows_record: ['entity', 'entity_id'],
      import_rows_original: ['entity', 'original_number'],
      import_rows_fingerprint: ['entity', 'fingerprint'],
    });
    const batch = { kind: 'complaints', file_sha256: 'a'.repeat(64), file_name: '投诉台账.xlsx', sheet: null, imported_by: staffIds.clerk, imported_at: '2026-11-01T09:00:00', rows_imported: 1, rows_skipped: 0 };
    insertRow(file.raw, 'import_batches', batch);
    expect(() => insertRow(file.raw, 'import_batches', batch)).toThrow(/UNIQUE/);
    const row = { batch_id: 1, row_number: 2, entity: 'complaint', entity_id: 1, original_number: 'TS-2025-001', fingerprint: 'f'.repeat(64) };
    insertRow(file.raw, 'import_rows', row);
    expect(() => insertRow(file.raw, 'import_rows', { ...row, row_number: 3, fingerprint: 'e'.repeat(64) })).toThrow(/UNIQUE/);
    // Rows without an old number are told apart by their values alone.
    insertRow(file.raw, 'import_rows', { ...row, row_number: 4, original_number: null, fingerprint: 'd'.repeat(64) });
    insertRow(file.raw, 'import_rows', { ...row, row_number: 5, original_number: null, fingerprint: 'c'.repeat(64) });
    expect(() => insertRow(file.raw, 'import_rows', { ...row, row_number: 6, original_number: null, fingerprint: 'c'.repeat(64) })).toThrow(/UNIQUE/);
  });
});
