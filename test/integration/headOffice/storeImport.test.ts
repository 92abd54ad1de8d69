import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmedKey, openHeadOffice, openTestOffice, complaintIntake, type EmptyApp, type TestOffice } from '../../helpers/testApp';
import { complaintAt, steps } from '../../helpers/lifecycle';
import { storeDialects, testStores } from '../../helpers/headOfficeStores';
import { exportArchive } from '../../../electron/app/archive/archiveExport';
import { importArchive } from '../../../electron/app/headOffice/headOfficeImport';
import { importIntoStore, importManyIntoStore, type StoreImportEnv } from '../../../electron/app/headOffice/storeImport';
import type { ManyImportProgress } from '../../../electron/app/headOffice/importMany';
import { headOfficeStatistics } from '../../../electron/app/headOffice/headOfficeStatistics';
import type { HeadOfficeStore } from '../../../electron/app/db/headOfficeStore/store';
import { sqliteStore } from '../../../electron/app/db/headOfficeStore/sqliteStore';

const stores = testStores();

/** Two offices' archives of November: 锦绣 (JX01) twice, the second after a complaint moved on; 翠湖 (CH02) once. */
let jinxiu: TestOffice;
let cuihu: TestOffice;
let reference: EmptyApp;
let out: string;
const archives = { jinxiu: '', jinxiuLater: '', cuihu: '' };
let keys: string[];

beforeAll(async () => {
  jinxiu = await openTestOffice();
  cuihu = await openTestOffice();
  reference = await openHeadOffice();
  out = mkdtempSync(join(tmpdir(), 'taizhang-hqs-'));
  await cuihu.app.call('office.save', { name: '翠湖苑管理处', companyName: '安居物业服务有限公司', code: 'CH02' });
  await complaintAt(jinxiu, 'archived');
  const open = await jinxiu.asClerk.call('complaints.create', complaintIntake(jinxiu, { content: '车库灯坏' }));
  await cuihu.asClerk.call('complaints.create', complaintIntake(cuihu, { category: 'greening', severity: 'major', content: '草坪枯死' }));
  archives.jinxiu = (await exportArchive(jinxiu.app.ctx, { outDir: out, staffId: null })).file;
  archives.cuihu = (await exportArchive(cuihu.app.ctx, { outDir: out, staffId: null })).file;
  await jinxiu.asClerk.call('complaints.dispatch', steps.dispatch(jinxiu, open.id));
  archives.jinxiuLater = (await exportArchive(jinxiu.app.ctx, { outDir: out, staffId: null })).file;
  keys = [...(await confirmedKey(jinxiu)).confirmedKeys, ...(await confirmedKey(cuihu)).confirmedKeys];
  // The app's own head office (its store in the folder's database) imports the same archives one by one: the workers must agree with it.
  for (const file of [archives.jinxiu, archives.cuihu, archives.jinxiuLater]) await importArchive(reference.app.ctx, file, null, { confirmedKeys: keys });
});
afterAll(async () => {
  await jinxiu?.close();
  await cuihu?.close();
  await reference?.close();
  rmSync(out, { recursive: true, force: true });
});

const versions = (store: HeadOfficeStore) =>
  store.db.selectFrom('hq_records').select(['office_code', 'ledger', 'record_key', 'content_sha256', 'current', 'content']).orderBy('office_code').orderBy('ledger').orderBy('record_key').orderBy('current').execute();

describe.each(storeDialects)('importing archives into the head-office store on %s', (dialect) => {
  let env: StoreImportEnv;
  afterAll(() => rmSync(env.dataDir, { recursive: true, force: true }));
  beforeAll(async () => {
    const { store } = await stores.fresh(dialect);
    const dataDir = mkdtempSync(join(tmpdir(), 'taizhang-hqs-data-'));
    env = { store, dataDir, ledgers: reference.app.ctx.ledgers, now: () => '2026-11-23T10:00:00' };
  });

  it("refuses an office's first archive until its key's fingerprint is confirmed, storing nothing", async () => {
    await expect(importIntoStore(env, archives.jinxiu, null)).rejects.toThrow('第一次导入');
    expect(await env.store.db.selectFrom('hq_imports').selectAll().execute()).toEqual([]);
  });

  it('lands the same archive once when it is imported twice at the same moment', async () => {
    const both = await Promise.all([
      importIntoStore(env, archives.jinxiu, null, { confirmedKeys: keys }),
      importIntoStore(env, archives.jinxiu, null, { confirmedKeys: keys }),
    ]);
    expect(both.map((result) => result.alreadyImported).sort()).toEqual([false, true]);
    expect(both.find((result) => !result.alreadyImported)).toMatchObject({ officeCode: 'JX01', added: 3, replaced: 0 });
    expect(await env.store.db.selectFrom('hq_imports').select('office_code').execute()).toEqual([{ office_code: 'JX01' }]);
    expect(await versions(env.store)).toHaveLength(3);
  });

  it("imports many archives with several workers, reporting progress, each landing once, as the app's import one by one holds them", async () => {
    const seen: ManyImportProgress[] = [];
    const files = [archives.cuihu, archives.jinxiuLater, archives.jinxiu, archives.cuihu];
    const outcomes = await importManyIntoStore(env, files, null, { workers: 3, confirmedKeys: keys, onProgress: (progress) => seen.push(progress) });
    expect(outcomes.map((outcome) => outcome.error)).toEqual([null, null, null, null]);
    expect(outcomes.filter((outcome) => !outcome.result!.alreadyImported)).toHaveLength(2);
    expect(seen.at(-1)).toMatchObject({ archivesDone: 4, archivesTotal: 4, working: [] });
    expect(seen.some((progress) => progress.recordsDone > 0 && progress.archivesDone < 4)).toBe(true);
    expect(Math.max(...seen.map((progress) => progress.working.length))).toBeGreaterThan(1);

    const held = await versions(env.store);
    const app = await reference.app.ctx.db.selectFrom('hq_records').select(['office_code', 'ledger', 'record_key', 'content_sha256', 'current', 'content']).execute();
    const sortKey = (row: { office_code: string; ledger: string; record_key: string; current: number }) => `${row.office_code}/${row.ledger}/${row.record_key}/${row.current}`;
    expect(held.map((row) => ({ ...row, current: Number(row.current) })).sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
      app.sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    );
    expect(held.filter((row) => Number(row.current) === 0)).toHaveLength(1);
  });

  it("shows the statistics of all offices side by side, equal to the app's own view", async () => {
    const side = await headOfficeStatistics(env.store, '2026-11');
    expect(side.offices.map((office) => office.code)).toEqual(['CH02', 'JX01']);
    expect(side.tables.length).toBeGreaterThan(0);
    expect(side).toEqual(await headOfficeStatistics(sqliteStore(reference.app.ctx.db), '2026-11'));
  });

  it('reports a refused archive among the others and stores nothing of it', async () => {
    const before = await versions(env.store);
    const { store } = await stores.fresh(dialect);
    const other = { ...env, store };
    await importIntoStore(other, archives.cuihu, null, { confirmedKeys: keys });
    expect((await importManyIntoStore(other, [archives.jinxiu], null, { workers: 2 }))[0]!.error).toContain('第一次导入');
    expect(await versions(env.store)).toEqual(before);
    expect(await store.db.selectFrom('hq_imports').select('office_code').execute()).toEqual([{ office_code: 'CH02' }]);
  });
});
