import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, databaseFileName } from '../../../electron/app/openApp';
import { testManager } from '../../helpers/testApp';
import { fixedClock } from '../../../electron/app/clock';
import { openDatabase } from '../../../electron/app/db/connection';
import { migrate } from '../../../electron/app/db/migrate';
import { NewerDatabaseError } from '../../../electron/app/db/newerDatabase';
import { latestSchemaVersion, migrations } from '../../../electron/app/db/migrations';
import { tempDataDir } from '../../helpers/testApp';
import { inspectFile, userVersion } from '../../helpers/sqliteFile';

const newerVersion = latestSchemaVersion + 7;

describe('a database written by a newer version of the app', () => {
  let data: ReturnType<typeof tempDataDir>;
  let file: string;

  beforeEach(async () => {
    data = tempDataDir();
    file = join(data.dir, databaseFileName);
    // A real office database, as a newer release would have left it: same file, higher schema version.
    const app = await openApp({ dataDir: data.dir, clock: fixedClock('2026-11-23T10:00:00') });
    await app.call('auth.setup', testManager);
    await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    await app.close();
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${newerVersion}`);
    raw.close();
  });
  afterEach(() => data.remove());

  it('is refused with a Chinese message that says what to do', async () => {
    const opening = openApp({ dataDir: data.dir, clock: fixedClock('2026-11-24T08:00:00') });
    await expect(opening).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(opening).rejects.toMatchObject({
      found: newerVersion,
      supported: latestSchemaVersion,
      message: expect.stringContaining(`数据版本 ${newerVersion}`),
    });
    await expect(opening).rejects.toThrow(/较新版本.*请安装新版本后再打开;数据文件没有被改动/);
  });

  it('is left exactly as it was', async () => {
    const before = readFileSync(file);
    const runBefore = readdirSync(join(data.dir, 'run')).map((name) => [name, readFileSync(join(data.dir, 'run', name), 'utf8')]);
    await expect(openApp({ dataDir: data.dir, clock: fixedClock('2026-11-24T08:00:00') })).rejects.toThrow(NewerDatabaseError);

    expect(readFileSync(file).equals(before)).toBe(true);
    // No backup taken, the connection was closed (its WAL files are gone), and no start recorded under run/.
    expect(readdirSync(data.dir)).toEqual(['run', databaseFileName]);
    expect(readdirSync(join(data.dir, 'run')).map((name) => [name, readFileSync(join(data.dir, 'run', name), 'utf8')])).toEqual(runBefore);
    inspectFile(file, (raw) => {
      expect(userVersion(raw)).toBe(newerVersion);
      expect(raw.prepare('select count(*) from schema_migrations').pluck().get()).toBe(migrations.length);
      expect(raw.prepare('select name from office').pluck().get()).toBe('锦绣花园管理处');
    });
  });

  it('is refused by migrate() before any migration runs', async () => {
    const connection = openDatabase(file);
    let ran = false;
    try {
      const known = [{ version: 1, name: '0001_marker', up: async () => void (ran = true) }];
      await expect(migrate(connection.db, { now: () => '2026-11-24T08:00:00', migrations: known })).rejects.toMatchObject({
        name: 'NewerDatabaseError',
        found: newerVersion,
        supported: 1,
      });
    } finally {
      await connection.close();
    }
    expect(ran).toBe(false);
    inspectFile(file, (raw) => expect(userVersion(raw)).toBe(newerVersion));
  });
});
