import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmptyApp, type EmptyApp } from '../../helpers/testApp';
import { backupsDir } from '../../../electron/app/backup/backupService';
import { headOfficeFilesDir } from '../../../electron/app/headOffice/headOfficeFiles';
import { exportArchive } from '../../../electron/app/archive/archiveExport';

/** A process that has ended: its pid is what a killed writer leaves in its file names. */
function endedPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

/**
 * What a kill during an archive export, a backup or a head-office import leaves behind is removed at the next
 * start; what a process still running is writing is left alone.
 */
describe('leftovers of a killed process', () => {
  let empty: EmptyApp | undefined;
  let out: string | undefined;
  afterEach(async () => {
    await empty?.close();
    if (out) rmSync(out, { recursive: true, force: true });
    empty = out = undefined;
  });

  it('removes partial archives and their spool, backup partials and import staging folders at the next start', async () => {
    empty = await openEmptyApp();
    const { dataDir } = empty;
    out = mkdtempSync(join(tmpdir(), 'taizhang-left-'));
    const dead = endedPid();
    // An export killed mid-way: the zip and the workbook spool beside it on the stick, the note in the data folder.
    const partial = join(out, '.1a2b3c.taizhang-partial');
    writeFileSync(partial, 'PK');
    writeFileSync(`${partial}.xlsx`, 'PK');
    mkdirSync(join(dataDir, 'in-progress'), { recursive: true });
    writeFileSync(join(dataDir, 'in-progress', `${dead}-0a0b.json`), JSON.stringify([partial, `${partial}.xlsx`]));
    // This process's own export in progress is not touched.
    const live = join(out, '.4d5e6f.taizhang-partial');
    writeFileSync(live, 'PK');
    writeFileSync(join(dataDir, 'in-progress', `${process.pid}-0c0d.json`), JSON.stringify([live]));
    mkdirSync(backupsDir(dataDir), { recursive: true });
    const backupPartial = join(backupsDir(dataDir), `taizhang-daily-2026-11-23.sqlite.${dead}-9f8e.partial`);
    writeFileSync(backupPartial, 'SQLite format 3');
    const staging = [join(headOfficeFilesDir(dataDir), '..', `incoming-${dead}-abcdef`), join(headOfficeFilesDir(dataDir), '..', 'incoming-0123456789ab')];
    for (const dir of staging) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, '1'), '%PDF-1.4');
    }

    await empty.reopen();
    for (const path of [partial, `${partial}.xlsx`, backupPartial, ...staging, join(dataDir, 'in-progress', `${dead}-0a0b.json`)]) expect(existsSync(path), path).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('notes an export while it runs and forgets it when it ends', async () => {
    empty = await openEmptyApp();
    await empty.app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    out = mkdtempSync(join(tmpdir(), 'taizhang-left-'));
    const notes: string[][] = [];
    await exportArchive(empty.app.ctx, {
      outDir: out,
      period: { month: '2026-11' },
      staffId: null,
      onProgress: () => {
        const dir = join(empty!.dataDir, 'in-progress');
        if (notes.length === 0 && existsSync(dir)) notes.push(readdirSync(dir));
      },
    });
    expect(notes[0]).toHaveLength(1);
    expect(readdirSync(join(empty.dataDir, 'in-progress'))).toEqual([]);
  });
});
