import { existsSync, mkdirSync, openSync, readdirSync, rmSync, writeSync, closeSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, databaseFileName } from '../../../electron/app/openApp';
import { fixedClock } from '../../../electron/app/clock';
import { DamagedDatabaseError } from '../../../electron/app/backup/backupService';
import { restoreBackup } from '../../../electron/app/backup/restore';
import { openTestOffice, complaintIntake, type TestOffice } from '../../helpers/testApp';
import { inspectFile } from '../../helpers/sqliteFile';

const complaintCount = (file: string) => inspectFile(file, (raw) => raw.prepare('select count(*) from complaints').pluck().get() as number);

describe('backups and restore', () => {
  let office: TestOffice;
  let file: string;
  beforeEach(async () => {
    office = await openTestOffice();
    file = join(office.dataDir, databaseFileName);
  });
  afterEach(() => office.close());

  it('takes one backup on the first start of a day, none on the next start that day, and rotates old ones', async () => {
    await office.asClerk.call('complaints.create', complaintIntake(office));
    // Ten old automatic backups (empty files are enough for rotation) and an old manual one.
    const backups = join(office.dataDir, 'backups');
    mkdirSync(backups, { recursive: true });
    for (let day = 1; day <= 10; day += 1) {
      writeFileSync(join(backups, `daily-202611${String(day).padStart(2, '0')}-080000.sqlite`), '');
    }
    writeFileSync(join(backups, 'manual-20261101-090000.sqlite'), '');
    await office.app.close();
    office.app = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-24T08:00:00') });
    await office.app.close();
    office.app = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-24T15:00:00') });
    // Kept: the last 7 days (24, 10…5) and the newest of each of the last 4 weeks (24, 10, 8, and 1 of the week before).
    expect(readdirSync(backups).sort()).toEqual([
      'daily-20261101-080000.sqlite',
      'daily-20261105-080000.sqlite',
      'daily-20261106-080000.sqlite',
      'daily-20261107-080000.sqlite',
      'daily-20261108-080000.sqlite',
      'daily-20261109-080000.sqlite',
      'daily-20261110-080000.sqlite',
      'daily-20261124-080000.sqlite',
      'manual-20261101-090000.sqlite',
    ]);
    inspectFile(join(backups, 'daily-20261124-080000.sqlite'), (raw) => {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(raw.prepare('select count(*) from complaints').pluck().get()).toBe(1);
    });
  });

  it('restores a backup chosen in the app at the next start, keeping the replaced database aside', async () => {
    await office.asClerk.call('complaints.create', complaintIntake(office));
    const status = await office.app.call('backup.now', {});
    const [backup] = status.backups;
    expect(backup).toMatchObject({ kind: 'manual', takenAt: '2026-11-23T10:00:00' });
    await office.asClerk.call('complaints.create', complaintIntake(office, { content: '备份之后登记的投诉' }));
    expect(await office.asClerk.invoke('backup.restore', { fileName: backup!.fileName, confirmed: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await office.app.call('backup.restore', { fileName: backup!.fileName, confirmed: true })).toMatchObject({ pendingRestore: backup!.fileName });

    await office.app.close();
    office.app = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-23T11:00:00') });
    expect(complaintCount(file)).toBe(1);
    const [aside] = readdirSync(join(office.dataDir, 'backups', 'replaced'));
    expect(aside).toBe('replaced-20261123-110000.sqlite');
    expect(complaintCount(join(office.dataDir, 'backups', 'replaced', aside!))).toBe(2);
    expect((await office.app.as(office.supervisor.id).call('backup.status', {})).pendingRestore).toBeNull();
  });

  it('refuses to start on a damaged database, names the newest good backup, and starts again once it is restored', async () => {
    await office.asClerk.call('complaints.create', complaintIntake(office));
    const { backups } = await office.app.call('backup.now', {});
    await office.app.close();
    // Scribble over everything after the first page, as a failing disk might.
    const size = statSync(file).size;
    const handle = openSync(file, 'r+');
    writeSync(handle, Buffer.alloc(size - 4096, 0x5a), 0, size - 4096, 4096);
    closeSync(handle);

    const failure = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-23T12:00:00') }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DamagedDatabaseError);
    expect((failure as DamagedDatabaseError).newestGood?.fileName).toBe(backups[0]!.fileName);
    expect((failure as Error).message).toContain('数据文件已损坏');

    await restoreBackup(office.dataDir, file, backups[0]!.fileName, '2026-11-23T12:00:00');
    office.app = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-23T12:01:00') });
    expect((await office.app.as(office.clerk.id).call('complaints.list', {})).total).toBe(1);
    expect(existsSync(join(office.dataDir, 'backups', 'replaced', 'replaced-20261123-120000.sqlite'))).toBe(true);
  });

  it('checks the second folder when it is chosen: a full path to a folder it can write to', async () => {
    const save = (secondFolder: string | null) => office.app.invoke('backup.saveSettings', { keepDaily: 3, keepWeekly: 2, keepMonthly: 6, secondFolder });
    const notAFolder = join(office.dataDir, 'a-file');
    writeFileSync(notAFolder, 'x');
    for (const [folder, reason] of [
      ['台账备份', '请填写完整路径'],
      [join(office.dataDir, 'missing'), '文件夹不存在'],
      [notAFolder, '这不是一个文件夹'],
      [join(office.dataDir, 'backups'), '它就是数据文件夹里的备份目录'],
    ] as const) {
      const refused = await save(folder);
      expect(refused).toMatchObject({ ok: false, error: { code: 'rule', field: 'secondFolder' } });
      expect(!refused.ok && refused.error.message).toContain(reason);
    }
    expect((await office.app.call('backup.status', {})).settings).toEqual({ keepDaily: 7, keepWeekly: 4, keepMonthly: 12, secondFolder: null });

    const second = join(office.dataDir, 'second');
    mkdirSync(second);
    expect(await save(second)).toMatchObject({ ok: true, value: { settings: { keepDaily: 3, keepWeekly: 2, keepMonthly: 6, secondFolder: second } } });
    expect(readdirSync(second)).toEqual([]);
    // An empty field means no second folder.
    expect(await save('')).toMatchObject({ ok: true, value: { settings: { secondFolder: null } } });
    const audit = await office.app.ctx.db.selectFrom('record_history').select('summary').where('entity', '=', 'settings').orderBy('id').execute();
    expect(audit.map((row) => row.summary)).toEqual([
      `备份设置:保留 3 天、2 周、6 个月各一份;第二位置 ${second}`,
      '备份设置:保留 3 天、2 周、6 个月各一份;第二位置 无',
    ]);
  });

  it('reports a second folder that became unwritable without losing the backup itself', async () => {
    const second = join(office.dataDir, 'usb');
    mkdirSync(second);
    await office.app.call('backup.saveSettings', { keepDaily: 7, keepWeekly: 4, keepMonthly: 12, secondFolder: second });
    // The USB stick is pulled out and something else takes its place.
    rmSync(second, { recursive: true });
    writeFileSync(second, 'x');
    const status = await office.app.call('backup.now', {});
    expect(status.backups).toHaveLength(1);
    expect(status.secondFolderError).toContain('复制备份到第二位置失败');
  });
});
