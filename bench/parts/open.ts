import { rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openApp } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import { officeNow } from '../generator/office';
import { timeIt } from '../measure/timing';
import type { BenchPart } from '../measure/types';

/**
 * Start-up: open the office's database, check and run migrations, wire the handlers; raw: open and read the
 * version. The day's first start also runs PRAGMA quick_check over the whole file (and starts the day's backup in
 * the background, already taken here): measured apart, since it happens once a day.
 */
export const openPart: BenchPart = {
  name: 'open',
  async run({ office, runs, warmup }) {
    const options = { runs: Math.min(runs, 20), warmup: Math.min(warmup, 2) };
    const start = async () => {
      const opened = await openApp({ dataDir: office.dataDir, clock: fixedClock(officeNow) });
      await opened.close();
    };
    const app = await timeIt(start, options);
    const raw = await timeIt(() => {
      const db = new BetterSqlite3(office.databaseFile);
      db.pragma('journal_mode = WAL');
      db.pragma('user_version', { simple: true });
      db.close();
    }, options);
    const lastCheck = join(office.dataDir, 'run', 'last-check.json');
    const firstOfDay = await timeIt(async () => (rmSync(lastCheck, { force: true }), start()), { runs: Math.min(runs, 5), warmup: 1 });
    const rawCheck = await timeIt(() => {
      const db = new BetterSqlite3(office.databaseFile, { readonly: true });
      db.pragma('quick_check');
      db.close();
    }, { runs: Math.min(runs, 5), warmup: 1 });
    return [
      // The raw side only opens the file and reads its version: far less than the app's start, so no ratio.
      { part: 'open', name: '打开数据库并迁移(启动)', app, reference: raw, budget: 'open', note: '括号 = 仅打开文件并读版本号,不算比值' },
      {
        part: 'open',
        name: '每天第一次启动(含完整性检查)',
        app: firstOfDay,
        reference: rawCheck,
        note: '每天一次及非正常关闭后;原始 = 单独的 quick_check',
      },
    ];
  },
};
