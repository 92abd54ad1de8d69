import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, databaseFileName } from '../../../electron/app/openApp';
import { fixedClock } from '../../../electron/app/clock';
import { openTestOffice, complaintIntake, type TestOffice } from '../../helpers/testApp';
import { inspectFile } from '../../helpers/sqliteFile';

/** One index's root page overwritten, as a bad sector might: opening does not notice, quick_check does. */
function damageAnIndex(file: string): void {
  const page = inspectFile(file, (raw) => ({
    size: raw.pragma('page_size', { simple: true }) as number,
    root: raw.prepare("select rootpage from sqlite_master where type = 'index' and tbl_name = 'complaints' and sql is not null order by name limit 1").pluck().get() as number,
  }));
  const handle = openSync(file, 'r+');
  writeSync(handle, Buffer.alloc(page.size, 0x5a), 0, page.size, (page.root - 1) * page.size);
  closeSync(handle);
}

/** A gate the test opens: the check's result is held until then, so "while it runs" needs no timing. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, hold: () => opened };
}

describe('the day’s integrity check in the background', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
    await office.asClerk.call('complaints.create', complaintIntake(office));
    await office.app.close();
  });
  afterEach(() => office.close());

  it('answers reads while the check runs; a write waits for it and then is saved', async () => {
    const check = gate();
    office.app = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-24T08:00:00'), holdStartCheck: check.hold });
    const clerk = office.app.as(office.clerk.id);
    expect(await office.app.call('backup.startCheck', {})).toMatchObject({ state: 'running' });
    expect((await clerk.call('complaints.list', {})).total).toBe(1);

    let settled = false;
    const write = clerk.invoke('complaints.create', complaintIntake(office)).finally(() => (settled = true));
    // Reads after the write was sent still answer, and the write is still waiting for the check.
    expect((await clerk.call('complaints.list', {})).total).toBe(1);
    expect(await office.app.call('backup.startCheck', {})).toMatchObject({ state: 'running' });
    expect(settled).toBe(false);

    check.open();
    expect(await write).toMatchObject({ ok: true });
    expect(await office.app.call('backup.startCheck', {})).toMatchObject({ state: 'passed' });
    expect((await clerk.call('complaints.list', {})).total).toBe(2);
    expect((await office.app.as(office.supervisor.id).call('backup.status', {})).lastCheckAt).toBe('2026-11-24T08:00:00');
  });

  it('refuses every write in Chinese when the file is damaged, takes no backup of it, and still reads', async () => {
    damageAnIndex(join(office.dataDir, databaseFileName));
    const check = gate();
    office.app = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-24T08:00:00'), holdStartCheck: check.hold });
    const clerk = office.app.as(office.clerk.id);
    const write = clerk.invoke('complaints.create', complaintIntake(office));
    check.open();
    const refused = await write;
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule' } });
    expect(!refused.ok && refused.error.message).toMatch(/^数据文件已损坏([\s\S]*),为免损坏扩大,暂停保存任何修改/);
    expect(await office.app.call('backup.startCheck', {})).toMatchObject({ state: 'failed', message: expect.stringContaining('数据文件已损坏') });
    await office.app.whenBackupsIdle();
    const status = await office.app.as(office.supervisor.id).call('backup.status', {});
    expect(status.backups.filter((backup) => backup.takenAt.startsWith('2026-11-24'))).toEqual([]);
    // Not recorded as checked: the next start checks again.
    expect(status.lastCheckAt).toBe('2026-11-23T10:00:00');
    expect(await office.app.as(office.supervisor.id).invoke('backup.now', {})).toMatchObject({ ok: false, error: { code: 'rule' } });
    expect((await clerk.call('complaints.list', {})).total).toBe(1);
  });
});
