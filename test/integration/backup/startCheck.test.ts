import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, databaseFileName } from '../../../electron/app/openApp';
import { fixedClock } from '../../../electron/app/clock';
import { openTestOffice, complaintIntake, type TestOffice } from '../../helpers/testApp';
import { inspectFile } from '../../helpers/sqliteFile';

/**
 * Damage that opening the file does not notice but PRAGMA quick_check does: one index's root page overwritten,
 * as a bad sector might. The schema and the tables stay readable.
 */
function damageAnIndex(file: string): void {
  const page = inspectFile(file, (raw) => {
    const size = raw.pragma('page_size', { simple: true }) as number;
    const root = raw.prepare("select rootpage from sqlite_master where type = 'index' and tbl_name = 'complaints' and sql is not null order by name limit 1").pluck().get() as number;
    return { size, root };
  });
  const handle = openSync(file, 'r+');
  writeSync(handle, Buffer.alloc(page.size, 0x5a), 0, page.size, (page.root - 1) * page.size);
  closeSync(handle);
}

/** The pid of a process that has ended: what a crashed app leaves behind. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('the integrity check at start', () => {
  let office: TestOffice;
  let file: string;
  beforeEach(async () => {
    office = await openTestOffice();
    file = join(office.dataDir, databaseFileName);
    for (let i = 0; i < 3; i += 1) await office.asClerk.call('complaints.create', complaintIntake(office));
    await office.app.close();
    damageAnIndex(file);
  });
  afterEach(() => office.close());

  it('runs on the day’s first start, not again that day after clean closes', async () => {
    office.app = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-23T15:00:00') });
    expect((await office.app.as(office.supervisor.id).call('backup.status', {})).lastCheckAt).toBe('2026-11-23T10:00:00');
    await office.app.close();

    // The check runs in the background (test/integration/backup/backgroundCheck.test.ts): writes are refused.
    office.app = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-24T08:00:00') });
    expect(await office.app.as(office.clerk.id).invoke('complaints.create', complaintIntake(office))).toMatchObject({ ok: false, error: { message: expect.stringContaining('数据文件已损坏') } });
    expect((await office.app.call('backup.startCheck', {})).problems?.join('\n')).toMatch(/page/i);
  });

  it('runs on the next start after an app that did not close (crash, power cut), even the same day', async () => {
    const marker = join(office.dataDir, 'run', `open-${deadPid()}-0badc0de.marker`);
    writeFileSync(marker, '');
    office.app = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-23T15:00:00') });
    expect(await office.app.as(office.clerk.id).invoke('complaints.create', complaintIntake(office))).toMatchObject({ ok: false, error: { code: 'rule' } });
    await office.app.close();
    // The marker stays until a check passes: every start checks until then.
    expect(readdirSync(join(office.dataDir, 'run'))).toContain(`open-${marker.split('open-')[1]}`);
    rmSync(marker);
    office.app = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-23T15:00:00') });
  });

  it('forgets an unclean end once a check has passed', async () => {
    const marker = `open-${deadPid()}-0badc0de.marker`;
    // A sound file this time: the damaged office is replaced by a fresh one.
    await office.close();
    office = await openTestOffice();
    await office.app.close();
    writeFileSync(join(office.dataDir, 'run', marker), '');
    office.app = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-23T15:00:00') });
    // The check runs in the background; the day's backup waits for it.
    await office.app.whenBackupsIdle();
    expect(readdirSync(join(office.dataDir, 'run')).filter((name) => name.endsWith('.marker'))).toHaveLength(1);
    expect(readdirSync(join(office.dataDir, 'run'))).not.toContain(marker);
    expect((await office.app.as(office.supervisor.id).call('backup.status', {})).lastCheckAt).toBe('2026-11-23T15:00:00');
  });
});
