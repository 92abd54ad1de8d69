/**
 * npm run bench [-- --quick | --size N] [--seed N] [--runs N] [--rebuild] [--parts list,search,…] [--main-heap-mb N] [--import-rows N] [--ho-offices N --ho-months N --ho-size N --ho-workers N]
 * Builds (or reuses) the synthetic office, measures every part against raw SQLite / bare pdfmake, prints one
 * table, writes bench/results/latest.json and exits 1 when a figure misses bench/budget.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, totalmem, loadavg } from 'node:os';
import BetterSqlite3 from 'better-sqlite3';
import { openApp } from '../electron/app/openApp';
import { fixedClock } from '../electron/app/clock';
import { buildOffice } from './generator/build';
import { officeNow } from './generator/office';
import { memory } from './measure/timing';
import { misses, type Budget } from './measure/budget';
import { figureCells, printTable } from './measure/table';
import type { BenchContext, Figure } from './measure/types';
import { benchParts } from './parts';
import { MainProcess } from './measure/mainProcess';
import { mainProcessCalls } from './measure/mainCalls';

const here = dirname(fileURLToPath(import.meta.url));

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  const quick = process.argv.includes('--quick');
  const size = Number(option('size') ?? (quick ? 100_000 : 1_000_000));
  const seed = Number(option('seed') ?? 20261123);
  const runs = Number(option('runs') ?? (quick ? 30 : 60));
  const warmup = 5;
  const budget = JSON.parse(readFileSync(join(here, 'budget.json'), 'utf8')) as Budget;

  memory.startPart('generate');
  console.log(`合成管理处:${size.toLocaleString()} 条记录,种子 ${seed} …`);
  const office = await buildOffice({ seed, size, cacheDir: join(here, '.cache'), rebuild: process.argv.includes('--rebuild') });
  const totalRows = Object.values(office.rows).reduce((sum, count) => sum + count, 0);
  console.log(`${office.reused ? '沿用已生成的' : '生成'}数据库 ${(office.fileBytes / 2 ** 20).toFixed(0)} MB,${totalRows.toLocaleString()} 行:${JSON.stringify(office.rows)}`);

  const figures: Figure[] = [];
  if (!office.reused) {
    figures.push({ part: 'generate', name: `生成 ${totalRows.toLocaleString()} 行`, value: office.seconds, unit: 's', note: `${office.rowsPerSecond.toLocaleString()} 行/秒` });
    figures.push({ part: 'generate', name: '每百万条记录用时', value: (office.seconds * 1_000_000) / office.size, unit: 's', budget: 'generation' });
  }
  const raw = new BetterSqlite3(office.databaseFile, { readonly: true });
  const searchBytes = raw.prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'complaint_search%'").pluck().get() as number;
  figures.push({ part: 'size', name: '数据库文件 / 其中搜索索引', value: office.fileBytes / 2 ** 20, unit: 'MB', note: `搜索索引 ${(searchBytes / 2 ** 20).toFixed(1)} MB(+${((100 * searchBytes) / (office.fileBytes - searchBytes)).toFixed(1)}%)` });

  const app = await openApp({ dataDir: office.dataDir, clock: fixedClock(officeNow) });
  // The day's backup starts with the app, in the background: it is written before anything is timed.
  await app.whenBackupsIdle();
  // The desktop main process's memory: the app alone in a child process, replaying each part's app calls.
  MainProcess.heapCapMB = option('main-heap-mb') ? Number(option('main-heap-mb')) : null;
  const { main, answer: started } = await MainProcess.openCopy(office, officeNow);
  const mainPeaks = new Map<string, number>([['启动', started.peakRssMB]]);
  const renderPeaks = new Map<string, number>();
  const context: BenchContext = { office, app, raw, main, runs, warmup };
  try {
    const only = option('parts')?.split(',');
    for (const part of benchParts.filter((candidate) => !only || only.includes(candidate.name))) {
      if (part.pending || !part.run) {
        figures.push({ part: part.name, name: '尚未测量', note: part.pending });
        continue;
      }
      memory.startPart(part.name);
      console.log(`测量 ${part.name} …`);
      main.mark();
      figures.push(...(await part.run(context)));
      if (mainProcessCalls[part.name]) await main.send({ cmd: 'part', name: part.name, runs });
      if (main.peakSinceMarkMB > 0) mainPeaks.set(part.name, main.peakSinceMarkMB);
      if (main.renderPeakSinceMarkMB > 0) renderPeaks.set(part.name, main.renderPeakSinceMarkMB);
    }
  } finally {
    await main.close();
    await app.close();
    raw.close();
    memory.stop();
  }
  for (const [part, peakMB] of mainPeaks) figures.push({ part: 'memory', name: `主进程峰值内存:${part}`, value: peakMB, unit: 'MB RSS', budget: 'memory' });
  // Forms render in processes beside the main one (renderPool.ts): their own peaks, shown, not held to its budget.
  for (const [part, peakMB] of renderPeaks) figures.push({ part: 'memory', name: `渲染进程峰值内存:${part}`, value: peakMB, unit: 'MB RSS', note: '每个渲染进程自己的峰值(不在主进程内)' });
  // This process also holds the raw connection and bare pdfmake: shown for information, not held to the budget.
  for (const [part, peak] of memory.peaks) {
    figures.push({ part: 'memory', name: `测量进程峰值内存:${part}(堆 ${peak.heapMB.toFixed(0)} MB)`, value: peak.rssMB, unit: 'MB RSS', note: '仅供参考(含原始连接与裸 pdfmake)' });
  }

  const rows = figures.map((figure) => ({ figure, missed: misses(figure, budget) }));
  console.log(`\n${printTable(rows.map(({ figure, missed }) => figureCells(figure, missed)))}`);
  const failed = rows.filter(({ missed }) => missed.length > 0);
  const result = {
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), loadavg: loadavg() },
    size,
    seed,
    runs,
    mainHeapCapMB: MainProcess.heapCapMB,
    office: { rows: office.rows, fileBytes: office.fileBytes, searchIndexBytes: searchBytes, generatedSeconds: office.seconds, rowsPerSecond: office.rowsPerSecond, reused: office.reused },
    figures: rows.map(({ figure, missed }) => ({ ...figure, missed })),
    passed: failed.length === 0,
  };
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'latest.json'), JSON.stringify(result, null, 2));
  console.log(failed.length === 0 ? '\n全部达标。' : `\n${failed.length} 项未达标。`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
