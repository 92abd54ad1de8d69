/**
 * npm run bench:headOffice [-- --offices 200 --months 12 --size 2400 --workers 4 --runs 40]
 * Head office at scale (issue 23), PostgreSQL and SQLite side by side: one synthetic office from the bench
 * generator (small, `--size` records over its years) exports its last `--months` monthly archives once; each is
 * copied for `--offices` office codes (manifest rewritten and signed with that office's own key, as each office's
 * archive would be). Then, on each dialect, a fresh store imports all of them with `--workers` at once (archives
 * and records per second), and head office's queries are timed (median / p95 ms). PostgreSQL runs on a throwaway
 * server (test/helpers/postgres.ts) with its default durability, SQLite with synchronous=FULL, as the app.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yazl from 'yazl';
import { openApp } from '../electron/app/openApp';
import { fixedClock } from '../electron/app/clock';
import { exportArchive } from '../electron/app/archive/archiveExport';
import { readZip } from '../electron/app/archive/zipIn';
import { keyFingerprint, newKeyPair, signBytes } from '../electron/app/archive/archiveSignature';
import { migrateStore, type HeadOfficeDialect, type HeadOfficeStore } from '../electron/app/db/headOfficeStore/store';
import { sqliteStore } from '../electron/app/db/headOfficeStore/sqliteStore';
import { openDatabase } from '../electron/app/db/connection';
import { migrate } from '../electron/app/db/migrate';
import { openPostgresStore } from '../electron/app/db/headOfficeStore/postgresStore';
import { storeCurrentCounts, storeCurrentRecordsPage, storeOffices, storeRecordVersions } from '../electron/app/db/headOfficeStore/headOfficeStoreRepository';
import { importManyIntoStore } from '../electron/app/headOffice/storeImport';
import { headOfficeStatistics } from '../electron/app/headOffice/headOfficeStatistics';
import type { LedgerRegistry } from '../electron/app/ledgers/ledgerRegistry';
import { startPostgres } from '../test/helpers/postgres';
import { buildOffice } from './generator/build';
import { officeNow } from './generator/office';
import { timeIt, type Timing } from './measure/timing';

const here = dirname(fileURLToPath(import.meta.url));
const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};

/** The `months` whole months before the office's current one, oldest first. */
function lastMonths(months: number): string[] {
  const [year, month] = officeNow.slice(0, 7).split('-').map(Number) as [number, number];
  return Array.from({ length: months }, (_, i) => {
    const back = new Date(Date.UTC(year, month - 1 - (months - i), 1));
    return back.toISOString().slice(0, 7);
  });
}

async function writeZip(entries: Map<string, Buffer>, file: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [path, content] of entries) zip.addBuffer(content, path);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  writeFileSync(file, Buffer.concat(chunks));
}

interface Column {
  dialect: HeadOfficeDialect;
  seconds: number;
  archives: number;
  records: number;
  refused: number;
  queries: Record<string, Timing>;
}

async function measure(dialect: HeadOfficeDialect, store: HeadOfficeStore, files: string[], keys: string[], ledgers: LedgerRegistry, workers: number, runs: number, month: string): Promise<Column> {
  await migrateStore(store, () => officeNow);
  const dataDir = mkdtempSync(join(tmpdir(), `taizhang-bench-hq-${dialect}-`));
  try {
    const env = { store, dataDir, ledgers, now: () => officeNow };
    let lastShown = 0;
    const started = performance.now();
    const outcomes = await importManyIntoStore(env, files, null, {
      workers,
      confirmedKeys: keys,
      onProgress: (progress) => {
        if (progress.archivesDone - lastShown >= Math.max(1, Math.floor(files.length / 10))) {
          lastShown = progress.archivesDone;
          console.log(`  ${dialect}:${progress.archivesDone}/${progress.archivesTotal} 份,${progress.recordsDone} 条记录`);
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const refused = outcomes.filter((outcome) => outcome.error);
    if (refused.length > 0) console.log(`  ${dialect}:${refused.length} 份被拒:${refused[0]!.error}`);
    const records = outcomes.reduce((sum, outcome) => sum + (outcome.result ? outcome.result.added + outcome.result.replaced + outcome.result.older : 0), 0);
    const offices = await storeOffices(store.db);
    const codes = offices.map((office) => office.office_code);
    const some = (i: number) => codes[(i * 7919) % codes.length]!;
    let i = 0;
    const sample = await storeCurrentRecordsPage(store.db, { officeCode: codes[0], after: null, offset: 0, limit: 50, countCap: 1000 });
    const queries: Record<string, Timing> = {
      '已导入的管理处与各台账记录数': await timeIt(async () => [await storeOffices(store.db), await storeCurrentCounts(store.db)], { runs }),
      '一个管理处的记录列表(首页 50 条)': await timeIt(() => storeCurrentRecordsPage(store.db, { officeCode: some(i++), after: null, offset: 0, limit: 51, countCap: 1000 }), { runs }),
      '全部管理处的记录列表(首页 50 条)': await timeIt(() => storeCurrentRecordsPage(store.db, { after: null, offset: 0, limit: 51, countCap: 1000 }), { runs }),
      [`统计并列对比(${month},${codes.length} 个管理处)`]: await timeIt(() => headOfficeStatistics(store, month), { runs }),
      '一条记录的各版本': await timeIt(() => {
        const row = sample.rows[i++ % sample.rows.length]!;
        return storeRecordVersions(store.db, { officeCode: row.office_code, ledger: row.ledger, key: row.record_key });
      }, { runs }),
    };
    return { dialect, seconds, archives: files.length, records, refused: refused.length, queries };
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const offices = option('offices', 200);
  const monthCount = option('months', 12);
  const size = option('size', 2400);
  const workers = option('workers', 4);
  const runs = option('runs', 40);
  const work = mkdtempSync(join(tmpdir(), 'taizhang-bench-hq-'));
  try {
    console.log(`合成管理处:${size} 条记录 …`);
    const built = await buildOffice({ seed: 20261123, size, cacheDir: join(here, '.cache') });
    // Exporting writes a history line: on a copy, the cached office stays as generated.
    const dataDir = join(work, 'office');
    cpSync(built.dataDir, dataDir, { recursive: true });
    const app = await openApp({ dataDir, clock: fixedClock(officeNow) });
    const months = lastMonths(monthCount);
    const source: string[] = [];
    const outDir = join(work, 'source');
    mkdirSync(outDir);
    const exportStarted = performance.now();
    for (const month of months) source.push((await exportArchive(app.ctx, { outDir, period: { month }, staffId: null })).file);
    console.log(`导出 ${months.length} 个月的归档:${((performance.now() - exportStarted) / 1000).toFixed(1)} 秒`);

    const copies = join(work, 'offices');
    mkdirSync(copies);
    const files: string[] = [];
    const keys: string[] = [];
    const sources = await Promise.all(source.map(async (file) => (await readZip(file)).entries));
    for (let n = 1; n <= offices; n += 1) {
      const code = `HQ${String(n).padStart(4, '0')}`;
      const key = newKeyPair();
      keys.push(keyFingerprint(key.publicKey));
      for (const [index, entries] of sources.entries()) {
        const copy = new Map(entries);
        const manifest = JSON.parse(copy.get('manifest.json')!.toString('utf8')) as { office: { code: string; name: string } };
        manifest.office = { ...manifest.office, code, name: `第 ${n} 管理处` };
        const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
        copy.set('manifest.json', manifestBytes);
        copy.set('signature.json', Buffer.from(JSON.stringify({ algorithm: 'Ed25519', publicKey: key.publicKey, signature: signBytes(key.privateKey, manifestBytes) }), 'utf8'));
        const file = join(copies, `taizhang-${code}-${months[index]}.zip`);
        await writeZip(copy, file);
        files.push(file);
      }
    }
    console.log(`${offices} 个管理处 × ${months.length} 个月 = ${files.length} 份归档`);
    // Months interleaved across offices, as a month end's archives arrive.
    files.sort((a, b) => a.slice(-11).localeCompare(b.slice(-11)) || a.localeCompare(b));

    const server = await startPostgres({ durable: true });
    const columns: Column[] = [];
    try {
      const database = server.createDatabase('bench_head_office');
      console.log('导入 PostgreSQL …');
      columns.push(await measure('postgres', openPostgresStore(database, { maxConnections: workers + 2 }), files, keys, app.ctx.ledgers, workers, runs, months.at(-1)!));
      console.log('导入 SQLite …');
      // Head office's own data folder database, as the app opens it: the store's tables are its tables.
      const connection = openDatabase(join(work, 'taizhang.sqlite'));
      await migrate(connection.db, { now: () => officeNow });
      columns.push(await measure('sqlite', { ...sqliteStore(connection.db), close: () => connection.close() }, files, keys, app.ctx.ledgers, workers, runs, months.at(-1)!));
    } finally {
      server.stop();
      await app.close();
    }
    const [pg, lite] = columns as [Column, Column];
    const rows: [string, string, string][] = [
      ['导入用时', `${pg.seconds.toFixed(1)} s`, `${lite.seconds.toFixed(1)} s`],
      ['归档/秒', (pg.archives / pg.seconds).toFixed(1), (lite.archives / lite.seconds).toFixed(1)],
      ['记录/秒', (pg.records / pg.seconds).toFixed(0), (lite.records / lite.seconds).toFixed(0)],
      ['被拒归档', String(pg.refused), String(lite.refused)],
      ...Object.keys(pg.queries).map((name): [string, string, string] => [
        `${name} 中位/p95 ms`,
        `${pg.queries[name]!.median.toFixed(1)} / ${pg.queries[name]!.p95.toFixed(1)}`,
        `${lite.queries[name]!.median.toFixed(1)} / ${lite.queries[name]!.p95.toFixed(1)}`,
      ]),
    ];
    const width = Math.max(...rows.map((row) => row[0].length)) + 2;
    console.log(`\n总部汇总:${offices} 个管理处 × ${months.length} 个月,${workers} 个并发导入,${cpus().length} 核,负载 ${loadavg()[0]!.toFixed(1)}`);
    console.log(`${'项目'.padEnd(width)}│ PostgreSQL          │ SQLite`);
    for (const [name, a, b] of rows) console.log(`${name.padEnd(width)}│ ${a.padEnd(20)}│ ${b}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
