import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppContext } from '../context';
import { findOffice } from '../office/officeRepository';
import { findComplaint } from '../ledgers/complaints/complaintService';
import { DomainError } from '../../../shared/contract/errors';
import type { PrintedForm } from '../../../shared/domain/records';
import { complaintFormDefinition, complaintFormTitle } from './complaintForm';
import { renderPdf } from './renderPdf';
import { createTextGuard } from './textGuard';

/** Printed forms are kept under the data folder, one file per record and revision. */
export function printsDir(dataDir: string): string {
  return join(dataDir, 'prints');
}

export async function printComplaintForm(ctx: AppContext, id: number): Promise<PrintedForm> {
  const office = await findOffice(ctx.db);
  if (!office) throw new DomainError('rule', '请先在“设置 → 管理处信息”中填写管理处名称和代码,再打印表格');
  const complaint = await findComplaint(ctx.db, id);
  const fonts = ctx.printFonts();
  const guard = createTextGuard(fonts.coverage);
  const pdf = await renderPdf(fonts, complaintFormDefinition(office, complaint, guard, ctx.clock.now()));
  const fileName = `${complaint.number}-R${complaint.revision}-${complaintFormTitle}.pdf`;
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
async function saveAtomically(dir: string, fileName: string, content: Buffer): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, fileName);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
  return file;
}
