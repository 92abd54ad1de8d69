import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../electron/app/db/connection';
import { migrate } from '../../electron/app/db/migrate';
import { migrateStore, type HeadOfficeDialect, type HeadOfficeStore } from '../../electron/app/db/headOfficeStore/store';
import { sqliteStore } from '../../electron/app/db/headOfficeStore/sqliteStore';
import { openPostgresStore } from '../../electron/app/db/headOfficeStore/postgresStore';
import { storeCurrentCounts, storeCurrentRecordsPage, storeOffices, storeRecordVersions } from '../../electron/app/db/headOfficeStore/headOfficeStoreRepository';
import { importManyIntoStore } from '../../electron/app/headOffice/storeImport';
import { headOfficeStatistics } from '../../electron/app/headOffice/headOfficeStatistics';
import type { LedgerRegistry } from '../../electron/app/ledgers/ledgerRegistry';
import { startPostgres } from '../../test/helpers/postgres';
import { headOfficeArchives } from '../generator/headOfficeArchives';
import { officeNow } from '../generator/office';
import { timeIt, type Timing } from '../measure/timing';
import type { BenchPart, Figure } from '../measure/types';
import { pad, width } from '../measure/table';

const cacheDir = join(dirname(fileURLToPath(import.meta.url)), '..', '.cache');
const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const dialectNames: Record<HeadOfficeDialect, string> = { postgres: 'PostgreSQL', sqlite: 'SQLite' };

interface Column {
  seconds: number;
  archives: number;
  records: number;
  refused: number;
  queries: Record<string, Timing>;
}

/** A fresh store of one dialect imports every archive with the workers, then head office's queries are timed. */
async function measure(store: HeadOfficeStore, files: string[], keys: string[], ledgers: LedgerRegistry, options: { workers: number; runs: number; warmup: number; month: string }): Promise<Column> {
  await migrateStore(store, () => officeNow);
  const dataDir = mkdtempSync(join(tmpdir(), `taizhang-bench-hq-${store.dialect}-`));
  try {
    const started = performance.now();
    const outcomes = await importManyIntoStore({ store, dataDir, ledgers, now: () => officeNow }, files, null, { workers: options.workers, confirmedKeys: keys });
    const seconds = (performance.now() - started) / 1000;
    const refused = outcomes.filter((outcome) => outcome.error);
    if (refused.length > 0) console.log(`  ${dialectNames[store.dialect]}:${refused.length} 份被拒:${refused[0]!.error}`);
    const records = outcomes.reduce((sum, outcome) => sum + (outcome.result ? outcome.result.added + outcome.result.replaced + outcome.result.older : 0), 0);
    const codes = (await storeOffices(store.db)).map((office) => office.office_code);
    const some = (i: number) => codes[(i * 7919) % codes.length]!;
    let i = 0;
    const sample = await storeCurrentRecordsPage(store.db, { officeCode: codes[0], after: null, offset: 0, limit: 50, countCap: 1000 });
    const timing = { runs: options.runs, warmup: options.warmup };
    const queries: Record<string, Timing> = {
      '已导入的管理处与各台账记录数': await timeIt(async () => [await storeOffices(store.db), await storeCurrentCounts(store.db)], timing),
      '一个管理处的记录列表(首页)': await timeIt(() => storeCurrentRecordsPage(store.db, { officeCode: some(i++), after: null, offset: 0, limit: 21, countCap: 1000 }), timing),
      '全部管理处的记录列表(首页)': await timeIt(() => storeCurrentRecordsPage(store.db, { after: null, offset: 0, limit: 21, countCap: 1000 }), timing),
      [`统计并列对比(${codes.length} 个管理处)`]: await timeIt(() => headOfficeStatistics(store, options.month), timing),
      '一条记录的各版本': await timeIt(() => {
        const row = sample.rows[i++ % sample.rows.length]!;
        return storeRecordVersions(store.db, { officeCode: row.office_code, ledger: row.ledger, key: row.record_key });
      }, timing),
    };
    return { seconds, archives: files.length, records, refused: refused.length, queries };
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));

/** The two stores as columns, printed before the bench's own table (which lists them one dialect per line). */
function printSideBySide(title: string, pg: Column, lite: Column): void {
  const rows: [string, string, string][] = [
    ['导入用时', `${pg.seconds.toFixed(1)} s`, `${lite.seconds.toFixed(1)} s`],
    ['归档/秒', (pg.archives / pg.seconds).toFixed(1), (lite.archives / lite.seconds).toFixed(1)],
    ['记录/秒', (pg.records / pg.seconds).toFixed(0), (lite.records / lite.seconds).toFixed(0)],
    ['被拒归档', String(pg.refused), String(lite.refused)],
    ...Object.keys(pg.queries).map((name): [string, string, string] => [
      `${name} 中位/p95 ms`,
      `${ms(pg.queries[name]!.median)} / ${ms(pg.queries[name]!.p95)}`,
      `${ms(lite.queries[name]!.median)} / ${ms(lite.queries[name]!.p95)}`,
    ]),
  ];
  const first = Math.max(...rows.map((row) => width(row[0]))) + 2;
  console.log(`\n${title}`);
  console.log(`${pad('项目', first)}│ ${pad('PostgreSQL', 20)}│ SQLite`);
  for (const [name, a, b] of rows) console.log(`${pad(name, first)}│ ${pad(a, 20)}│ ${b}`);
  console.log('');
}

/**
 * 总部汇总 (issue 23): a group's month-end archives (bench/generator/headOfficeArchives.ts) imported with several
 * workers into a fresh head-office store on PostgreSQL (a throwaway local server, default durability) and on SQLite
 * (head office's own data-folder database, synchronous=FULL as the app), then head office's queries timed on each:
 * import throughput and query median/p95 side by side. 20 offices × 6 months by default, so the whole bench stays
 * short; the issue's 200 × 12: `--ho-offices 200 --ho-months 12`. Not held to a budget: figures to compare.
 */
export const headOfficePart: BenchPart = {
  name: 'headOffice',
  async run({ app, runs, warmup }) {
    const offices = option('ho-offices', 20);
    const monthCount = option('ho-months', 6);
    const size = option('ho-size', 1200);
    const workers = option('ho-workers', 4);
    const work = mkdtempSync(join(tmpdir(), 'taizhang-bench-hq-'));
    try {
      const { files, keys, months } = await headOfficeArchives(work, { offices, months: monthCount, size, cacheDir });
      console.log(`  ${offices} 个管理处 × ${months.length} 个月 = ${files.length} 份归档`);
      const options = { workers, runs, warmup, month: months.at(-1)! };
      const server = await startPostgres({ durable: true });
      let pg: Column;
      let lite: Column;
      try {
        console.log('  导入 PostgreSQL …');
        pg = await measure(openPostgresStore(server.createDatabase('bench_head_office'), { maxConnections: workers + 2 }), files, keys, app.ctx.ledgers, options);
      } finally {
        server.stop();
      }
      console.log('  导入 SQLite …');
      const connection = openDatabase(join(work, 'taizhang.sqlite'));
      await migrate(connection.db, { now: () => officeNow });
      lite = await measure({ ...sqliteStore(connection.db), close: () => connection.close() }, files, keys, app.ctx.ledgers, options);

      const scale = `${offices}×${months.length}`;
      printSideBySide(`总部汇总:${offices} 个管理处 × ${months.length} 个月,${workers} 个并发导入,负载 ${loadavg()[0]!.toFixed(1)}`, pg, lite);
      const figures: Figure[] = [];
      for (const [dialect, column] of [['postgres', pg], ['sqlite', lite]] as const) {
        const name = dialectNames[dialect];
        figures.push({
          part: 'headOffice',
          name: `${name}:导入 ${scale} 份归档(${workers} 个并发)`,
          value: column.archives / column.seconds,
          unit: '份/秒',
          note: `${(column.records / column.seconds).toFixed(0)} 条记录/秒,${column.seconds.toFixed(1)} 秒${column.refused > 0 ? `,${column.refused} 份被拒` : ''}`,
        });
      }
      for (const query of Object.keys(pg.queries)) {
        for (const [dialect, column] of [['postgres', pg], ['sqlite', lite]] as const) {
          figures.push({ part: 'headOffice', name: `${dialectNames[dialect]}:${query}`, app: column.queries[query]! });
        }
      }
      return figures;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
