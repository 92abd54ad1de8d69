import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmedKey, complaintIntake, openHeadOffice, openTestOffice, type EmptyApp, type TestOffice } from '../../helpers/testApp';
import { complaintAt, tinyPdf } from '../../helpers/lifecycle';
import { resign, rewriteZip } from '../../helpers/archiveZip';
import { officeSigningKey } from '../../../electron/app/archive/officeSigningKey';
import { pollUntil } from '../../helpers/poll';
import { exportArchive } from '../../../electron/app/archive/archiveExport';
import { importArchive } from '../../../electron/app/headOffice/headOfficeImport';
import { readZip } from '../../../electron/app/archive/zipIn';
import { readAttachment } from '../../../electron/app/attachments/attachmentStore';
import { headOfficeFilesDir } from '../../../electron/app/headOffice/headOfficeFiles';
import { HeadOfficeImportJobs } from '../../../electron/app/headOffice/headOfficeImportJobs';
import type { StatisticsReport } from '../../../shared/domain/statistics/statistics';

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** Every file under a folder, recursively (the head-office file store). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('head-office mode: a data folder of its own kind', () => {
  let office: TestOffice;
  let headOffice: EmptyApp;
  let out: string;
  let archive: string;

  beforeAll(async () => {
    office = await openTestOffice();
    headOffice = await openHeadOffice();
    out = mkdtempSync(join(tmpdir(), 'taizhang-hom-'));
    await office.asClerk.call('complaints.create', complaintIntake(office, { content: '电梯异响' }));
    archive = (await exportArchive(office.app.ctx, { outDir: out, staffId: null })).file;
  });
  afterAll(async () => {
    await office.close();
    await headOffice.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('says what each folder is', async () => {
    expect((await office.app.call('auth.status', {})).folderKind).toBe('office');
    expect((await headOffice.app.call('auth.status', {})).folderKind).toBe('headOffice');
  });

  it("refuses an import into an office's own database, telling to use a separate head-office folder", async () => {
    await expect(importArchive(office.app.ctx, archive, null)).rejects.toThrow(/管理处自己的数据文件夹.*TAIZHANG_DATA_DIR/);
    const refused = await office.app.invoke('headOffice.import', { files: [archive] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('TAIZHANG_DATA_DIR') } });
    expect(await office.app.ctx.db.selectFrom('hq_imports').selectAll().execute()).toEqual([]);
    expect(filesUnder(headOfficeFilesDir(office.dataDir))).toEqual([]);
  });

  it('an office refuses the head-office channels', async () => {
    for (const [channel, input] of [['headOffice.offices', {}], ['headOffice.records', {}], ['headOffice.statistics', {}]] as const) {
      expect(await office.app.invoke(channel, input), channel).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('管理处自己的数据文件夹') } });
    }
  });

  it("head office refuses the office's channels, reads and writes alike, and still signs in", async () => {
    const calls: [string, unknown][] = [
      ['complaints.create', complaintIntake(office)],
      ['complaints.list', {}],
      ['desk.today', {}],
      ['office.save', { name: '总部', companyName: '安居物业服务有限公司', code: 'HQ' }],
      ['repairs.list', {}],
      ['statistics.report', { from: '2026-11' }],
      ['archive.export', { out }],
    ];
    for (const [channel, input] of calls) {
      expect(await headOffice.app.invoke(channel, input), channel).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('总部汇总的数据文件夹') } });
    }
    expect(await headOffice.app.invoke('app.info', {})).toMatchObject({ ok: true });
    expect(await headOffice.app.invoke('backup.status', {})).toMatchObject({ ok: true });
    expect(await headOffice.app.invoke('headOffice.offices', {})).toMatchObject({ ok: true, value: [] });
  });

  it('a fresh folder becomes head office by its first import, and then refuses being set up as an office', async () => {
    const fresh = await openHeadOffice({ signedIn: false });
    try {
      expect((await fresh.app.call('auth.status', {})).folderKind).toBeNull();
      await importArchive(fresh.app.ctx, archive, null, await confirmedKey(office));
      expect((await fresh.app.call('auth.status', {})).folderKind).toBe('headOffice');
      // The first account on it keeps the folder head office's whatever the screen sent.
      await fresh.app.call('auth.setup', { name: '总部经理', password: 'manager-pass', folderKind: 'office' });
      expect((await fresh.app.call('auth.status', {})).folderKind).toBe('headOffice');
      expect(await fresh.app.invoke('office.save', { name: 'x', companyName: 'y', code: 'Z1' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } finally {
      await fresh.close();
    }
  });
});

describe('head office keeps the PDFs and attachments', () => {
  let office: TestOffice;
  let headOffice: EmptyApp;
  let out: string;
  let first: string;
  let number: string;
  let printedNumber: string;
  let printedId: number;

  beforeAll(async () => {
    office = await openTestOffice();
    headOffice = await openHeadOffice();
    out = mkdtempSync(join(tmpdir(), 'taizhang-hof-'));
    number = (await complaintAt(office, 'archived')).number;
    // Printed for signature, so the correction below raises its revision.
    const printed = await office.asClerk.call('complaints.create', complaintIntake(office, { content: '地库照明不足' }));
    await office.asClerk.call('complaints.print', { id: printed.id });
    printedNumber = printed.number;
    printedId = printed.id;
    first = (await exportArchive(office.app.ctx, { outDir: out, staffId: null })).file;
  });
  afterAll(async () => {
    await office.close();
    await headOffice.close();
    rmSync(out, { recursive: true, force: true });
  });

  const detail = (key = number) => headOffice.app.call('headOffice.record', { officeCode: 'JX01', ledger: 'complaints', key });

  it("stores them by hash, linked to the version, retrievable byte for byte as the office's", async () => {
    await headOffice.app.call('headOffice.import', { files: [first], ...(await confirmedKey(office)) });
    const { entries } = await readZip(first);
    const record = await detail();
    expect(record.versions).toHaveLength(1);
    const files = record.versions[0]!.files;
    const print = files.find((file) => file.role === 'print' && file.name === `pdf/complaints/${number}-R${record.revision}.pdf`)!;
    expect(print).toBeDefined();
    const printed = await headOffice.app.call('headOffice.file', { sha256: print.sha256 });
    expect(printed).toMatchObject({ mime: 'application/pdf', fileName: `${number}-R${record.revision}.pdf` });
    expect(Buffer.from(printed.contentBase64, 'base64').equals(entries.get(print.name)!)).toBe(true);

    const scan = files.find((file) => file.role === 'attachment')!;
    expect(scan).toMatchObject({ name: '签字件.pdf', sha256: sha256(tinyPdf) });
    const stored = Buffer.from((await headOffice.app.call('headOffice.file', { sha256: scan.sha256 })).contentBase64, 'base64');
    expect(stored.equals(await readAttachment(office.dataDir, scan.sha256))).toBe(true);
    // Under the head-office data folder, named by the hash alone.
    for (const file of filesUnder(headOfficeFilesDir(headOffice.dataDir))) expect(file.startsWith(headOffice.dataDir)).toBe(true);
    expect(existsSync(join(headOfficeFilesDir(headOffice.dataDir), scan.sha256.slice(0, 2), scan.sha256))).toBe(true);
    expect(record.history.length).toBeGreaterThan(5);
    expect(record.fields).toEqual(expect.arrayContaining([{ name: '联系电话', value: '139****5678' }]));
  });

  it('a second import of the same archive, or of a new export of the same records, adds no file and no link', async () => {
    const before = { files: filesUnder(headOfficeFilesDir(headOffice.dataDir)).sort(), links: await headOffice.app.ctx.db.selectFrom('hq_record_files').selectAll().execute() };
    await importArchive(headOffice.app.ctx, first, null);
    await importArchive(headOffice.app.ctx, (await exportArchive(office.app.ctx, { outDir: out, staffId: null })).file, null);
    expect(filesUnder(headOfficeFilesDir(headOffice.dataDir)).sort()).toEqual(before.files);
    expect(await headOffice.app.ctx.db.selectFrom('hq_record_files').selectAll().execute()).toEqual(before.links);
    // The new export's re-rendered forms of versions already held were staged and let go, not kept.
    expect(readdirSync(join(headOffice.dataDir, 'headOffice')).filter((name) => name !== 'files')).toEqual([]);
  });

  it('a newer revision brings its new PDF while the older version keeps its own', async () => {
    const number = printedNumber;
    const older = await detail(number);
    await office.asSupervisor.call('complaints.edit', { id: printedId, demand: '尽快上门维修,并书面答复', reason: '业主补充要求' });
    const later = (await exportArchive(office.app.ctx, { outDir: out, staffId: null })).file;
    expect(await importArchive(headOffice.app.ctx, later, null)).toMatchObject({ replaced: 1 });
    const newer = await detail(number);
    expect(newer.revision).toBe(older.revision + 1);
    expect(newer.versions.map((version) => [version.revision, version.current])).toEqual([
      [older.revision + 1, true],
      [older.revision, false],
    ]);
    const formOf = (files: typeof newer.versions[number]['files']) => files.find((file) => file.name.startsWith(`pdf/complaints/${number}-R`))!;
    expect(formOf(newer.versions[0]!.files).name).toBe(`pdf/complaints/${number}-R${newer.revision}.pdf`);
    expect(formOf(newer.versions[1]!.files)).toEqual(formOf(older.versions[0]!.files));
    expect(formOf(newer.versions[0]!.files).sha256).not.toBe(formOf(older.versions[0]!.files).sha256);
    const { entries } = await readZip(later);
    const content = Buffer.from((await headOffice.app.call('headOffice.file', { sha256: formOf(newer.versions[0]!.files).sha256 })).contentBase64, 'base64');
    expect(content.equals(entries.get(`pdf/complaints/${number}-R${newer.revision}.pdf`)!)).toBe(true);
    expect(newer.history.at(-1)).toMatchObject({ reason: '业主补充要求' });
    // Each version keeps its own fields.
    expect(newer.fields).toContainEqual({ name: '业主要求', value: '尽快上门维修,并书面答复' });
    expect(newer.versions[1]!.fields).toContainEqual({ name: '业主要求', value: '尽快上门维修并查明原因' });
  });

  it('refuses whole an archive naming an attachment outside its folder, even rehashed and signed by the office itself', async () => {
    const key = (await officeSigningKey(office.app.ctx.db))!;
    const importsBefore = await headOffice.app.ctx.db.selectFrom('hq_imports').select('archive_sha256').execute();
    const storeBefore = filesUnder(headOfficeFilesDir(headOffice.dataDir)).sort();
    const target = join(out, 'traversal.zip');
    await rewriteZip(first, target, (entries) => {
      const path = 'ledgers/complaints.ndjson';
      const text = entries.get(path)!.toString('utf8').replace(/"path":"attachments\/[0-9a-f]{64}\.pdf"/, '"path":"attachments/../../../escape.pdf"');
      entries.set(path, Buffer.from(text, 'utf8'));
      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
      manifest.files[path] = { sha256: sha256(entries.get(path)!), size: entries.get(path)!.length };
      entries.set('manifest.json', Buffer.from(JSON.stringify(manifest), 'utf8'));
      resign(entries, key);
    });
    await expect(importArchive(headOffice.app.ctx, target, null)).rejects.toThrow(/整份不导入.*【不安全的文件名】/);
    expect(await headOffice.app.ctx.db.selectFrom('hq_imports').select('archive_sha256').execute()).toEqual(importsBefore);
    for (const dir of [headOffice.dataDir, dirname(headOffice.dataDir), out]) expect(readdirSync(dir)).not.toContain('escape.pdf');
    // The files it staged while being read went with it: nothing reached the store, no staging folder is left.
    expect(filesUnder(headOfficeFilesDir(headOffice.dataDir)).sort()).toEqual(storeBefore);
    expect(readdirSync(join(headOffice.dataDir, 'headOffice')).filter((name) => name !== 'files')).toEqual([]);
  });
});

describe('statistics side by side', () => {
  let jinxiu: TestOffice;
  let cuihu: TestOffice;
  let headOffice: EmptyApp;
  let out: string;

  beforeAll(async () => {
    jinxiu = await openTestOffice();
    cuihu = await openTestOffice();
    headOffice = await openHeadOffice();
    out = mkdtempSync(join(tmpdir(), 'taizhang-hos-'));
    await cuihu.app.call('office.save', { name: '翠湖苑管理处', companyName: '安居物业服务有限公司', code: 'CH02' });
    await complaintAt(jinxiu, 'archived');
    await jinxiu.asClerk.call('complaints.create', complaintIntake(jinxiu, { category: 'cleaning', severity: 'minor', content: '楼道垃圾未清' }));
    await jinxiu.asClerk.call('complaints.create', complaintIntake(jinxiu, { category: 'order', content: '夜间噪音' }));
    await cuihu.asClerk.call('complaints.create', complaintIntake(cuihu, { category: 'greening', severity: 'major', content: '草坪枯死' }));
    for (const office of [jinxiu, cuihu]) await importArchive(headOffice.app.ctx, (await exportArchive(office.app.ctx, { outDir: out, staffId: null })).file, null, await confirmedKey(office));
  });
  afterAll(async () => {
    await jinxiu.close();
    await cuihu.close();
    await headOffice.close();
    rmSync(out, { recursive: true, force: true });
  });

  it("equal each office's own statistics of the month, a figure an office lacks shown as missing (null), never 0", async () => {
    const side = await headOffice.app.call('headOffice.statistics', { month: '2026-11' });
    expect(side.months).toEqual(['2026-11']);
    expect(side.offices.map((office) => office.code)).toEqual(['CH02', 'JX01']);
    const own: Record<string, StatisticsReport> = {
      CH02: await cuihu.app.call('statistics.report', { from: '2026-11' }),
      JX01: await jinxiu.app.call('statistics.report', { from: '2026-11' }),
    };
    let compared = 0;
    for (const table of side.tables) {
      for (const row of table.rows) {
        side.offices.forEach((office, column) => {
          const source = own[office.code]!.tables.find((t) => t.key === table.key)?.rows.find((r) => r.key === row.key);
          expect(row.values[column], `${office.code} ${table.key} ${row.key}`).toBe(source ? source.current.value : null);
          compared += 1;
        });
      }
    }
    expect(compared).toBeGreaterThan(20);
    const total = side.tables.flatMap((table) => table.rows).find((row) => row.format === 'count')!;
    expect(total.values).not.toEqual([null, null]);
    // The two offices really differ.
    expect(JSON.stringify(side.tables.map((table) => table.rows.map((row) => row.values[0])))).not.toBe(JSON.stringify(side.tables.map((table) => table.rows.map((row) => row.values[1]))));
  });

  it('a month no office reported shows every office as missing', async () => {
    const side = await headOffice.app.call('headOffice.statistics', { month: '2025-01' });
    expect(side).toMatchObject({ month: '2025-01', tables: [] });
    expect(side.offices).toHaveLength(2);
  });
});

describe('the read-only records list pages by key', () => {
  let office: TestOffice;
  let headOffice: EmptyApp;
  let out: string;

  beforeAll(async () => {
    office = await openTestOffice();
    headOffice = await openHeadOffice();
    out = mkdtempSync(join(tmpdir(), 'taizhang-hok-'));
    for (let n = 1; n <= 23; n += 1) await office.asClerk.call('complaints.create', complaintIntake(office, { content: `第 ${n} 条投诉` }));
    await importArchive(headOffice.app.ctx, (await exportArchive(office.app.ctx, { outDir: out, staffId: null, fullData: true })).file, null, await confirmedKey(office));
  });
  afterAll(async () => {
    await office.close();
    await headOffice.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('turns pages with the cursor, newest number first, every record once', async () => {
    const first = await headOffice.app.call('headOffice.records', { ledger: 'complaints', pageSize: 10 });
    const second = await headOffice.app.call('headOffice.records', { ledger: 'complaints', pageSize: 10, page: 2, after: first.next });
    const third = await headOffice.app.call('headOffice.records', { ledger: 'complaints', pageSize: 10, page: 3, after: second.next });
    expect([first.total, third.next]).toEqual([23, null]);
    const keys = [...first.items, ...second.items, ...third.items].map((item) => item.key);
    expect(keys).toHaveLength(23);
    expect(keys).toEqual([...keys].sort().reverse());
    // A page jumped to without its cursor shows the same rows.
    expect((await headOffice.app.call('headOffice.records', { ledger: 'complaints', pageSize: 10, page: 2 })).items).toEqual(second.items);
  });

  it('reads the page from the list index, sorting nothing', () => {
    const plan = headOffice.app.ctx.raw
      .prepare(
        `explain query plan select * from hq_records where current = 1 and office_code = 'JX01'
         and (office_code > 'JX01' or (office_code = 'JX01' and ledger > 'complaints') or (office_code = 'JX01' and ledger = 'complaints' and record_key < 'TS-202611-0010'))
         order by office_code, ledger, record_key desc limit 21`,
      )
      .all() as { detail: string }[];
    const text = plan.map((row) => row.detail).join('\n');
    expect(text).toContain('hq_records_current');
    expect(text).not.toContain('TEMP B-TREE');
  });

  it('shows phones in full when the office exported full data', async () => {
    const record = await headOffice.app.call('headOffice.record', { officeCode: 'JX01', ledger: 'complaints', key: 'TS-202611-0001' });
    expect(record.fullData).toBe(true);
    expect(record.fields).toEqual(expect.arrayContaining([{ name: '联系电话', value: '13912345678' }]));
  });
});

describe('imports in the background', () => {
  let office: TestOffice;
  let out: string;
  let file: string;

  beforeAll(async () => {
    office = await openTestOffice();
    out = mkdtempSync(join(tmpdir(), 'taizhang-hoj-'));
    await office.asClerk.call('complaints.create', complaintIntake(office));
    file = (await exportArchive(office.app.ctx, { outDir: out, staffId: null })).file;
  });
  afterAll(async () => {
    await office.close();
    rmSync(out, { recursive: true, force: true });
  });

  function finished(headOffice: EmptyApp, jobId: string) {
    return pollUntil(`import job ${jobId} to finish`, async () => {
      const job = await headOffice.app.call('headOffice.importJob', { jobId });
      return job.state === 'running' ? undefined : job;
    });
  }

  it('reports progress to the end with each archive’s result', async () => {
    const headOffice = await openHeadOffice();
    try {
      // The same archive twice in one job: imported at once by two workers, it lands once.
      const started = await headOffice.app.call('headOffice.startImport', { files: [file, file], ...(await confirmedKey(office)) });
      const job = await finished(headOffice, started.jobId);
      expect(job).toMatchObject({ state: 'done', error: null, done: 2, total: 2 });
      expect(job.results.map((result) => (result.alreadyImported ? 'held' : result.added)).sort()).toEqual([1, 'held']);
      expect(await headOffice.app.ctx.db.selectFrom('hq_imports').select('archive_sha256').execute()).toHaveLength(1);
    } finally {
      await headOffice.close();
    }
  });

  it('a cancelled import leaves nothing written, and a refused one says why', async () => {
    const headOffice = await openHeadOffice();
    try {
      const jobs = new HeadOfficeImportJobs();
      const job = jobs.start(headOffice.app.ctx, [file], null);
      jobs.cancel(job.jobId);
      await pollUntil(`cancelled import job ${job.jobId} to stop`, () => (jobs.get(job.jobId).state === 'running' ? undefined : true));
      expect(jobs.get(job.jobId)).toMatchObject({ state: 'cancelled', results: [] });
      expect(await headOffice.app.ctx.db.selectFrom('hq_imports').selectAll().execute()).toEqual([]);

      const refused = await finished(headOffice, (await headOffice.app.call('headOffice.startImport', { files: [join(out, 'nothing.zip')] })).jobId);
      expect(refused).toMatchObject({ state: 'failed', error: expect.stringContaining('整份不导入') });

      // Among several, a refused archive is named and does not stop the others.
      const files = [join(out, 'nothing.zip'), file];
      const mixed = await finished(headOffice, (await headOffice.app.call('headOffice.startImport', { files, ...(await confirmedKey(office)) })).jobId);
      expect(mixed).toMatchObject({ state: 'failed', error: expect.stringMatching(/^nothing\.zip:.*整份不导入/), done: 2, total: 2 });
      expect(mixed.results).toMatchObject([{ officeCode: 'JX01', added: 1 }]);
    } finally {
      await headOffice.close();
    }
  });
});
