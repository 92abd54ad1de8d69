import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppContext } from '../context';
import { findOffice } from '../office/officeRepository';
import { DomainError } from '../../../shared/contract/errors';
import type { PrintedForm } from '../../../shared/domain/records';
import type { Office } from '../../../shared/domain/office/officeRecords';
import { formRenderPool } from './renderPool';
import type { PrintDefinition } from './pageFrame';
import { createTextGuard, type TextGuard } from './textGuard';
import { formKey, readCachedForm, writeCachedForm, type FormSlot } from './formCache';

/** Printed forms are kept under the data folder, one file per record and revision. */
export function printsDir(dataDir: string): string {
  return join(dataDir, 'prints');
}

export type Layout = (office: Office, guard: TextGuard, printedAt: string) => PrintDefinition;

/**
 * Render, save under `fileName` and offer it to the system viewer; the in-app preview gets the bytes either way.
 * A print at the desk is always rendered (its 打印于 is now); with a `slot` it is also kept in the form cache
 * (formCache.ts), so the month's archive reuses the forms printed for signature.
 */
export async function printForm(ctx: AppContext, fileName: string, layout: Layout, slot?: FormSlot, keep = true): Promise<PrintedForm> {
  const { pdf, guard } = await renderForm(ctx, layout, slot ? { slot, reuse: false } : undefined);
  // A paper with full ID numbers is shown and printed from the preview, never left in prints/.
  if (!keep) return { fileName, pdfBase64: pdf.toString('base64'), missingGlyphs: guard.missing(), openedInViewer: false };
  const file = await saveAtomically(printsDir(ctx.dataDir), fileName, pdf);
  // The PDF is saved either way; a PC without a PDF viewer still gets the in-app preview.
  const openedInViewer = ctx.host.openInViewer
    ? await ctx.host.openInViewer(file).then(
        () => true,
        (error: unknown) => (console.warn('[taizhang] PDF viewer failed:', error), false),
      )
    : false;
  return { fileName, pdfBase64: pdf.toString('base64'), missingGlyphs: guard.missing(), openedInViewer };
}

/** Written beside and renamed, so a crash never leaves a half-written PDF under the real name. */
export async function saveAtomically(dir: string, fileName: string, content: Buffer): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, fileName);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
  return file;
}

/**
 * The form as bytes only: no file, no history (archives carry the current revision of every record). With a
 * cache slot the rendered PDF is kept there, and with `reuse` an intact one of the same document is taken instead
 * of rendering (its guard then reports no missing glyphs: nobody is looking at it).
 */
export async function renderForm(ctx: AppContext, layout: Layout, cache?: { slot: FormSlot; reuse: boolean }): Promise<{ pdf: Buffer; guard: TextGuard }> {
  const office = await findOffice(ctx.db);
  if (!office) throw new DomainError('rule', '请先在“设置 → 管理处信息”中填写管理处名称和代码,再打印表格');
  const fonts = ctx.printFonts();
  const guard = createTextGuard(fonts.coverage);
  const key = cache ? formKey(ctx.version, fonts, office, createTextGuard(fonts.coverage), layout) : null;
  if (cache && key && cache.reuse) {
    const cached = await readCachedForm(ctx.dataDir, cache.slot, key);
    if (cached) return { pdf: cached, guard };
  }
  // Laid out here (the guard notes what the clerk typed that no font has), rendered in a worker.
  const pdf = await formRenderPool(fonts).render(layout(office, guard, ctx.clock.now()));
  if (cache && key) await writeCachedForm(ctx.dataDir, cache.slot, key, pdf);
  return { pdf, guard };
}

/** An archive's form: the cached one when the record has not changed since it was rendered, else rendered and kept. */
export async function renderFormCached(ctx: AppContext, slot: FormSlot, layout: Layout): Promise<Buffer> {
  return (await renderForm(ctx, layout, { slot, reuse: true })).pdf;
}
