import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openApp } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import { stagedFile, stageUpload } from '../../electron/app/imports/stagedFiles';
import { importKind } from '../../electron/app/imports/importKinds';
import { openImportFile } from '../../electron/app/imports/importOpen';
import { scanFile } from '../../electron/app/imports/importScan';
import { runImport } from '../../electron/app/imports/importRun';
import { sheetSource } from '../../electron/app/imports/sheetRows';
import type { BenchPart, Figure } from '../measure/types';

/** Rows of the old complaint ledger imported; `--import-rows N` changes it (the target is set on 100,000). */
function importRows(): number {
  const index = process.argv.indexOf('--import-rows');
  return index >= 0 ? Number(process.argv[index + 1]) : 100_000;
}

/** An office's complaint ledger of `rows` rows over ten years, 50 rooms, as Excel keeps it (streamed to disk). */
async function writeLedger(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('投诉台账');
  sheet.addRow(['投诉编号', '投诉日期', '房号', '业主姓名', '联系电话', '投诉内容', '投诉类别', '严重程度', '处理结果']).commit();
  for (let index = 0; index < rows; index += 1) {
    const day = new Date(Date.UTC(2016, 0, 1) + Math.floor((index * 3652) / rows) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '/');
    sheet
      .addRow([`OLD-${index + 1}`, `${day} ${8 + (index % 10)}:${String(index % 60).padStart(2, '0')}`, `1-1-${101 + (index % 50)}`, `业主${index % 50}`, `139${String(10_000_000 + index).slice(-8)}`, `第 ${index + 1} 条:楼道灯不亮`, '维修', '一般', index % 3 === 0 ? null : '已处理'])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * 导入旧台账: a fresh office (50 rooms) takes a complaint ledger of 100,000 rows from .xlsx — the dry run, then the
 * import in its one transaction — as the page runs them (the file read streamed, each row checked, numbered and
 * written with its history and import row). Rows per second of each, held to import.minRowsPerSecond.
 */
export const importPart: BenchPart = {
  name: 'import',
  async run() {
    const rows = importRows();
    const work = mkdtempSync(join(tmpdir(), 'taizhang-bench-import-'));
    const app = await openApp({ dataDir: join(work, 'data'), clock: fixedClock('2026-11-23T10:00:00') });
    try {
      await app.call('auth.setup', { name: '林经理', password: 'manager-pass' });
      await app.call('office.save', { name: '基准管理处', companyName: '基准物业', code: 'BM01' });
      for (let room = 101; room <= 150; room += 1) await app.call('rooms.save', { building: '1', unit: '1', roomNo: String(room), owners: [] });
      const source = join(work, '投诉台账.xlsx');
      await writeLedger(source, rows);
      const upload = await stageUpload(app.ctx.dataDir, '投诉台账.xlsx', readFileSync(source));
      const file = await stagedFile(app.ctx.dataDir, upload.fileId);
      const kind = importKind(app.ctx, 'complaints');
      const info = await openImportFile(file, kind, null, null);
      const plan = { file, kind, sheet: info.sheet, headerRow: info.headerRow, mapping: info.mapping };
      const staffId = (await app.call('staff.list', {}))[0]!.id;

      // The machine is often shared: CPU seconds (this process's, all threads) say what the work costs whatever the load.
      const cpuSeconds = (since: NodeJS.CpuUsage) => {
        const used = process.cpuUsage(since);
        return (used.user + used.system) / 1e6;
      };
      // The floor under both: reading the file's rows alone (exceljs streaming), nothing checked or written.
      let started = performance.now();
      let cpu = process.cpuUsage();
      for await (const row of sheetSource(file.path).rows(info.sheet)) void row;
      const readSeconds = (performance.now() - started) / 1000;
      const readCpu = cpuSeconds(cpu);
      started = performance.now();
      cpu = process.cpuUsage();
      const checked = await scanFile(app.ctx.db, plan, { now: app.ctx.clock.now() });
      const checkSeconds = (performance.now() - started) / 1000;
      const checkCpu = cpuSeconds(cpu);
      if (checked.counts.ready !== rows) throw new Error(`bench import: ${checked.counts.failed} rows failed the check: ${JSON.stringify(checked.findings.slice(0, 3))}`);
      started = performance.now();
      cpu = process.cpuUsage();
      const imported = await runImport(app.ctx, plan, staffId, {});
      const importSeconds = (performance.now() - started) / 1000;
      const importCpu = cpuSeconds(cpu);
      const load = `负载 ${loadavg()[0]!.toFixed(1)}`;
      const figures: Figure[] = [
        { part: 'import', name: `只读取文件 ${rows.toLocaleString()} 行(下限,仅参考)`, value: rows / readSeconds, unit: '行/秒', note: `${readSeconds.toFixed(1)} s,CPU ${readCpu.toFixed(1)} s` },
        { part: 'import', name: `试导入 ${rows.toLocaleString()} 行投诉`, value: rows / checkSeconds, unit: '行/秒', note: `${checkSeconds.toFixed(1)} s,CPU ${checkCpu.toFixed(1)} s(按 CPU 时间 ${Math.round(rows / checkCpu).toLocaleString()} 行/秒),${load}`, budget: 'import' },
        { part: 'import', name: `导入 ${imported.counts.ready.toLocaleString()} 行(一个事务)`, value: rows / importSeconds, unit: '行/秒', note: `${importSeconds.toFixed(1)} s,CPU ${importCpu.toFixed(1)} s(按 CPU 时间 ${Math.round(rows / importCpu).toLocaleString()} 行/秒),${load}`, budget: 'import' },
      ];
      return figures;
    } finally {
      await app.close();
      rmSync(work, { recursive: true, force: true });
    }
  },
};
