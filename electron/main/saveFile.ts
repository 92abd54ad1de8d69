import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';

/** The save dialog for an exported file (xlsx, report): the user picks the place, the main process writes it. */
export async function saveFileWithDialog(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  window: BrowserWindow | null,
  defaultDir: string,
  suggestedName: string,
  content: Buffer,
): Promise<string | null> {
  const extension = suggestedName.split('.').pop() ?? '';
  const options = {
    title: '保存文件',
    defaultPath: join(defaultDir, suggestedName),
    filters: [{ name: extension === 'xlsx' ? 'Excel 工作簿' : extension.toUpperCase(), extensions: [extension] }],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  await writeFile(result.filePath, content);
  return result.filePath;
}
