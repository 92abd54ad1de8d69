import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArchivePeriod } from '../../../shared/domain/archive/archive';

function stemOf(officeCode: string, period: ArchivePeriod): string {
  return `taizhang-${officeCode}-${period.label.replace('~', '_')}`;
}

/** taizhang-JX01-2026-11.zip; an earlier archive of the same period is kept, the new one gets -2, -3… */
export function archiveFileName(outDir: string, officeCode: string, period: ArchivePeriod): string {
  const stem = stemOf(officeCode, period);
  for (let copy = 1; ; copy += 1) {
    const file = join(outDir, copy === 1 ? `${stem}.zip` : `${stem}-${copy}.zip`);
    if (!existsSync(file)) return file;
  }
}

/** The archives of the period already in the folder (by name, as an export names them); none when it cannot be read. */
export async function archivesInFolder(outDir: string, officeCode: string, period: ArchivePeriod): Promise<string[]> {
  const stem = stemOf(officeCode, period);
  const names = await readdir(outDir).catch(() => [] as string[]);
  return names.filter((name) => name === `${stem}.zip` || (name.startsWith(`${stem}-`) && /^-\d+\.zip$/.test(name.slice(stem.length)))).sort();
}
