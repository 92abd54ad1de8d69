import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, complaintIntake, staffPassword, type TestOffice } from '../../helpers/testApp';
import { complaintAt } from '../../helpers/lifecycle';
import { canMountDisks, mountSmallDisk } from '../../helpers/smallDisk';
import { exportArchive } from '../../../electron/app/archive/archiveExport';
import { verifyArchive } from '../../../electron/app/archive/archiveVerify';
import { databaseFileName, openApp } from '../../../electron/app/openApp';
import { fixedClock } from '../../../electron/app/clock';
import { inspectFile } from '../../helpers/sqliteFile';

const complaintCount = (office: TestOffice) =>
  inspectFile(join(office.dataDir, databaseFileName), (raw) => raw.prepare('select count(*) from complaints').pluck().get() as number);
const archiveAudit = (office: TestOffice) => office.app.ctx.db.selectFrom('record_history').selectAll().where('entity', '=', 'archive').execute();

// Real small disks (tmpfs): the operating system's own ENOSPC and EROFS, not simulated ones.
describe.skipIf(!canMountDisks)('a full or read-only disk during export and backup', () => {
  let office: TestOffice;
  let work: string;
  const unmounts: (() => void)[] = [];
  const disk = (name: string, options: { kilobytes: number; readOnly?: boolean }) => {
    const folder = join(work, name);
    unmounts.push(mountSmallDisk(folder, options));
    return folder;
  };
  beforeEach(async () => {
    office = await openTestOffice();
    work = mkdtempSync(join(tmpdir(), 'taizhang-disks-'));
  });
  afterEach(async () => {
    while (unmounts.length > 0) unmounts.pop()!();
    await office.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('an archive that does not fit on the USB stick fails plainly, leaves no file there and changes nothing', async () => {
    await complaintAt(office, 'archived');
    await complaintAt(office, 'archived');
    const stick = disk('usb', { kilobytes: 48 });
    await expect(exportArchive(office.app.ctx, { outDir: stick, staffId: office.supervisor.id })).rejects.toThrow(/导出归档失败:磁盘\(或U盘\)空间不足。.*未留下不完整的文件/);
    expect(readdirSync(stick)).toEqual([]);
    expect(await archiveAudit(office)).toEqual([]);
    expect(complaintCount(office)).toBe(2);

    // The same export onto a stick with room succeeds and verifies.
    const bigger = disk('usb2', { kilobytes: 8192 });
    const { file } = await exportArchive(office.app.ctx, { outDir: bigger, staffId: office.supervisor.id });
    expect((await verifyArchive(file)).problems).toEqual([]);
  });

  it('a write-protected USB stick is named as such', async () => {
    await complaintAt(office, 'archived');
    const stick = disk('locked', { kilobytes: 1024, readOnly: true });
    await expect(exportArchive(office.app.ctx, { outDir: stick, staffId: null })).rejects.toThrow('该磁盘是只读的(U盘可能开了写保护)');
    expect(readdirSync(stick)).toEqual([]);
  });

  it('a backup onto a full disk fails plainly, keeps no partial file and loses no record', async () => {
    await office.asClerk.call('complaints.create', complaintIntake(office));
    // The data folder's backups/ is a small disk.
    rmSync(join(office.dataDir, 'backups'), { recursive: true, force: true });
    unmounts.push(mountSmallDisk(join(office.dataDir, 'backups'), { kilobytes: 16 }));
    const result = await office.app.invoke('backup.now', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'rule' } });
    expect(!result.ok && result.error.message).toMatch(/备份数据失败:磁盘\(或U盘\)空间不足/);
    expect(readdirSync(join(office.dataDir, 'backups'))).toEqual([]);
    // The desk goes on working and the record is there.
    await office.asClerk.call('complaints.create', complaintIntake(office, { content: '磁盘满后登记的投诉' }));
    expect(complaintCount(office)).toBe(2);
    expect(inspectFile(join(office.dataDir, databaseFileName), (raw) => raw.pragma('integrity_check', { simple: true }))).toBe('ok');

    // The next morning's automatic backup fails the same way: the app still opens and says why on the backup page.
    await office.app.close();
    office.app = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-24T08:00:00') });
    await office.app.whenBackupsIdle();
    await office.app.call('auth.signIn', { staffId: office.supervisor.id, password: staffPassword });
    expect((await office.app.call('backup.status', {})).lastError).toMatch(/备份数据失败:磁盘\(或U盘\)空间不足/);
    expect(readdirSync(join(office.dataDir, 'backups'))).toEqual([]);
  });

  it('refuses a read-only second folder when it is chosen, and reports a second folder that fills up later', async () => {
    const locked = disk('second-locked', { kilobytes: 1024, readOnly: true });
    const refused = await office.app.invoke('backup.saveSettings', { keepDaily: 7, keepWeekly: 4, keepMonthly: 12, secondFolder: locked });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule', field: 'secondFolder' } });
    expect(!refused.ok && refused.error.message).toContain('该磁盘是只读的');

    const small = disk('second-small', { kilobytes: 16 });
    await office.app.call('backup.saveSettings', { keepDaily: 7, keepWeekly: 4, keepMonthly: 12, secondFolder: small });
    const status = await office.app.call('backup.now', {});
    expect(status.backups).toHaveLength(1);
    expect(existsSync(join(office.dataDir, 'backups', status.backups[0]!.fileName))).toBe(true);
    expect(status.secondFolderError).toMatch(/复制备份到第二位置失败:磁盘\(或U盘\)空间不足/);
    expect(readdirSync(small)).toEqual([]);
  });
});
