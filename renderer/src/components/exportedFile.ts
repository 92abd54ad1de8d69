import type { ExportedFile } from '../../../shared/domain/statistics/statistics';
import { decodeBase64 } from '../forms/fileContent';

const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * What became of an export: the desktop saved it where the user chose; in the browser the bytes come back and are
 * downloaded here. Returns the message to show, or null when the user cancelled the save dialog.
 */
export function deliverExportedFile(file: ExportedFile): string | null {
  if (file.savedTo) return `已保存到 ${file.savedTo}`;
  if (!file.contentBase64) return null;
  const url = URL.createObjectURL(new Blob([decodeBase64(file.contentBase64)], { type: xlsxMime }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return `已下载 ${file.fileName}`;
}
