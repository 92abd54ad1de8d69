import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openApp, databaseFileName } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import { generateOffice, officeNow } from './office';
import { Random } from './random';
import { ledgerGenerators } from './registry';

export interface BuiltOffice {
  dataDir: string;
  databaseFile: string;
  seed: number;
  size: number;
  reused: boolean;
  /** Rows per table the generator wrote. */
  rows: Record<string, number>;
  seconds: number;
  rowsPerSecond: number;
  fileBytes: number;
}

/**
 * The synthetic office for `seed` and `size` (records across the ledgers), kept under `cacheDir` and reused
 * while the schema and the generators are unchanged (their version is part of the key).
 */
export async function buildOffice(options: { seed: number; size: number; cacheDir: string; rebuild?: boolean }): Promise<BuiltOffice> {
  const key = `office-s${options.seed}-n${options.size}-g${generatorVersion()}`;
  const dataDir = join(options.cacheDir, key);
  const databaseFile = join(dataDir, databaseFileName);
  const readyFile = join(dataDir, 'ready.json');
  if (!options.rebuild && existsSync(readyFile)) return { ...(JSON.parse(readFileSync(readyFile, 'utf8')) as BuiltOffice), reused: true };

  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  // The app's own start: migrations and default departments, exactly as a new office begins.
  const app = await openApp({ dataDir, clock: fixedClock(officeNow) });
  await app.close();

  const raw = new BetterSqlite3(databaseFile);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  raw.pragma('cache_size = -262144');
  const random = new Random(options.seed);
  const office = raw.transaction(() => generateOffice(raw, random, dataDir))();
  const rows: Record<string, number> = {};
  const totalShare = ledgerGenerators.reduce((sum, ledger) => sum + ledger.share, 0);
  for (const ledger of ledgerGenerators) {
    const counts = ledger.generate(office, Math.round((options.size * ledger.share) / totalShare));
    for (const [table, count] of Object.entries(counts)) rows[table] = (rows[table] ?? 0) + count;
  }
  raw.transaction(() => office.numbers.save(raw))();
  rows.record_history = office.history.rows;
  rows.rooms = office.rooms.length;
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();

  const seconds = (performance.now() - started) / 1000;
  const total = Object.values(rows).reduce((sum, count) => sum + count, 0);
  const built: BuiltOffice = {
    dataDir,
    databaseFile,
    seed: options.seed,
    size: options.size,
    reused: false,
    rows,
    seconds,
    rowsPerSecond: Math.round(total / seconds),
    fileBytes: statSync(databaseFile).size,
  };
  writeFileSync(readyFile, JSON.stringify(built, null, 2));
  return built;
}

/** Bumped when the generators or the schema change what a cached office would hold. */
export function generatorVersion(): string {
  return `${ledgerGenerators.map((ledger) => ledger.name).join('+')}-v6`;
}
