import type { AppContext } from '../context';
import type { ExportedFile } from '../../../shared/domain/statistics/statistics';

/**
 * A file the user asked for: the desktop shell asks where to save it and the main process writes it there;
 * without a shell (the browser build) the bytes go back to be downloaded, as printed PDFs do.
 */
export async function deliverFile(ctx: AppContext, fileName: string, content: Buffer): Promise<ExportedFile> {
  if (ctx.host.saveFile) {
    const savedTo = await ctx.host.saveFile(fileName, content);
    return { fileName, savedTo, contentBase64: null };
  }
  return { fileName, savedTo: null, contentBase64: content.toString('base64') };
}
