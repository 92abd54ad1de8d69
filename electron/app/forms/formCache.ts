import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrintFonts } from './fonts';
import type { Office } from '../../../shared/domain/office/officeRecords';
import type { TextGuard } from './textGuard';
import type { PrintDefinition } from './pageFrame';

/**
 * Rendered forms of the records' current state, kept under prints/cache/ so a form that has not changed since it
 * was last rendered (printed at the desk, or put into an earlier archive) is not rendered again.
 *
 * A form is the same document when everything it shows is the same: the key is the SHA-256 of its document
 * definition laid out with a fixed print time (the only part that differs between two prints of an unchanged
 * record), the app's version, the fonts' bytes and this cache's version. Any change to the record, its parts,
 * the office's name, the repair timers… changes the definition and so the key; a stale PDF is never reused.
 * The PDF shows the time it was rendered (打印于), which for a reused one is when it was first printed.
 *
 * One slot per form and record (prints/cache/<form>/<id ÷ 1000>/<id>.pdf with <id>.json: key, size, sha256), so
 * only the latest state is kept. Every read is checked against its size and hash; a missing, partial or
 * corrupt entry is a miss and is rendered again. Files are written beside and renamed, the PDF before its
 * description, so a crash or a race between two writers leaves at worst an entry that fails the check.
 */

/** Bumped when the rendering changes in a way the key cannot see. */
const formCacheVersion = 3;
/** The print time every definition is keyed with. */
export const keyedPrintTime = '0000-00-00T00:00:00';

/** Which form of which record: `{ form: 'complaint', id: 12 }`, `{ form: 'callDay', id: '2026-11-23' }`. */
export interface FormSlot {
  form: string;
  id: number | string;
}

export type FormLayout = (office: Office, guard: TextGuard, printedAt: string) => PrintDefinition;

/**
 * The key of the form `layout` gives for the office now. A definition is plain data (its page frame and table
 * layouts are described, not callbacks: pageFrame.ts, tableLayouts.ts), so its JSON is the whole document.
 */
export function formKey(appVersion: string, fonts: PrintFonts, office: Office, guard: TextGuard, layout: FormLayout): string {
  return documentKey(appVersion, fonts, layout(office, guard, keyedPrintTime));
}

/** The key of a document whose volatile parts (its print or 制表 time) the caller has set to `keyedTime`. */
export function documentKey(appVersion: string, fonts: PrintFonts, definition: PrintDefinition): string {
  // A callback slipped into a definition (an SVG's warningCallback) is keyed by its source.
  const json = JSON.stringify(definition, (_name, value: unknown) => (typeof value === 'function' ? { source: String(value) } : value));
  return createHash('sha256').update(`${formCacheVersion}\n${appVersion}\n${fonts.fingerprint}\n`).update(json).digest('hex');
}

export function formCacheDir(dataDir: string): string {
  return join(dataDir, 'prints', 'cache');
}

function slotBase(dataDir: string, slot: FormSlot): { dir: string; base: string } {
  const id = String(slot.id);
  if (!/^[\w-]+$/.test(slot.form) || !/^[\w-]+$/.test(id)) throw new Error(`bad form slot ${slot.form}/${id}`);
  const bucket = typeof slot.id === 'number' ? String(Math.floor(slot.id / 1000)) : id.slice(0, 7);
  const dir = join(formCacheDir(dataDir), slot.form, bucket);
  return { dir, base: join(dir, id) };
}

interface SlotDescription {
  key: string;
  size: number;
  sha256: string;
}

/**
 * The cached PDF of the slot when it was rendered under `key` and is intact; null otherwise. Read synchronously:
 * two small files of the local data folder take microseconds, where four trips each through the thread pool left
 * an archive export waiting most of its time.
 */
export async function readCachedForm(dataDir: string, slot: FormSlot, key: string): Promise<Buffer | null> {
  const { base } = slotBase(dataDir, slot);
  let description: SlotDescription;
  try {
    description = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as SlotDescription;
  } catch {
    return null;
  }
  if (description.key !== key) return null;
  let pdf: Buffer;
  try {
    pdf = readFileSync(`${base}.pdf`);
  } catch {
    return null;
  }
  if (pdf.length !== description.size || createHash('sha256').update(pdf).digest('hex') !== description.sha256) return null;
  return pdf;
}

/** The slot's PDF for `key`: the cached one when intact, else `render`ed and kept. */
export async function cachedPdf(dataDir: string, slot: FormSlot, key: string, render: () => Promise<Buffer>): Promise<Buffer> {
  const cached = await readCachedForm(dataDir, slot, key);
  if (cached) return cached;
  const pdf = await render();
  await writeCachedForm(dataDir, slot, key, pdf);
  return pdf;
}

/** Keep `pdf` as the slot's form under `key`. A failure (full disk…) is reported and otherwise ignored: it is only a cache. */
export async function writeCachedForm(dataDir: string, slot: FormSlot, key: string, pdf: Buffer): Promise<void> {
  const { dir, base } = slotBase(dataDir, slot);
  const temporary = `${base}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const description: SlotDescription = { key, size: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex') };
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temporary, pdf);
    await rename(temporary, `${base}.pdf`);
    await writeFile(temporary, JSON.stringify(description));
    await rename(temporary, `${base}.json`);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    console.warn('[taizhang] could not keep a rendered form:', error);
  }
}
