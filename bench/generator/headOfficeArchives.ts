import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openApp } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import { exportArchive } from '../../electron/app/archive/archiveExport';
import { readZip } from '../../electron/app/archive/zipIn';
import { keyFingerprint, newKeyPair } from '../../electron/app/archive/archiveSignature';
import { shiftMonth } from '../../electron/app/statistics/periods';
import { resign, writeZip } from '../../test/helpers/archiveZip';
import { buildOffice } from './build';
import { officeNow } from './office';

/** The `months` whole months before the office's current one, oldest first. */
function lastMonths(months: number): string[] {
  return Array.from({ length: months }, (_, i) => shiftMonth(officeNow.slice(0, 7), i - months));
}

export interface HeadOfficeArchives {
  /** Every office's archive of every month, months interleaved across offices as a month end's arrive. */
  files: string[];
  /** Each office's key fingerprint, confirmed as by phone. */
  keys: string[];
  months: string[];
}

/**
 * A group's month-end archives: one synthetic office from the bench generator (`size` records over its years) exports
 * its last `months` monthly archives once; each is copied for `offices` office codes, its manifest rewritten and signed
 * with that office's own key, as each office's archive would be. Written under `work`.
 */
export async function headOfficeArchives(work: string, options: { offices: number; months: number; size: number; cacheDir: string }): Promise<HeadOfficeArchives> {
  const built = await buildOffice({ seed: 20261123, size: options.size, cacheDir: options.cacheDir });
  // Exporting writes a history line: on a copy, the cached office stays as generated.
  const dataDir = join(work, 'office');
  cpSync(built.dataDir, dataDir, { recursive: true });
  const app = await openApp({ dataDir, clock: fixedClock(officeNow) });
  const months = lastMonths(options.months);
  const source: string[] = [];
  const outDir = join(work, 'source');
  mkdirSync(outDir);
  try {
    for (const month of months) source.push((await exportArchive(app.ctx, { outDir, period: { month }, staffId: null })).file);
  } finally {
    await app.close();
  }

  const copies = join(work, 'offices');
  mkdirSync(copies);
  const offices = Array.from({ length: options.offices }, (_, i) => ({ n: i + 1, code: `HQ${String(i + 1).padStart(4, '0')}`, key: newKeyPair() }));
  const files: string[] = [];
  const sources = await Promise.all(source.map(async (file) => (await readZip(file)).entries));
  // Month by month, every office's archive of that month (as a month end's arrive).
  for (const [index, entries] of sources.entries()) {
    for (const { n, code, key } of offices) {
      const copy = new Map(entries);
      const manifest = JSON.parse(copy.get('manifest.json')!.toString('utf8')) as { office: { code: string; name: string } };
      manifest.office = { ...manifest.office, code, name: `第 ${n} 管理处` };
      copy.set('manifest.json', Buffer.from(JSON.stringify(manifest), 'utf8'));
      resign(copy, key);
      const file = join(copies, `taizhang-${code}-${months[index]}.zip`);
      await writeZip(copy, file);
      files.push(file);
    }
  }
  return { files, keys: offices.map(({ key }) => keyFingerprint(key.publicKey)), months };
}
