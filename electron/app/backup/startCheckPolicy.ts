import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PRAGMA quick_check reads the whole file: seconds on ten years of records. It runs on the first start of each
 * day and after any start whose app did not close cleanly (a crash or a power cut, when damage is likeliest),
 * not on every start. Each open app leaves a marker under run/, removed when it closes; a marker whose process
 * is gone means an unclean end.
 */
const runDir = (dataDir: string) => join(dataDir, 'run');
const lastCheckFile = (dataDir: string) => join(runDir(dataDir), 'last-check.json');
const markerPattern = /^open-(\d+)-[0-9a-f]+\.marker$/;

export type StartCheckReason = 'daily' | 'unclean';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function staleMarkers(dataDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(runDir(dataDir));
  } catch {
    return [];
  }
  return names.filter((name) => {
    const match = markerPattern.exec(name);
    return match !== null && !processAlive(Number(match[1]));
  });
}

/** Why this start must check the file, or null when it was checked today and every earlier app closed cleanly. */
export function startCheckDue(dataDir: string, now: string): StartCheckReason | null {
  if (staleMarkers(dataDir).length > 0) return 'unclean';
  return lastStartCheck(dataDir)?.slice(0, 10) === now.slice(0, 10) ? null : 'daily';
}

/** The check passed (or the file is new): remember the day and forget the unclean ends it covered. */
export function recordStartCheck(dataDir: string, now: string): void {
  try {
    mkdirSync(runDir(dataDir), { recursive: true });
    const temporary = `${lastCheckFile(dataDir)}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ at: now }));
    renameSync(temporary, lastCheckFile(dataDir));
    for (const name of staleMarkers(dataDir)) rmSync(join(runDir(dataDir), name), { force: true });
  } catch {
    // Unrecorded, the next start simply checks again.
  }
}

export function lastStartCheck(dataDir: string): string | null {
  try {
    return (JSON.parse(readFileSync(lastCheckFile(dataDir), 'utf8')) as { at?: string }).at ?? null;
  } catch {
    return null;
  }
}

/** This app is open: a marker until `release` (a clean close). */
export function markOpen(dataDir: string): () => void {
  const marker = join(runDir(dataDir), `open-${process.pid}-${randomBytes(4).toString('hex')}.marker`);
  try {
    mkdirSync(runDir(dataDir), { recursive: true });
    writeFileSync(marker, '');
  } catch {
    // Without a marker an unclean end goes unnoticed until the next day's check.
  }
  return () => rmSync(marker, { force: true });
}
