import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRowsKept, fileAtVersion, insertRow, rowsOf, snapshot, type FileAtVersion } from './fileAtVersion';
import { officeRows } from './officeRows';

/** An office and a head office of the 0015 release, upgraded by 0016: sign-in failures, signing keys, chain points. */
describe('migration 0016 on data folders of the previous release', () => {
  let file: FileAtVersion;
  beforeEach(async () => (file = await fileAtVersion(15)));
  afterEach(() => file.close());

  it('keeps every row, an earlier import without a chain or period, and starts with no failures and no keys', async () => {
    officeRows(file.raw);
    insertRow(file.raw, 'ho_imports', {
      archive_sha256: 'a1', file_name: 'taizhang-JX01-2026-10.zip', office_code: 'JX01', office_name: '锦绣花园管理处', period_label: '2026-10',
      created_at: '2026-10-31T18:00:00', imported_at: '2026-11-02T09:00:00', counts: '{"complaints":1}',
    });
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0016_integrity']);
    expectRowsKept(before, snapshot(file.raw));
    expect(rowsOf(file.raw, 'ho_imports')[0]).toMatchObject({ period_from: null, chain_start_id: null, chain_end_hash: null });
    expect(rowsOf(file.raw, 'sign_in_failures')).toEqual([]);
    expect(rowsOf(file.raw, 'office_signing_key')).toEqual([]);
    expect(rowsOf(file.raw, 'archive_exports')).toEqual([]);
  });

  it('holds one signing key per office, one pinned key per office code and per key', async () => {
    officeRows(file.raw);
    await file.upgrade();
    insertRow(file.raw, 'office_signing_key', { id: 1, public_key: 'p', private_key: 'k', created_at: '2026-11-23T10:00:00' });
    expect(() => insertRow(file.raw, 'office_signing_key', { id: 2, public_key: 'q', private_key: 'k', created_at: '2026-11-23T10:00:00' })).toThrow();
    insertRow(file.raw, 'ho_office_keys', { office_code: 'JX01', public_key: 'p', fingerprint: 'f', pinned_at: '2026-11-23T10:00:00' });
    expect(() => insertRow(file.raw, 'ho_office_keys', { office_code: 'CH02', public_key: 'p', fingerprint: 'f', pinned_at: '2026-11-23T10:00:00' })).toThrow();
    expect(() => insertRow(file.raw, 'sign_in_failures', { staff_id: 999, failures: 1, unseen: 1, last_failed_at: '2026-11-23T10:00:00' })).toThrow();
  });
});
