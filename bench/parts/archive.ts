import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { officeNow } from '../generator/office';
import type { BenchPart, Figure } from '../measure/types';
import { defaultRenderProcesses } from '../../electron/app/forms/renderPool';

const MB = 2 ** 20;

/** The month with the most records across the ledgers (this month excluded: it is still open). */
export function busiestMonth(raw: import('better-sqlite3').Database): { month: string; records: number } {
  const current = officeNow.slice(0, 7);
  const row = raw
    .prepare(
      `SELECT month, sum(n) AS records FROM (
        SELECT substr(received_at, 1, 7) AS month, count(*) AS n FROM complaints GROUP BY month
        UNION ALL SELECT substr(reported_at, 1, 7), count(*) FROM repairs GROUP BY 1
        UNION ALL SELECT substr(called_at, 1, 7), count(*) FROM calls GROUP BY 1
        UNION ALL SELECT substr(inspected_at, 1, 7), count(*) FROM inspections GROUP BY 1
        UNION ALL SELECT substr(declared_at, 1, 7), count(*) FROM loss_declarations GROUP BY 1
      ) WHERE month < ? GROUP BY month ORDER BY records DESC, month DESC LIMIT 1`,
    )
    .get(current) as { month: string; records: number };
  return row;
}

/** How many files a folder holds, all levels down. */
function filesUnder(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

/**
 * 归档导出: the busiest month exported through the app's own channel (archive.export, polled through archive.job
 * as the page does) in the main-process worker (only the app, on a copy of the database since exporting records
 * a history row), twice on the same copy:
 *  - cold: the form cache emptied first, so every record's form is rendered (forms per second of the rendering);
 *  - warm: the same month again, every form already rendered once (as at month end, when the forms were printed
 *    for signature during the month), so the forms come from the cache. This is the like-for-like comparison
 *    with the system zip over the same files, held to archive.minZipThroughputRatio.
 * The warm one runs in a new main process on the same copy (the cache in its prints/ stays), so its peak is its own
 * and not what rendering left behind. Then the warm archive verified (archive.verify's verifyArchive), and its
 * files, unpacked, zipped by the system `zip -r -q`. MB/s is archive bytes over seconds. Each step's main-process
 * peak is shown and held to the memory budget.
 */
export const archivePart: BenchPart = {
  name: 'archive',
  async run({ raw, main }) {
    const { month, records } = busiestMonth(raw);
    const work = mkdtempSync(join(tmpdir(), 'taizhang-bench-archive-'));
    const outDir = join(work, 'out');
    const unpacked = join(work, 'unpacked');
    mkdirSync(outDir);
    mkdirSync(unpacked);
    try {
      const coldAnswer = await main.send({ cmd: 'archive', month, outDir, fresh: true });
      const cold = coldAnswer.result!;
      rmSync(cold.file as string);
      // A new main process on the same copy: the warm export's peak is its own, not what the cold one left behind.
      await main.restart();
      const warmAnswer = await main.send({ cmd: 'archive', month, outDir, fresh: false });
      const warm = warmAnswer.result!;
      const file = warm.file as string;
      const bytes = warm.bytes as number;
      const verifyAnswer = await main.send({ cmd: 'verify', file });
      const verified = verifyAnswer.result!;

      // The same set of files (NDJSON, workbook, prints, scans, manifest) zipped by the system's zip.
      execFileSync('/usr/bin/unzip', ['-q', file, '-d', unpacked]);
      const forms = filesUnder(join(unpacked, 'pdf'));
      const zipFile = join(work, 'system.zip');
      const started = performance.now();
      execFileSync('/usr/bin/zip', ['-r', '-q', zipFile, '.'], { cwd: unpacked });
      const zipSeconds = (performance.now() - started) / 1000;
      const zipBytes = statSync(zipFile).size;
      const unpackedBytes = Number(execFileSync('du', ['-sb', unpacked]).toString().split('\t')[0]);

      const coldSeconds = cold.exportSeconds as number;
      const warmSeconds = warm.exportSeconds as number;
      const verifySeconds = verified.verifySeconds as number;
      const coldRate = (cold.bytes as number) / MB / coldSeconds;
      const warmRate = bytes / MB / warmSeconds;
      const zipRate = zipBytes / MB / zipSeconds;
      const counts = Object.entries(verified.counts as Record<string, number>).map(([ledger, n]) => `${ledger} ${n}`).join('、');
      const figures: Figure[] = [
        {
          part: 'archive',
          name: `导出 ${month}(冷:表单均需渲染)`,
          value: coldSeconds,
          unit: 's',
          note: `${records.toLocaleString()} 条记录,${forms} 张表单,${(forms / coldSeconds).toFixed(1)} 张/秒(${defaultRenderProcesses()} 个渲染进程);${((cold.bytes as number) / MB).toFixed(1)} MB,${coldRate.toFixed(2)} MB/s`,
        },
        {
          part: 'archive',
          name: `导出 ${month}(暖:表单已渲染过一次)`,
          value: warmSeconds,
          unit: 's',
          note: `同一月再导出(新开的主进程),表单取自缓存;${(bytes / MB).toFixed(1)} MB,${warmRate.toFixed(2)} MB/s;${counts}`,
        },
        { part: 'archive', name: '校验归档(暖)', value: verifySeconds, unit: 's', note: `${verified.verified ? '通过' : '未通过'},${verified.filesChecked as number} 个文件,${(bytes / MB / verifySeconds).toFixed(1)} MB/s` },
        { part: 'archive', name: '系统 zip 压缩同一批文件', value: zipSeconds, unit: 's', note: `${(unpackedBytes / MB).toFixed(1)} MB → ${(zipBytes / MB).toFixed(1)} MB,${zipRate.toFixed(1)} MB/s` },
        { part: 'archive', name: '导出吞吐(暖)/ zip 吞吐', value: warmRate / zipRate, unit: '×', budget: 'archive', note: '月末实况:当月表单已打印过' },
        { part: 'archive', name: '主进程峰值内存:冷导出', value: coldAnswer.peakRssMB, unit: 'MB RSS', budget: 'memory', note: `表单在 ${defaultRenderProcesses()} 个渲染进程中渲染(不计入)` },
        { part: 'archive', name: '渲染进程峰值内存:冷导出', value: coldAnswer.renderPeakRssMB, unit: 'MB RSS', note: `每个渲染进程自己的峰值(VmHWM);V8 老生代上限 128 MB,每 2000 张表单换新进程` },
        { part: 'archive', name: '主进程峰值内存:暖导出', value: warmAnswer.peakRssMB, unit: 'MB RSS', budget: 'memory' },
        { part: 'archive', name: '主进程峰值内存:校验', value: verifyAnswer.peakRssMB, unit: 'MB RSS', budget: 'memory' },
      ];
      if (!verified.verified) figures.push({ part: 'archive', name: '校验失败', note: `导出的归档未通过校验:${(verified.problems as string[]).join(';')}`, budget: 'archiveVerify' });
      return figures;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
