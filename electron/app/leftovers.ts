import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { backupsDir } from './backup/backupService';
import { headOfficeFilesDir } from './headOffice/headOfficeFiles';

/**
 * Files a write in progress leaves when the process is killed: an archive's `*.taizhang-partial` and its workbook
 * spool (in a folder of the user's choosing, so the app notes where, in `in-progress/`), a backup's `*.partial`, a
 * head-office import's staging folder. The next start removes those whose process is gone.
 */
const markersDir = (dataDir: string) => join(dataDir, 'in-progress');

/** Notes files being written outside the data folder; the answer removes the note once they are dealt with. */
export async function noteInProgress(dataDir: string, files: string[]): Promise<() => Promise<void>> {
  await mkdir(markersDir(dataDir), { recursive: true });
  const marker = join(markersDir(dataDir), `${process.pid}-${randomBytes(4).toString('hex')}.json`);
  await writeFile(marker, JSON.stringify(files));
  return () => unlink(marker).catch(() => {});
}

/** A staging folder's name carries its process, so a second process starting never takes a live one. */
export function stagingName(): string {
  return `incoming-${process.pid}-${randomBytes(6).toString('hex')}`;
}

function alive(pid: number): boolean {
  // No process named (an older release's name): nobody is writing it.
  if (!pid) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const pidIn = (name: string, pattern: RegExp) => Number(pattern.exec(name)?.[1] ?? 0);

/** Removes what processes no longer running left behind; answers what was removed. */
export function removeLeftovers(dataDir: string): string[] {
  const removed: string[] = [];
  const remove = (path: string) => {
    if (!existsSync(path)) return;
    rmSync(path, { recursive: true, force: true });
    removed.push(path);
  };
  if (existsSync(markersDir(dataDir))) {
    for (const name of readdirSync(markersDir(dataDir))) {
      if (alive(pidIn(name, /^(\d+)-/))) continue;
      const marker = join(markersDir(dataDir), name);
      try {
        for (const file of JSON.parse(readFileSync(marker, 'utf8')) as string[]) remove(file);
      } catch {
        // An unreadable note (killed while writing it) names nothing.
      }
      rmSync(marker, { force: true });
    }
  }
  if (existsSync(backupsDir(dataDir))) {
    for (const name of readdirSync(backupsDir(dataDir))) {
      if (name.endsWith('.partial') && !alive(pidIn(name, /\.(\d+)-[0-9a-f]+\.partial$/))) remove(join(backupsDir(dataDir), name));
    }
  }
  const stagingParent = join(headOfficeFilesDir(dataDir), '..');
  if (existsSync(stagingParent)) {
    for (const name of readdirSync(stagingParent)) {
      if (name.startsWith('incoming-') && !alive(pidIn(name, /^incoming-(\d+)-/))) remove(join(stagingParent, name));
    }
  }
  return removed;
}
