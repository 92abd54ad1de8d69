import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileAtVersion, insertRow, rowsOf, snapshot, type FileAtVersion } from './fileAtVersion';
import { openApp } from '../../../../electron/app/openApp';
import { fixedClock } from '../../../../electron/app/clock';
import { sqliteStore } from '../../../../electron/app/db/headOfficeStore/sqliteStore';
import { migrateStore } from '../../../../electron/app/db/headOfficeStore/store';
import { storeMigrations } from '../../../../electron/app/db/headOfficeStore/migrations';
import { listHeadOfficeOffices, listHeadOfficeRecords } from '../../../../electron/app/headOffice/headOfficeQueries';
import { headOfficeRecord } from '../../../../electron/app/headOffice/headOfficeRecord';
import { headOfficeStatistics } from '../../../../electron/app/headOffice/headOfficeStatistics';

const jinxiu = { office_code: 'JX01', office_name: '锦绣花园管理处' };
const cuihu = { office_code: 'CH02', office_name: '翠湖苑管理处' };

function anImport(office: typeof jinxiu, sha: string, period: string, chain: { start: number; end: number } | null) {
  return {
    archive_sha256: sha, file_name: `taizhang-${office.office_code}-${period}.zip`, ...office, period_label: period,
    created_at: `${period}-28T18:00:00`, imported_at: `${period}-30T09:00:00`, counts: '{"complaints":1}', full_data: 0,
    ...(chain
      ? { period_from: `${period}-01`, period_to: `${period}-30`, chain_start_id: chain.start, chain_start_hash: `h${chain.start}`, chain_end_id: chain.end, chain_end_hash: `h${chain.end}` }
      : {}),
  };
}

function aVersion(office: typeof jinxiu, key: string, sha: string, importId: number, current: number, revision = 0) {
  return {
    ...office, ledger: 'complaints', record_key: key, revision, history_count: revision + 1, content_sha256: sha,
    content: JSON.stringify({ ledger: 'complaints', key, revision, record: { content: '楼上卫生间漏水' }, history: [] }), import_id: importId, current,
  };
}

/**
 * A head office of the 0017 release, upgraded by 0018: its imports move from the ho_* tables into the head-office
 * store's hq_* tables (the same as on PostgreSQL), keyed by office code and content hash instead of row ids.
 */
describe('migration 0018 on a head office of the previous release', () => {
  let file: FileAtVersion;
  beforeEach(async () => (file = await fileAtVersion(17)));
  afterEach(() => file.close());

  /** Two offices; 锦绣 imported twice (a record replaced, the older version kept with its own print); one import older than 0016. */
  function headOfficeRows() {
    insertRow(file.raw, 'data_folder', { id: 1, kind: 'headOffice', decided_at: '2026-10-02T09:00:00' });
    const old = insertRow(file.raw, 'ho_imports', anImport(cuihu, 'a0', '2026-09', null));
    const october = insertRow(file.raw, 'ho_imports', anImport(jinxiu, 'a1', '2026-10', { start: 0, end: 12 }));
    const november = insertRow(file.raw, 'ho_imports', { ...anImport(jinxiu, 'a2', '2026-11', { start: 12, end: 30 }), full_data: 1 });
    const older = insertRow(file.raw, 'ho_records', aVersion(jinxiu, 'TS-202610-0001', 'c1', october, 0));
    const newer = insertRow(file.raw, 'ho_records', aVersion(jinxiu, 'TS-202610-0001', 'c2', november, 1, 1));
    const other = insertRow(file.raw, 'ho_records', aVersion(cuihu, 'TS-202609-0001', 'c3', old, 1));
    // One scan carried by both offices (one file on disk), and each 锦绣 version's own print.
    for (const [sha, size] of [['f-scan', 10], ['f-r0', 20], ['f-r1', 30]] as const) insertRow(file.raw, 'ho_files', { sha256: sha, size, mime: 'application/pdf', stored_at: '2026-10-30T09:00:00' });
    insertRow(file.raw, 'ho_record_files', { ho_record_id: older, role: 'print', name: 'pdf/complaints/TS-202610-0001-R0.pdf', kind: null, sha256: 'f-r0' });
    insertRow(file.raw, 'ho_record_files', { ho_record_id: newer, role: 'print', name: 'pdf/complaints/TS-202610-0001-R1.pdf', kind: null, sha256: 'f-r1' });
    insertRow(file.raw, 'ho_record_files', { ho_record_id: newer, role: 'attachment', name: '签字件.pdf', kind: 'signed', sha256: 'f-scan' });
    insertRow(file.raw, 'ho_record_files', { ho_record_id: other, role: 'attachment', name: '现场.pdf', kind: null, sha256: 'f-scan' });
    insertRow(file.raw, 'ho_statistics', { ...jinxiu, month: '2026-11', exported_at: '2026-11-28T18:00:00', report: '{"tables":[]}', import_id: november });
    insertRow(file.raw, 'ho_statistics', { ...cuihu, month: '2026-09', exported_at: '2026-09-28T18:00:00', report: '{"tables":[]}', import_id: old });
    insertRow(file.raw, 'ho_office_keys', { office_code: 'JX01', public_key: 'pk-jx', fingerprint: 'fp-jx', pinned_at: '2026-10-30T09:00:00', pinned_by: null });
  }

  it('moves every import, version, file link, statistics row and pinned key into the store tables, and drops the ho_* tables', async () => {
    headOfficeRows();
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0018_head_office_store']);
    const after = snapshot(file.raw);
    expect(Object.keys(after).filter((table) => table.startsWith('ho_'))).toEqual([]);

    const imports = (rows: typeof before.ho_imports) => rows!.map(({ id: _, ...row }) => row);
    expect(imports(rowsOf(file.raw, 'hq_imports'))).toEqual(imports(before.ho_imports));
    const shaOf = new Map(before.ho_imports!.map((row) => [row.id, row.archive_sha256]));
    expect(rowsOf(file.raw, 'hq_records')).toEqual(before.ho_records!.map(({ id: _, import_id, ...row }) => ({ ...row, archive_sha256: shaOf.get(import_id) })));
    // The shared scan is held once per office that carried it.
    expect(file.raw.prepare('select * from hq_files order by office_code, sha256').all()).toEqual([
      { office_code: 'CH02', sha256: 'f-scan', size: 10, mime: 'application/pdf', stored_at: '2026-10-30T09:00:00' },
      { office_code: 'JX01', sha256: 'f-r0', size: 20, mime: 'application/pdf', stored_at: '2026-10-30T09:00:00' },
      { office_code: 'JX01', sha256: 'f-r1', size: 30, mime: 'application/pdf', stored_at: '2026-10-30T09:00:00' },
      { office_code: 'JX01', sha256: 'f-scan', size: 10, mime: 'application/pdf', stored_at: '2026-10-30T09:00:00' },
    ]);
    expect(rowsOf(file.raw, 'hq_record_files').map((row) => [row.office_code, row.record_key, row.content_sha256, row.role, row.name, row.kind, row.sha256])).toEqual([
      ['JX01', 'TS-202610-0001', 'c1', 'print', 'pdf/complaints/TS-202610-0001-R0.pdf', null, 'f-r0'],
      ['JX01', 'TS-202610-0001', 'c2', 'print', 'pdf/complaints/TS-202610-0001-R1.pdf', null, 'f-r1'],
      ['JX01', 'TS-202610-0001', 'c2', 'attachment', '签字件.pdf', 'signed', 'f-scan'],
      ['CH02', 'TS-202609-0001', 'c3', 'attachment', '现场.pdf', null, 'f-scan'],
    ]);
    expect(rowsOf(file.raw, 'hq_statistics').map((row) => [row.office_code, row.month, row.archive_sha256])).toEqual([
      ['JX01', '2026-11', 'a2'],
      ['CH02', '2026-09', 'a0'],
    ]);
    expect(rowsOf(file.raw, 'hq_office_keys')).toEqual(before.ho_office_keys);
    // The store's own migration 0001 is booked as applied: the store's later migrations start after it.
    expect(rowsOf(file.raw, 'hq_migrations').map((row) => [row.version, row.name])).toEqual([[1, '0001_office_keyed']]);
    expect(file.raw.pragma('foreign_key_check')).toEqual([]);
    expect(file.raw.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('builds the tables exactly as the store migration builds them on a fresh store', async () => {
    await file.upgrade();
    const columns = (table: string) => file.raw.prepare(`select name, type, "notnull", pk from pragma_table_info(?) order by cid`).all(table);
    const tables = ['hq_imports', 'hq_records', 'hq_files', 'hq_record_files', 'hq_statistics', 'hq_office_keys'];
    const upgraded = Object.fromEntries(tables.map((table) => [table, columns(table)]));
    const indexes = () => file.raw.prepare(`select name, sql from sqlite_master where type = 'index' and tbl_name like 'hq_%' order by name`).all();
    const upgradedIndexes = indexes();
    for (const table of [...tables].reverse()) file.raw.exec(`drop table ${table}`);
    file.raw.exec('delete from hq_migrations');
    const store = sqliteStore(file.db);
    await migrateStore(store, () => '2026-11-23T10:00:00', storeMigrations.slice(0, 1));
    expect(Object.fromEntries(tables.map((table) => [table, columns(table)]))).toEqual(upgraded);
    expect(indexes()).toEqual(upgradedIndexes);
  });

  it('opens as a head office whose lists, records and statistics read the moved rows', async () => {
    headOfficeRows();
    await file.upgrade();
    await file.closeConnection();
    const app = await openApp({ dataDir: file.dir, clock: fixedClock('2026-11-23T10:00:00') });
    try {
      const offices = await listHeadOfficeOffices(app.ctx);
      expect(offices.map((office) => [office.code, office.name, office.counts])).toEqual([
        ['CH02', '翠湖苑管理处', { complaints: 1 }],
        ['JX01', '锦绣花园管理处', { complaints: 1 }],
      ]);
      const page = await listHeadOfficeRecords(app.ctx, { officeCode: 'JX01', page: 1, pageSize: 10 });
      expect(page.items.map((item) => [item.key, item.revision, item.versions])).toEqual([['TS-202610-0001', 1, 2]]);
      const record = await headOfficeRecord(app.ctx, { officeCode: 'JX01', ledger: 'complaints', key: 'TS-202610-0001' });
      expect(record.versions.map((version) => [version.revision, version.current, version.period, version.files.map((f) => f.sha256)])).toEqual([
        [1, true, '2026-11', ['f-scan', 'f-r1']],
        [0, false, '2026-10', ['f-r0']],
      ]);
      expect(record.fullData).toBe(true);
      expect((await headOfficeStatistics(sqliteStore(app.ctx.db), '2026-11')).offices.map((office) => [office.code, office.exportedAt])).toEqual([
        ['CH02', null],
        ['JX01', '2026-11-28T18:00:00'],
      ]);
    } finally {
      await app.close();
    }
  });
});
