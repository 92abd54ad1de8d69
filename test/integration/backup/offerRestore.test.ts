import { closeSync, openSync, statSync, writeSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, databaseFileName } from '../../../electron/app/openApp';
import { fixedClock } from '../../../electron/app/clock';
import { openOrOfferRestore } from '../../../electron/main/offerRestore';
import { openTestOffice, complaintIntake, type TestOffice } from '../../helpers/testApp';

describe('the desktop start on a damaged database', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
    await office.asClerk.call('complaints.create', complaintIntake(office));
    await office.app.call('backup.now', {});
    await office.app.close();
    const file = join(office.dataDir, databaseFileName);
    const handle = openSync(file, 'r+');
    writeSync(handle, Buffer.alloc(statSync(file).size - 4096, 0x5a), 0, statSync(file).size - 4096, 4096);
    closeSync(handle);
  });
  afterEach(() => office.close());

  const open = () => openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-23T12:00:00') });

  it('says so plainly and, when the office agrees, restores the newest good backup and opens', async () => {
    const asked: string[] = [];
    const dialog = { showMessageBox: async (options: { message: string; buttons?: string[] }) => (asked.push(options.message, ...(options.buttons ?? [])), { response: 0, checkboxChecked: false }) };
    office.app = await openOrOfferRestore(open, dialog as never, office.dataDir);
    expect(asked).toEqual(['数据文件已损坏,无法安全打开。', '恢复到 2026-11-23 10:00:00 的备份', '退出']);
    expect((await office.app.as(office.clerk.id).call('complaints.list', {})).total).toBe(1);
  });

  it('leaves everything as it is when the office declines', async () => {
    const dialog = { showMessageBox: async () => ({ response: 1, checkboxChecked: false }) };
    await expect(openOrOfferRestore(open, dialog as never, office.dataDir)).rejects.toThrow('数据文件已损坏');
    expect(existsSync(join(office.dataDir, 'backups', 'replaced'))).toBe(false);
    office.app = { close: async () => {} } as never;
  });
});
