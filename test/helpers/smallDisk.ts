import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real small (or read-only) disk: a tmpfs mounted on a folder, so writes fail with the operating system's own
 * ENOSPC or EROFS, not a simulated one. Needs root (CI and this machine run as root); `canMountDisks` tells.
 */
export function mountSmallDisk(folder: string, options: { kilobytes: number; readOnly?: boolean }): () => void {
  mkdirSync(folder, { recursive: true });
  const mountOptions = `size=${options.kilobytes}k${options.readOnly ? ',ro' : ''}`;
  execFileSync('mount', ['-t', 'tmpfs', '-o', mountOptions, 'taizhang-test', folder], { stdio: 'pipe' });
  return () => execFileSync('umount', [folder], { stdio: 'pipe' });
}

function probeMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const folder = mkdtempSync(join(tmpdir(), 'taizhang-mount-probe-'));
  try {
    mountSmallDisk(folder, { kilobytes: 64 })();
    return true;
  } catch {
    return false;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const canMountDisks = probeMount();
