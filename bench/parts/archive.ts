import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { officeNow } from '../generator/office';
import type { BenchPart, Figure } from '../measure/types';

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

/**
 * 归档导出: the busiest month exported through the app's own channel (archive.export, polled through archive.job
 * as the page does) in the main-process worker (only the app, on a copy of the database since exporting records
 * a history row; its peak is the part's 主进程峰值内存); then verified (archive.verify's verifyArchive). The same files, unpacked, zipped by the system
 * `zip -r -q`; MB/s is archive bytes over seconds, and the ratio app/zip is held to archive.minZipThroughputRatio.
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
      const answer = await main.send({ cmd: 'archive', month, outDir });
      const exported = answer.result!;
      const file = exported.file as string;
      const bytes = exported.bytes as number;
      const exportSeconds = exported.exportSeconds as number;
      const verifySeconds = exported.verifySeconds as number;

      // The same set of files (NDJSON, workbook, prints, scans, manifest) zipped by the system's zip.
      execFileSync('/usr/bin/unzip', ['-q', file, '-d', unpacked]);
      const zipFile = join(work, 'system.zip');
      const started = performance.now();
      execFileSync('/usr/bin/zip', ['-r', '-q', zipFile, '.'], { cwd: unpacked });
      const zipSeconds = (performance.now() - started) / 1000;
      const zipBytes = statSync(zipFile).size;
      const unpackedBytes = Number(execFileSync('du', ['-sb', unpacked]).toString().split('\t')[0]);

      const appRate = bytes / MB / exportSeconds;
      const zipRate = zipBytes / MB / zipSeconds;
      const counts = Object.entries(exported.counts as Record<string, number>).map(([ledger, n]) => `${ledger} ${n}`).join('、');
      const figures: Figure[] = [
        { part: 'archive', name: `导出 ${month}(${records.toLocaleString()} 条记录)`, value: exportSeconds, unit: 's', note: `${(bytes / MB).toFixed(1)} MB,${appRate.toFixed(2)} MB/s;${counts}` },
        { part: 'archive', name: '校验归档', value: verifySeconds, unit: 's', note: `${exported.verified ? '通过' : '未通过'},${exported.filesChecked as number} 个文件,${(bytes / MB / verifySeconds).toFixed(1)} MB/s` },
        { part: 'archive', name: '系统 zip 压缩同一批文件', value: zipSeconds, unit: 's', note: `${(unpackedBytes / MB).toFixed(1)} MB → ${(zipBytes / MB).toFixed(1)} MB,${zipRate.toFixed(1)} MB/s` },
        { part: 'archive', name: '导出吞吐 / zip 吞吐', value: appRate / zipRate, unit: '×', budget: 'archive' },
      ];
      if (!exported.verified) figures.push({ part: 'archive', name: '校验失败', note: '导出的归档未通过校验', budget: 'archiveVerify' });
      return figures;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
