import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';
import { openApp } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import { exportArchive } from '../../electron/app/archive/archiveExport';
import { readZip } from '../../electron/app/archive/zipIn';
import { keyFingerprint, newKeyPair, signBytes } from '../../electron/app/archive/archiveSignature';
import { buildOffice } from './build';
import { officeNow } from './office';

/** The `months` whole months before the office's current one, oldest first. */
function lastMonths(months: number): string[] {
  const [year, month] = officeNow.slice(0, 7).split('-').map(Number) as [number, number];
  return Array.from({ length: months }, (_, i) => new Date(Date.UTC(year, month - 1 - (months - i), 1)).toISOString().slice(0, 7));
}

async function writeZip(entries: Map<string, Buffer>, file: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [path, content] of entries) zip.addBuffer(content, path);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  writeFileSync(file, Buffer.concat(chunks));
}

export interface HeadOfficeArchives {
  /** Every office's archive of every month, months interleaved across offices as a month end's arrive. */
  files: string[];
  /** Each office's key fingerprint, confirmed as by phone. */
  keys: string[];
  months: string[];
  exportSeconds: number;
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
  const started = performance.now();
  try {
    for (const month of months) source.push((await exportArchive(app.ctx, { outDir, period: { month }, staffId: null })).file);
  } finally {
    await app.close();
  }
  const exportSeconds = (performance.now() - started) / 1000;

  const copies = join(work, 'offices');
  mkdirSync(copies);
  const files: string[] = [];
  const keys: string[] = [];
  const sources = await Promise.all(source.map(async (file) => (await readZip(file)).entries));
  for (let n = 1; n <= options.offices; n += 1) {
    const code = `HQ${String(n).padStart(4, '0')}`;
    const key = newKeyPair();
    keys.push(keyFingerprint(key.publicKey));
    for (const [index, entries] of sources.entries()) {
      const copy = new Map(entries);
      const manifest = JSON.parse(copy.get('manifest.json')!.toString('utf8')) as { office: { code: string; name: string } };
      manifest.office = { ...manifest.office, code, name: `第 ${n} 管理处` };
      const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
      copy.set('manifest.json', manifestBytes);
      copy.set('signature.json', Buffer.from(JSON.stringify({ algorithm: 'Ed25519', publicKey: key.publicKey, signature: signBytes(key.privateKey, manifestBytes) }), 'utf8'));
      const file = join(copies, `taizhang-${code}-${months[index]}.zip`);
      await writeZip(copy, file);
      files.push(file);
    }
  }
  files.sort((a, b) => a.slice(-11).localeCompare(b.slice(-11)) || a.localeCompare(b));
  return { files, keys, months, exportSeconds };
}
