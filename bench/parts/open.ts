import BetterSqlite3 from 'better-sqlite3';
import { openApp } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import { officeNow } from '../generator/office';
import { timeIt } from '../measure/timing';
import type { BenchPart } from '../measure/types';

/** Start-up: open the office's database, check and run migrations, wire the handlers; raw: open and read the version. */
export const openPart: BenchPart = {
  name: 'open',
  async run({ office, runs, warmup }) {
    const app = await timeIt(
      async () => {
        const opened = await openApp({ dataDir: office.dataDir, clock: fixedClock(officeNow) });
        await opened.close();
      },
      { runs: Math.min(runs, 20), warmup: Math.min(warmup, 2) },
    );
    const raw = await timeIt(
      () => {
        const db = new BetterSqlite3(office.databaseFile);
        db.pragma('journal_mode = WAL');
        db.pragma('user_version', { simple: true });
        db.close();
      },
      { runs: Math.min(runs, 20), warmup: Math.min(warmup, 2) },
    );
    return [{ part: 'open', name: '打开数据库并迁移(启动)', app, raw, budget: 'open' }];
  },
};
